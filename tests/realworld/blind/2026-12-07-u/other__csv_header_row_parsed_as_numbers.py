# source: https://github.com/RobRomijnders/tensorflow_basic/issues/1
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:7
# culprit: TextLineDataset | parse_line
# expect: the CSV written in cell 1 starts with a header line ("temp,humidity,pressure,label") and the TextLineDataset is not told to skip it, so parse_line tries tf.strings.to_number("temp") and the input pipeline fails with "StringToNumberOp could not correctly convert string". Skip the header (TextLineDataset(...).skip(1)) or use tf.data.experimental.make_csv_dataset.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
csv_path = os.path.join(tempfile.mkdtemp(), "weather.csv")
rows = np.random.rand(40, 3)
with open(csv_path, "w") as fh:
    fh.write("temp,humidity,pressure,label\n")
    for r in rows:
        fh.write("%.4f,%.4f,%.4f,%d\n" % (r[0], r[1], r[2], int(r[0] > 0.5)))
# %%
lines = tf.data.TextLineDataset(csv_path)

def parse_line(line):
    fields = tf.strings.to_number(tf.strings.split(line, ","))
    return fields[:3], fields[3]

train_ds = lines.map(parse_line).shuffle(64).batch(8)
# %%
rain_model = keras.Sequential([
    keras.Input((3,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
rain_model.compile(optimizer="adam", loss="binary_crossentropy")
rain_model.fit(train_ds, epochs=2, verbose=0)
