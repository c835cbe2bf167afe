# source: https://github.com/tensorflow/model-optimization/issues/1062
# family: other
# raises: ValueError
# cause: 1:5
# raise: 1:5
# culprit: stereo | split
# expect: stereo is a symbolic KerasTensor from keras.Input; a raw TensorFlow op like tf.split cannot take it when building a Keras 3 functional model. Use keras.ops.split(stereo, 2, axis=-1) or wrap tf.split in a custom Layer.
# %%
import tensorflow as tf
import keras

stereo = keras.Input(shape=(128, 2))
left, right = tf.split(stereo, 2, axis=-1)
mixed = keras.layers.Concatenate()([keras.layers.Conv1D(4, 3)(left), keras.layers.Conv1D(4, 3)(right)])
