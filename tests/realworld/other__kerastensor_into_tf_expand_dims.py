# source: https://github.com/keras-team/keras/issues/10257
# family: other
# raises: ValueError
# cause: 2:1
# raise: 2:1
# culprit: token_ids | expand_dims
# expect: token_ids is the symbolic KerasTensor returned by keras.Input in the previous cell; tf.expand_dims is a raw TensorFlow function and cannot take it. Use keras.ops.expand_dims(token_ids, -1) or a keras.layers.Reshape((32, 1)) layer.
# %%
import tensorflow as tf
import keras

token_ids = keras.Input(shape=(32,), dtype="float32")
# %%
channels = tf.expand_dims(token_ids, -1)
conv = keras.layers.Conv1D(8, 3)(channels)
