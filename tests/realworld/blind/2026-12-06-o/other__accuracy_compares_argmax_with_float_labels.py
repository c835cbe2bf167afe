# source: https://github.com/CyberZHG/keras-lr-multiplier/issues/4
# family: other
# raises: InvalidArgumentError
# cause: 1:11, 3:5
# raise: 3:5
# culprit: species | Equal
# expect: np.loadtxt reads the whole CSV as float32, so the species column in the dataset stays float while tf.argmax returns int64; tf.equal refuses to compare an int64 tensor with a float tensor. Cast the label column to int64 when loading (species = table[:, 3].astype(np.int64)) or cast the labels before comparing.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(4)
rows = np.column_stack([rng.random((24, 3)), rng.integers(0, 3, 24)])
np.savetxt("/tmp/b15_petals.csv", rows, delimiter=",", fmt="%.4f")

table = np.loadtxt("/tmp/b15_petals.csv", delimiter=",", dtype=np.float32)
features = table[:, :3]
species = table[:, 3]
petal_ds = tf.data.Dataset.from_tensor_slices((features, species)).batch(8)
# %%
classifier = keras.Sequential([keras.Input((3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)])
xent = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
opt = keras.optimizers.SGD(0.1)
for feats, labels in petal_ds:
    with tf.GradientTape() as tape:
        loss = xent(labels, classifier(feats))
    grads = tape.gradient(loss, classifier.trainable_variables)
    opt.apply_gradients(zip(grads, classifier.trainable_variables))
# %%
hits = 0
for feats, labels in petal_ds:
    logits = classifier(feats)
    predicted = tf.argmax(logits, axis=1)
    correct = tf.equal(predicted, labels)
    hits += int(tf.reduce_sum(tf.cast(correct, tf.int32)))
print("accuracy", hits / len(species))
