# source: https://github.com/tensorflow/tensorflow/issues/50099
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 4:1
# culprit: train_ds | batch
# expect: train_ds is built with from_tensor_slices and shuffle but never batched, so each element fed to fit is a single (2,) sample instead of a (batch, 2) batch, and the model rejects the shape. Add .batch(...) to the pipeline (fit does not batch a Dataset itself).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(12)
sensor = rng.normal(size=(64, 2)).astype("float32")
target = sensor @ np.array([[1.5], [-0.7]], dtype="float32") + 0.1
# %%
train_ds = tf.data.Dataset.from_tensor_slices((sensor, target)).shuffle(64, seed=1)
preview = list(train_ds.take(2).as_numpy_iterator())
# %%
linear = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
linear.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
# %%
history = linear.fit(train_ds, epochs=2, verbose=0)
