# source: https://github.com/Kyubyong/transformer/issues/123
# family: other
# raises: OutOfRangeError
# cause: 1:7
# raise: 3:4
# culprit: maxlen | filter
# expect: Every sentence in the corpus is 12 to 30 tokens long, but hparams["maxlen"] is 10, so the length filter drops all of them and the one-shot iterator has nothing to yield: the very first get_next raises End of sequence. Raise maxlen to cover the data (or truncate instead of filtering).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(4)
hparams = {"maxlen": 10, "batch_size": 8, "vocab": 500, "pad_to": 30}
lengths = rng.integers(12, 31, size=40)
token_ids = np.zeros((40, hparams["pad_to"]), dtype=np.int32)
for row, n in enumerate(lengths):
    token_ids[row, :n] = rng.integers(1, hparams["vocab"], size=n)
# %%
def make_batches(ids, lens, hp):
    ds = tf1.data.Dataset.from_tensor_slices((ids, lens.astype(np.int32)))
    ds = ds.filter(lambda seq, n: n <= hp["maxlen"])
    ds = ds.map(lambda seq, n: seq[:hp["maxlen"]])
    ds = ds.batch(hp["batch_size"])
    iterator = tf1.data.make_one_shot_iterator(ds)
    return iterator.get_next()

next_batch = make_batches(token_ids, lengths, hparams)
# %%
sess = tf1.Session()
for step in range(3):
    print("step", step)
    src = sess.run(next_batch)
    print(src.shape)
