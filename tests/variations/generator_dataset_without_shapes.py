# family: other
# raises: ValueError
# culprit: from_generator
import numpy as np
import tensorflow as tf
import keras
samples = np.random.default_rng(3).normal(size=(24, 4)).astype("float32")
def pairs():
    for row in samples:
        yield row, row.sum()
stream = tf.data.Dataset.from_generator(pairs, output_types=(tf.float32, tf.float32))  # <- cause
stream = stream.batch(6)
reg = keras.Sequential([keras.layers.Dense(3), keras.layers.Dense(1)])
reg.compile("sgd", "mse")
reg.fit(stream, epochs=1, verbose=0)  # <- raises
