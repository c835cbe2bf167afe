# source: https://github.com/tensorflow/tensorflow/issues/7515
# family: other
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:1
# culprit: record_defaults | decode_csv | comment
# expect: The export now has a fourth "comment" column, but parse_line still gives decode_csv three record_defaults, and decode_csv requires exactly one default per column: iterating the dataset fails with "Expect 3 fields but have 4 in record 0". Add a default for the new column (and drop it), or select the columns explicitly (tf.data.experimental.CsvDataset with select_cols).
# %%
import numpy as np
import tensorflow as tf

csv_path = "/tmp/b14_readings.csv"
rng = np.random.default_rng(75)
with open(csv_path, "w") as f:
    for i in range(12):
        a, b = rng.random(2).round(3)
        f.write(f"{a},{b},{i % 2},checked by ops\n")
# %%
def parse_line(line):
    fields = tf.io.decode_csv(line, record_defaults=[[0.0], [0.0], [0]])
    features = tf.stack(fields[:2])
    return features, fields[2]

readings = tf.data.TextLineDataset(csv_path).map(parse_line).batch(4)
# %%
for features, label in readings.take(2):
    print(features.shape, label.numpy())
