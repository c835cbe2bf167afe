# family: tf_function_variable_creation
# raises: ValueError
# culprit: Dense
import tensorflow as tf

class Block(tf.keras.layers.Layer):
    def call(self, x):
        proj = tf.keras.layers.Dense(4)  # <- cause
        return proj(x)  # <- raises

model = tf.keras.Sequential([tf.keras.Input((3,)), Block()])
model.compile(optimizer="adam", loss="mse")
model.fit(tf.ones([8, 3]), tf.ones([8, 4]), epochs=1, verbose=0)
