# source: https://github.com/keras-team/keras-cv/issues/752
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The mixed_float16 policy is set globally, but the model ends in Activation("linear", dtype="float32"), so its outputs are float32 and the hand-written float32 metric on the predictions works; the policy/output-dtype combination is correct.
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers, mixed_precision

mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(75)
x_img = rng.random((32, 16, 16, 3)).astype("float32")
y_cls = rng.integers(0, 4, size=32)
# %%
inp = keras.Input((16, 16, 3))
x = layers.Conv2D(8, 3, activation="relu")(inp)
x = layers.GlobalAveragePooling2D()(x)
logits = layers.Dense(4)(x)
probs = layers.Activation("softmax")(logits)
outputs = layers.Activation("linear", dtype="float32")(probs)
classifier = keras.Model(inp, outputs)
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
classifier.fit(x_img, y_cls, epochs=1, batch_size=8, verbose=0)
# %%
preds = classifier(x_img[:8])
one_hot = tf.one_hot(y_cls[:8], 4)
brier = tf.reduce_mean(tf.reduce_sum(tf.square(one_hot - preds), axis=-1))
print(preds.dtype, float(brier))
