# source: https://github.com/tensorflow/tensorflow/issues/44935
# family: other
# raises: TypeError
# cause: 2:6
# raise: 3:1
# culprit: enumerate | i | TensorArray.write
# expect: Inside the tf.function, Dataset.enumerate() yields int64 indices, but TensorArray.write needs an int32 index, so tracing fails. Cast the index (tf.cast(i, tf.int32)) or keep a separate int32 counter.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(14)
test = tf.data.Dataset.from_tensor_slices((rng.random((10, 4)).astype("float32"), rng.random(10).astype("float32")))
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
# %%
@tf.function
def collect_predictions(ds):
    stackin = tf.TensorArray(tf.float32, size=1, dynamic_size=True)
    for i, (x, y) in ds.enumerate():
        y_ = tf.squeeze(model(tf.expand_dims(x, axis=0)), axis=0)
        stackin = stackin.write(i, y_)
    return stackin.stack()
# %%
preds = collect_predictions(test.take(10))
