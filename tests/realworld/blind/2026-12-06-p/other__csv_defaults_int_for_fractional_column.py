# source: https://github.com/google/model_search/issues/38
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:1
# culprit: record_defaults | COLUMN_DEFAULTS | int32
# expect: COLUMN_DEFAULTS gives every column an integer default, so CsvDataset parses the ratio column as int32 and fails on "0.37..." ("Field 1 in record is not a valid int32"). Use float defaults ([0.0]) for the fractional columns.
# %%
import numpy as np
import tensorflow as tf

CSV_PATH = "/tmp/b16_sensor_log.csv"
rng = np.random.default_rng(9)
with open(CSV_PATH, "w") as fh:
    fh.write("station,humidity_ratio,pressure,label\n")
    for i in range(10):
        fh.write(f"{i % 3},{rng.random():.4f},{int(rng.integers(980, 1030))},{i % 2}\n")
# %%
COLUMN_DEFAULTS = [[0], [0], [0], [0]]
log_ds = tf.data.experimental.CsvDataset(CSV_PATH, record_defaults=COLUMN_DEFAULTS, header=True)

def split_row(station, humidity, pressure, label):
    feats = tf.stack([tf.cast(station, tf.float32), tf.cast(humidity, tf.float32),
                      tf.cast(pressure, tf.float32) / 1000.0])
    return feats, label

train_rows = log_ds.map(split_row).batch(5)
# %%
for feats, label in train_rows.take(1):
    print(feats.shape, label.numpy())
