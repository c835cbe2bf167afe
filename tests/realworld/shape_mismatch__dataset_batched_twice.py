# source: https://github.com/tensorflow/tensorflow/issues/78621
# family: shape_mismatch
# raises: ValueError
# cause: 1:6, 3:2
# raise: 3:2
# culprit: train_ds | batch
# expect: train_ds is already batched (.batch(20)) when it is prepared; fit receives train_ds.batch(BATCH), so every element becomes (None, None, 8) instead of (None, 8). Batch the dataset once: pass train_ds to fit.
# %%
import numpy as np
import tensorflow as tf

sensor_rows = np.random.rand(100, 8).astype("float32")
sensor_labels = np.random.randint(0, 2, size=(100, 1)).astype("float32")
train_ds = tf.data.Dataset.from_tensor_slices((sensor_rows, sensor_labels)).shuffle(100).batch(20)
# %%
import keras
monitor = keras.Sequential([
    keras.Input(shape=(8,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
monitor.compile(optimizer="adam", loss="binary_crossentropy")
# %%
BATCH = 20
monitor.fit(train_ds.batch(BATCH), epochs=1, verbose=0)
