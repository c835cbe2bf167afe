# source: https://github.com/keras-team/keras/issues/15353
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:1
# raise: 4:1
# culprit: proj_w | IN_DIM
# expect: tf.matmul in project gets batch (53, 1132) (1120 image features + 12 metadata columns) against proj_w of shape (1240, 512); IN_DIM was hard-coded from an older feature layout, derive it from batch.shape[1]
# %%
import numpy as np
import tensorflow as tf
# %%
img_feats = np.random.rand(53, 1120).astype("float32")
meta = np.random.rand(53, 12).astype("float32")
batch = np.concatenate([img_feats, meta], axis=1)
# %%
IN_DIM = 1240
proj_w = tf.Variable(tf.random.normal([IN_DIM, 512], stddev=0.02))
proj_b = tf.Variable(tf.zeros([512]))

def project(x):
    return tf.nn.relu(tf.matmul(x, proj_w) + proj_b)
# %%
hidden = project(batch)
print(hidden.shape)
