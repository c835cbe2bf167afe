# source: https://github.com/emedvedev/attention-ocr/issues/146
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: none
# expect: no finding: the prediction is pinned to "/cpu:0", a device that exists, so placement is satisfied even with soft placement switched off
# %%
import numpy as np
import tensorflow as tf
import keras
tf.config.set_soft_device_placement(False)
# %%
reader = keras.Sequential([keras.Input((32, 100, 1)), keras.layers.Conv2D(8, 3, activation="relu"),
                           keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(37)])
line_images = np.random.rand(4, 32, 100, 1).astype("float32")
# %%
with tf.device("/cpu:0"):
    char_logits = reader(line_images, training=False)
    best_chars = tf.argmax(char_logits, axis=-1)
print(best_chars.numpy())
