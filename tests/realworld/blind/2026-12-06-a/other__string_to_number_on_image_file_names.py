# source: https://github.com/tensorflow/benchmarks/issues/408
# family: other
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:1
# culprit: source_id | StringToNumber
# expect: parse_example converts the whole file name ("000000397133.jpg") with tf.strings.to_number, which cannot parse the ".jpg" suffix; strip the extension first (tf.strings.split(name, ".")[0]) before converting to a number.
# %%
import numpy as np
import tensorflow as tf

file_names = ["000000397133.jpg", "000000037777.jpg", "000000252219.jpg", "000000087038.jpg",
              "000000174482.jpg", "000000403385.jpg", "000000006818.jpg", "000000480985.jpg"]
boxes = np.random.default_rng(12).random((8, 4)).astype("float32")
# %%
def parse_example(name, box):
    source_id = tf.strings.to_number(name, out_type=tf.int64)
    return {"source_id": source_id, "box": box * 300.0}

coco_ds = tf.data.Dataset.from_tensor_slices((file_names, boxes)).map(parse_example).batch(4)
# %%
for batch in coco_ds:
    print(batch["source_id"].numpy())
