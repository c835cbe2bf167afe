# source: https://github.com/keras-team/keras/issues/20058
# family: missing_gradient
# raises: ValueError
# cause: 1:7
# raise: 3:2
# culprit: scale | int32
# expect: The custom layer's only trainable weight `scale` is created with dtype int32; integer variables get no gradient, so fit fails with "No gradients provided for any variable". Create the weight as float32 (cast inputs instead).
# %%
import numpy as np
import keras
import tensorflow as tf

class CountScaler(keras.layers.Layer):
    def build(self, input_shape):
        self.scale = self.add_weight(shape=(1,), initializer="ones", dtype="int32", name="scale")

    def call(self, inputs):
        return tf.cast(inputs, "float32") * tf.cast(self.scale, "float32")
# %%
visits = np.arange(200).reshape(-1, 1).astype("int32")
revenue = (3 * visits).astype("float32")
inp = keras.Input((1,), dtype="int32")
scaler_model = keras.Model(inp, CountScaler()(inp))
scaler_model.compile(optimizer=keras.optimizers.RMSprop(), loss="mse")
# %%
print(scaler_model.count_params())
history = scaler_model.fit(visits, revenue, batch_size=20, epochs=1, verbose=0)
