# source: https://github.com/ray-project/ray/issues/33004
# family: other
# raises: TypeError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: len | from_generator | cardinality
# expect: train_ds comes from Dataset.from_generator, whose cardinality is unknown (-2) because TensorFlow cannot count a Python generator without running it, so len(train_ds) raises "The dataset length is unknown". Use the known record count (len(records)), or declare it with train_ds.apply(tf.data.experimental.assert_cardinality(n)) before calling len().
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(33)
records = [(rng.random(8).astype("float32"), int(rng.integers(0, 2))) for _ in range(50)]

def record_stream():
    for features, label in records:
        yield features, label
# %%
train_ds = tf.data.Dataset.from_generator(
    record_stream,
    output_signature=(tf.TensorSpec([8], tf.float32), tf.TensorSpec([], tf.int32)))
train_ds = train_ds.shuffle(64, seed=1)
BATCH = 16
# %%
steps_per_epoch = len(train_ds) // BATCH
print("steps per epoch:", steps_per_epoch)
