# source: https://github.com/PAIR-code/saliency/issues/18
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: no problem: the image is a plain tensor built from NumPy (not a tf.Variable), but tape.watch(image) is called inside the tape, so the gradient of the class score with respect to the pixels is defined and the vanilla-gradient saliency map is computed.
# %%
import numpy as np
import tensorflow as tf
import keras

classifier = keras.Sequential([
    keras.Input((64, 64, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(10),
])
# %%
def load_image(rng):
    im = rng.random((64, 64, 3))
    return im / 0.5 - 1.0

im = load_image(np.random.default_rng(3))
image = tf.convert_to_tensor(im[None, ...], dtype=tf.float32)
prediction_class = int(tf.argmax(classifier(image), axis=-1)[0])
# %%
with tf.GradientTape() as tape:
    tape.watch(image)
    score = classifier(image)[:, prediction_class]
saliency = tape.gradient(score, image)
mask = tf.reduce_max(tf.abs(saliency), axis=-1)[0]
print(prediction_class, mask.shape, float(tf.reduce_max(mask)))
