# source: https://github.com/tensorflow/datasets/issues/3366
# family: shape_mismatch
# raises: ValueError
# cause: 2:5
# raise: 3:1
# culprit: t_class | tf.pad | paddings
# expect: pad_targets pads the [N, 4] boxes with paddings [[0, k], [0, 0]] and reuses the same two-row padding spec for the class ids, which are rank 1 ([N]); tf.pad needs one padding row per dimension, so tracing the map function fails with "Shape must be rank 2 but is rank 1 ... input shapes: [?], [2,2]". Pad the class ids with [[0, k]].
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(3366)
MAX_BOXES = 10
samples = []
for n in (2, 4, 3):
    samples.append((rng.random((32, 32, 3)).astype("float32"), rng.random((n, 4)).astype("float32"), rng.integers(0, 5, n).astype("int64")))
# %%
def pad_targets(image, t_bbox, t_class):
    nb_bbox = tf.shape(t_bbox)[0]
    paddings = [[0, MAX_BOXES - nb_bbox], [0, 0]]
    t_bbox = tf.pad(t_bbox, paddings, constant_values=0)
    t_class = tf.pad(t_class, paddings, constant_values=-1)
    return image, t_bbox, t_class

detr_ds = tf.data.Dataset.from_generator(lambda: iter(samples), output_signature=(
    tf.TensorSpec([32, 32, 3], tf.float32), tf.TensorSpec([None, 4], tf.float32), tf.TensorSpec([None], tf.int64)))
# %%
detr_ds = detr_ds.map(pad_targets).batch(2)
for images, boxes, classes in detr_ds:
    print(boxes.shape, classes.shape)
