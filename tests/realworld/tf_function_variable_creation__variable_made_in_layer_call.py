# source: https://github.com/tensorflow/tensorflow/issues/42244
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:7
# raise: 1:7
# culprit: canvas | BoxPaste
# expect: BoxPaste.call creates a new tf.Variable (canvas) on every call; Keras traces call into a graph, where variables may only be created once. Create the variable once in build (self.add_weight(..., trainable=False)) or use a tensor (tf.ones) if it does not need to be a variable.
# %%
import numpy as np
import tensorflow as tf
import keras

class BoxPaste(keras.layers.Layer):
    def call(self, corners):
        canvas = tf.Variable(tf.ones([16, 16]))
        return tf.reshape(canvas, [1, -1]) * tf.reduce_mean(corners, axis=-1, keepdims=True)

painter = keras.Sequential([BoxPaste(), keras.layers.Dense(1)])
painter.compile(optimizer="adam", loss="mse")
painter.fit(np.random.rand(8, 4), np.random.rand(8, 1), epochs=1, verbose=0)
