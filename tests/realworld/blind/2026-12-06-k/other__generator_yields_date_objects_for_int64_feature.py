# source: https://github.com/horovod/horovod/issues/922
# family: other
# raises: InvalidArgumentError
# cause: 2:5, 3:4
# raise: 4:1
# culprit: date | output_signature | int64
# expect: The generator yields the raw datetime.date column while output_signature declares that component as int64, so tf.data fails when it converts the first element ("`generator` yielded an element that could not be converted to the expected type. The expected type was int64, but the yielded element was [datetime.date(...) ...]"). Turn the dates into numbers first (ordinal day, day-of-week, month) before yielding them, or declare and encode them as strings.
# %%
import datetime
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(13)
start = datetime.date(2013, 1, 1)
store_rows = [{"store": int(rng.integers(1, 5)),
               "date": start + datetime.timedelta(days=int(d)),
               "promo": int(rng.integers(0, 2)),
               "sales": float(rng.normal(5000, 800))} for d in range(40)]
# %%
def batches(rows, size=8):
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        yield (np.array([[r["store"], r["promo"]] for r in chunk], dtype="int64"),
               np.array([r["date"] for r in chunk]),
               np.array([r["sales"] for r in chunk], dtype="float32"))
# %%
sales_ds = tf.data.Dataset.from_generator(
    lambda: batches(store_rows),
    output_signature=(tf.TensorSpec([None, 2], tf.int64),
                      tf.TensorSpec([None], tf.int64),
                      tf.TensorSpec([None], tf.float32)))
# %%
for feats, dates, sales in sales_ds.take(2):
    print(feats.shape, dates.shape, float(tf.reduce_mean(sales)))
