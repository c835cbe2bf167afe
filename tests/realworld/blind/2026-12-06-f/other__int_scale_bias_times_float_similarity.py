# source: https://github.com/Janghyun1230/Speaker_Verification/issues/16
# family: other
# raises: InvalidArgumentError
# cause: 3:2, 3:3
# raise: 3:1
# culprit: w | tf.abs(w)
# expect: w=1 and b=0 are Python ints, so tf.abs(w) is an int32 tensor and multiplying it with the float32 similarity matrix fails; pass floats (w=1.0, b=0.0) or cast.
# %%
import numpy as np
import tensorflow as tf

N, M, D = 3, 4, 16
enroll = tf.math.l2_normalize(tf.random.normal([N, D], seed=1), axis=-1)
verif = tf.math.l2_normalize(tf.random.normal([N * M, D], seed=2), axis=-1)
# %%
def similarity(embedded, center, w, b):
    S = tf.matmul(embedded, center, transpose_b=True)
    return tf.abs(w) * S + b

def verify(verif_embed, enroll_embed, w, b):
    return similarity(verif_embed, enroll_embed, w, b)
# %%
scores = verify(verif, enroll,
                w=1,
                b=0)
print(scores.shape)
