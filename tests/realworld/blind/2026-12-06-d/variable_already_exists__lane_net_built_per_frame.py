# source: https://github.com/MaybeShewill-CV/lanenet-lane-detection/issues/1
# family: variable_already_exists
# raises: ValueError
# cause: 2:7
# raise: 2:7
# culprit: lane_net/conv1_k | lane_net
# expect: The network is built inside the per-frame loop: the second call to lane_scores() creates lane_net/conv1_k again and get_variable refuses. Build the graph once before the loop (on a placeholder) and only sess.run it per frame.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def lane_scores(frames, scope="lane_net"):
    with tf.compat.v1.variable_scope(scope):
        k1 = tf.compat.v1.get_variable("conv1_k", [3, 3, 3, 8])
        fmap = tf.nn.relu(tf.nn.conv2d(frames, k1, strides=1, padding="SAME"))
        w = tf.compat.v1.get_variable("head_w", [8, 2])
        pooled = tf.reduce_mean(fmap, axis=[1, 2])
        return tf.nn.softmax(tf.matmul(pooled, w))
# %%
clip = np.random.default_rng(3).random((6, 24, 24, 3), dtype=np.float32)
sess = tf.compat.v1.Session()
initialized = False
per_frame = []
for idx in range(len(clip)):
    frame = tf.constant(clip[idx:idx + 1])
    probs = lane_scores(frame)
    if not initialized:
        sess.run(tf.compat.v1.global_variables_initializer())
        initialized = True
    per_frame.append(sess.run(probs)[0, 1])
