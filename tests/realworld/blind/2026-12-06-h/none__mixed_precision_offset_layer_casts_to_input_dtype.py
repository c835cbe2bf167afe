# source: https://github.com/keisen/tf-keras-vis/pull/39
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. Under mixed_float16 the custom layer's constant offset is created as float32, which looks like a dtype clash with the float16 activations, but call() casts it to inputs.dtype before adding, and the output layer is forced to float32; training and prediction run without error.
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
# %%
class CenteredOffset(keras.layers.Layer):
    def build(self, input_shape):
        self.offset = tf.constant(np.full(input_shape[-1:], 0.5, dtype="float32"))

    def call(self, inputs):
        return inputs - tf.cast(self.offset, inputs.dtype)
# %%
rng = np.random.default_rng(200)
patches = rng.random((48, 32, 32, 3)).astype("float32")
scores = rng.random((48, 2)).astype("float32")
inp = keras.Input((32, 32, 3))
x = keras.layers.Conv2D(8, 3, activation="relu")(inp)
x = keras.layers.GlobalAveragePooling2D()(x)
x = CenteredOffset()(x)
out = keras.layers.Dense(2, dtype="float32")(x)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss="mse")
# %%
model.fit(patches, scores, batch_size=16, epochs=1, verbose=0)
print(model.predict(patches[:2], verbose=0).dtype)
