# source: https://github.com/sicara/tf-explain/pull/167
# family: none
# raises: NONE
# cause: 3:3
# raise: NONE
# culprit: image_t
# expect: Correct: the gradient is taken with respect to image_t, a plain tensor rather than a variable, but it is explicitly tape.watch()-ed before the forward pass, so tape.gradient returns a real (1, 32, 32, 3) gradient and the saliency map is valid. No error or warning should be reported.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
# %%
leaf_clf = keras.Sequential([keras.Input(shape=(32, 32, 3)),
                             keras.layers.Conv2D(8, 3, activation="relu"),
                             keras.layers.GlobalAveragePooling2D(),
                             keras.layers.Dense(4, activation="softmax")])
rng = np.random.default_rng(26)
leaf = rng.random((1, 32, 32, 3)).astype("float32")
# %%
image_t = tf.convert_to_tensor(leaf)
with tf.GradientTape() as tape:
    tape.watch(image_t)
    probs = leaf_clf(image_t)
    top_score = tf.reduce_max(probs, axis=-1)
pixel_grads = tape.gradient(top_score, image_t)
saliency = tf.reduce_max(tf.abs(pixel_grads), axis=-1)[0]
print(saliency.shape, float(tf.reduce_max(saliency)))
