# source: https://github.com/nickliqian/cnn_captcha/issues/165
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:6
# raise: 4:2
# culprit: reader | CHARSET
# expect: The reader's output Dense layer was sized CAPTCHA_LEN * 10 (digits only), but CHARSET now has 36 symbols, so its 40 logits per image cannot be reshaped to (-1, 4, 36) (Input to reshape is a tensor with 160 values, requested shape requires a multiple of 144). Size the head as CAPTCHA_LEN * len(CHARSET).
# %%
import string
import numpy as np
import tensorflow as tf
# %%
CHARSET = string.digits + string.ascii_uppercase
CAPTCHA_LEN = 4
rng = np.random.default_rng(11)
captchas = rng.random((4, 32, 96, 1)).astype("float32")
print(len(CHARSET), captchas.shape)
# %%
reader = tf.keras.Sequential([
    tf.keras.Input(shape=(32, 96, 1)),
    tf.keras.layers.Conv2D(16, 3, activation="relu"),
    tf.keras.layers.MaxPooling2D(),
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(CAPTCHA_LEN * 10),
])
# %%
logits = reader(captchas)
per_char = tf.reshape(logits, (-1, CAPTCHA_LEN, len(CHARSET)))
decoded = ["".join(CHARSET[i] for i in row) for row in tf.argmax(per_char, -1).numpy()]
print(decoded)
