# source: https://github.com/rstudio/keras3/issues/1123
# family: untracked_weights
# raises: NONE
# cause: 1:9, 1:10
# raise: NONE
# culprit: kernel | CustomDense
# expect: CustomDense creates its kernel and bias as raw tf.Variable objects, which Keras 3 does not track as layer weights; the model has no trainable weights, fit runs without error but never updates them (the kernel does not move). Create them with self.add_weight(...).
# %%
import numpy as np
import tensorflow as tf
import keras
class CustomDense(keras.layers.Layer):
    def __init__(self, units, **kw):
        super().__init__(**kw)
        self.units = units
    def build(self, input_shape):
        self.kernel = tf.Variable(tf.random.normal((input_shape[-1], self.units)) * 0.1, name="kernel")
        self.bias = tf.Variable(tf.zeros((self.units,)), name="bias")
    def call(self, x):
        return tf.matmul(x, self.kernel) + self.bias
# %%
xs = np.random.rand(200, 10).astype("float32")
ys = (xs @ np.arange(10, dtype="float32")[:, None]) / 10.0
model = keras.Sequential([keras.Input((10,)), CustomDense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
# %%
before = model.layers[0].kernel.numpy().copy()
model.fit(xs, ys, epochs=3, verbose=0)
print("kernel moved:", float(np.abs(model.layers[0].kernel.numpy() - before).max()))
