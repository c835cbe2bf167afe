# source: https://github.com/JiahuiYu/generative_inpainting/issues/247
# family: other
# raises: InvalidArgumentError
# cause: 1:6
# raise: 3:4
# culprit: HEIGHT | random_bbox | maxval
# expect: random_bbox draws the box's top edge with tf.random.uniform(minval=VERTICAL_MARGIN, maxval=IMG_SHAPE[0] - VERTICAL_MARGIN - HEIGHT, dtype=int32); with the config HEIGHT = 64 on 64-pixel images that maxval is 0, so the integer draw fails with "Need minval < maxval, got 0 >= 0". Keep HEIGHT (and WIDTH) smaller than the image minus twice the margins, e.g. 32.
# %%
import numpy as np
import tensorflow as tf

IMG_SHAPE = (64, 64, 3)
VERTICAL_MARGIN = 0
HEIGHT = 64
HORIZONTAL_MARGIN = 0
WIDTH = 32
BATCH = 4
tf.random.set_seed(7)
# %%
def random_bbox():
    maxt = IMG_SHAPE[0] - VERTICAL_MARGIN - HEIGHT
    maxl = IMG_SHAPE[1] - HORIZONTAL_MARGIN - WIDTH
    t = tf.random.uniform([], minval=VERTICAL_MARGIN, maxval=maxt, dtype=tf.int32)
    l = tf.random.uniform([], minval=HORIZONTAL_MARGIN, maxval=maxl, dtype=tf.int32)
    return t, l, HEIGHT, WIDTH

def bbox_to_mask(bbox):
    t, l, h, w = bbox
    mask = tf.pad(tf.ones([h, w, 1]), [[t, IMG_SHAPE[0] - t - h], [l, IMG_SHAPE[1] - l - w], [0, 0]])
    return mask
# %%
images = tf.random.uniform((BATCH,) + IMG_SHAPE)
masks = []
for _ in range(BATCH):
    masks.append(bbox_to_mask(random_bbox()))
incomplete = images * (1.0 - tf.stack(masks))
