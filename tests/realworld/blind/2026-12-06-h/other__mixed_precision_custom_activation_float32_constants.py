# source: https://github.com/tensorflow/tensorflow/issues/45919
# family: other
# raises: TypeError
# cause: 2:2, 2:3
# raise: 4:1
# culprit: scaled_leaky | beta
# expect: Under the mixed_float16 policy the Dense layer computes in float16, but scaled_leaky builds alpha and beta with tf.clip_by_value / tf.math.sigmoid on Python floats, which gives float32 tensors; multiplying the float16 activations by them fails ("Input 'y' of 'Mul' Op has type float32 that does not match type float16"). Cast the constants to x.dtype inside the activation (tf.cast(beta, x.dtype)).
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
print("Mixed precision enabled:", keras.mixed_precision.global_policy().name)
# %%
def scaled_leaky(x, alpha=0.90, beta=2.0):
    alpha = tf.clip_by_value(alpha, clip_value_min=0.01, clip_value_max=0.99)
    beta = 1 + tf.math.sigmoid(beta)
    return tf.nn.relu(x) * beta - tf.nn.relu(-x) * alpha
# %%
rng = np.random.default_rng(150)
digit_images = rng.random((64, 28, 28, 1)).astype("float32")
digit_targets = keras.utils.to_categorical(rng.integers(0, 10, size=64), 10)
model = keras.Sequential([
    keras.Input((28, 28, 1)),
    keras.layers.Flatten(),
    keras.layers.Dense(32, activation=scaled_leaky),
    keras.layers.Dense(10),
    keras.layers.Activation("softmax", dtype="float32"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
# %%
model.fit(digit_images, digit_targets, batch_size=16, epochs=1, verbose=0)
