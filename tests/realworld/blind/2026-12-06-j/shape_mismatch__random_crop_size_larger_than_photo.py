# source: https://github.com/HasnainRaz/Skin-Segmentation-TensorFlow/issues/7
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:3, 2:3
# raise: 3:1
# culprit: CROP_H | random_crop | 480
# expect: The crop size (480x640) is larger than the second photo, which is only 427 pixels tall, and tf.image.random_crop requires value.shape >= size in every dimension. Resize or pad the images up to the crop size first, or pick a crop no larger than the smallest image.
# %%
import numpy as np
import tensorflow as tf
CROP_H, CROP_W = 480, 640
rng = np.random.default_rng(28)
photos = [rng.integers(0, 255, size=(h, w, 3), dtype=np.uint8) for h, w in [(512, 700), (427, 640)]]
masks = [rng.integers(0, 2, size=(p.shape[0], p.shape[1], 1), dtype=np.uint8) for p in photos]
# %%
def augment(image, mask):
    stacked = tf.concat([tf.cast(image, tf.float32) / 255.0, tf.cast(mask, tf.float32)], axis=-1)
    cropped = tf.image.random_crop(stacked, [CROP_H, CROP_W, 4], seed=1)
    return cropped[..., :3], cropped[..., 3:]
# %%
batch = [augment(img, m) for img, m in zip(photos, masks)]
