# source: https://github.com/tensorflow/tensorflow/issues/40791
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing is wrong: since TF 2.2 padded_batch pads every unknown dimension to the longest element of the batch when padded_shapes is omitted, so the variable-length reviews batch fine and the model trains.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(40)
lengths = rng.integers(3, 15, size=48)
token_lists = [rng.integers(1, 1000, size=n).astype("int64") for n in lengths]
polarity = rng.integers(0, 2, size=48)
# %%
def gen():
    for ids, lab in zip(token_lists, polarity):
        yield ids, lab
train_data = tf.data.Dataset.from_generator(gen, output_signature=(tf.TensorSpec([None], tf.int64), tf.TensorSpec([], tf.int64)))
train_batches = train_data.shuffle(1000).padded_batch(16)
# %%
model = keras.Sequential([
    keras.layers.Embedding(1000, 16),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])
history = model.fit(train_batches, epochs=1, verbose=0)
print(history.history["loss"])
