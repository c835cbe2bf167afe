# source: https://github.com/tensorflow/models/issues/2994
# family: other
# raises: InvalidArgumentError
# cause: 1:10, 2:8
# raise: 3:2
# culprit: decode_csv | empty line | Expect 4 fields but have 0
# expect: The CSV export ends with an extra blank line, so TextLineDataset yields an empty record and decode_csv fails with "Expect 4 fields but have 0 in record 0" once the pipeline reaches it. Do not write the trailing blank line, or filter empty lines (.filter(lambda l: tf.strings.length(l) > 0)) before decoding.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(29)
rows = []
for i in range(10):
    age, hours = int(rng.integers(18, 70)), int(rng.integers(10, 60))
    rows.append(f"{age},{hours},{'Private' if i % 3 else 'State-gov'},{int(hours > 40)}")
with open("/tmp/b14_census.csv", "w") as f:
    f.write("\n".join(rows) + "\n\n")
# %%
CSV_DEFAULTS = [[0], [0], [""], [0]]

def parse_csv(value):
    age, hours, workclass, label = tf.io.decode_csv(value, record_defaults=CSV_DEFAULTS)
    features = {"age": age, "hours_per_week": hours, "workclass": workclass}
    return features, label

census_ds = tf.data.TextLineDataset("/tmp/b14_census.csv").map(parse_csv).batch(4)
# %%
n_pos = 0
for features, label in census_ds:
    n_pos += int(tf.reduce_sum(label))
print("positives:", n_pos)
