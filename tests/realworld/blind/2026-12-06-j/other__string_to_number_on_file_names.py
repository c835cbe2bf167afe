# source: https://github.com/tensorflow/benchmarks/pull/409
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: base | to_number | .jpg
# expect: The COCO file names keep their ".jpg" extension, so tf.strings.to_number gets "000000397133.jpg", which is not a number. Strip the extension before converting, e.g. tf.strings.split(base, ".")[0].
# %%
import tensorflow as tf
image_files = ["val2017/000000397133.jpg", "val2017/000000037777.jpg", "val2017/000000252219.jpg"]
# %%
def image_id_from_path(path):
    base = tf.strings.split(path, "/")[-1]
    return tf.strings.to_number(base, out_type=tf.int64)
# %%
ids = [int(image_id_from_path(tf.constant(f))) for f in image_files]
