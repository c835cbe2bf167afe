# source: https://github.com/keras-team/keras/issues/15360
# family: other
# raises: InaccessibleTensorError
# cause: 2:3, 2:6
# raise: 3:2
# culprit: rows | outer_products
# expect: inside the tf.function, `for b in tf.range(...)` becomes a graph while-loop, so tensors appended to the Python list rows live in the loop body and cannot be stacked outside it; collect them in a tf.TensorArray (rows = rows.write(b, ...); rows.stack()) or vectorize with tf.einsum
# %%
import numpy as np
import tensorflow as tf

N_MEMB = 3
# %%
@tf.function
def outer_products(batch):
    rows = []
    for b in tf.range(tf.shape(batch)[0]):
        cp = tf.tensordot(batch[b, 0], batch[b, 1], axes=0)
        rows.append(tf.reshape(cp, (1, N_MEMB * N_MEMB)))
    return tf.stack(rows)
# %%
memberships = tf.random.uniform((5, 2, N_MEMB))
weighted = outer_products(memberships)
print(weighted.shape)
