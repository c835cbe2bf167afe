# family: other
# raises: ValueError
# culprit: id_rows
import tensorflow as tf
sentences = ["red fox", "a quick brown fox", "jumps"]
index = {w: i + 1 for i, w in enumerate(sorted({w for s in sentences for w in s.split()}))}
id_rows = [[index[w] for w in s.split()] for s in sentences]  # <- cause
batch = tf.constant(id_rows)  # <- raises
