# source: https://github.com/keras-team/keras-cv/issues/2102
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The global mixed_bfloat16 policy plus a custom layer doing arithmetic with a Python constant looks like a dtype clash, but the layer casts its scale to self.compute_dtype and the softmax head is pinned to float32, so training and predict run cleanly; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_bfloat16")
rng = np.random.default_rng(0)
# %%
class ScaledResidual(keras.layers.Layer):
    def __init__(self, scale=0.5, **kwargs):
        super().__init__(**kwargs)
        self.scale = scale
    def call(self, x):
        factor = tf.cast(self.scale, self.compute_dtype)
        return x + factor * tf.nn.relu(x)
# %%
inp = keras.Input((6,))
h = keras.layers.Dense(8)(inp)
h = ScaledResidual()(h)
logits = keras.layers.Dense(2)(h)
probs_out = keras.layers.Activation("softmax", dtype="float32")(logits)
model = keras.Model(inp, probs_out)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(rng.random((16, 6)).astype("float32"), rng.integers(0, 2, 16), epochs=1, verbose=0)
probs = model.predict(rng.random((2, 6)).astype("float32"), verbose=0)
print(probs.dtype)
