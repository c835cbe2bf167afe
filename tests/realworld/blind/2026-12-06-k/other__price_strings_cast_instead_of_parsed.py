# source: https://github.com/tensorflow/tensorflow/issues/17069
# family: other
# raises: UnimplementedError
# cause: 2:3
# raise: 3:1
# culprit: tf.cast | parse_line | string_to_number
# expect: parse_line splits the CSV line into string fields and converts them with tf.cast(..., tf.float32), but Cast has no string-to-float kernel ("Cast string to float is not supported"). Parse the text with tf.strings.to_number(fields, out_type=tf.float32) (or tf.io.decode_csv).
# %%
import tensorflow as tf

lines = tf.constant([
    "12.5,3,1017.2,0.41",
    "11.9,4,1016.8,0.38",
    "13.1,2,1015.9,0.44",
    "12.2,5,1017.0,0.40",
])
N_FEATURES = 3
# %%
def parse_line(line):
    fields = tf.strings.split(line, ",")
    values = tf.cast(fields, tf.float32)
    return values[:N_FEATURES], values[N_FEATURES]

weather_ds = tf.data.Dataset.from_tensor_slices(lines).map(parse_line).batch(2)
# %%
for feats, target in weather_ds:
    print(feats.numpy(), target.numpy())
