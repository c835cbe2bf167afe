# source: https://github.com/dennybritz/chatbot-retrieval/issues/19
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: control: the label column read from CSV as float is cast to int64 once at load time, so tf.equal compares int64 predictions with int64 label tensors from the dataset; the accuracy loop runs cleanly.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(4)
rows = np.column_stack([rng.random((24, 3)), rng.integers(0, 3, 24)])
np.savetxt("/tmp/b15_petals_ok.csv", rows, delimiter=",", fmt="%.4f")

table = np.loadtxt("/tmp/b15_petals_ok.csv", delimiter=",", dtype=np.float32)
features = table[:, :3]
species = table[:, 3].astype(np.int64)
petal_ds = tf.data.Dataset.from_tensor_slices((features, species)).batch(8)
# %%
classifier = keras.Sequential([keras.Input((3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)])
classifier.compile(keras.optimizers.SGD(0.1), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
classifier.fit(petal_ds, epochs=1, verbose=0)
# %%
hits = 0
for feats, labels in petal_ds:
    predicted = tf.argmax(classifier(feats), axis=1)
    correct = tf.equal(predicted, labels)
    hits += int(tf.reduce_sum(tf.cast(correct, tf.int32)))
print("accuracy", hits / len(species))
