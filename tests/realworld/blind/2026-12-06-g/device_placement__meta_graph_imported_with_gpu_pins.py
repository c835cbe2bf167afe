# source: https://github.com/tensorflow/tensorflow/issues/22304
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:2
# raise: 2:7
# culprit: GPU:0 | clear_devices | allow_soft_placement
# expect: The meta graph was exported from a GPU training script with ops pinned to /device:GPU:0; importing it on this CPU-only machine keeps those device pins, so the session cannot place them. Import with clear_devices=True (or create the Session with allow_soft_placement=True).
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

export_dir = tempfile.mkdtemp()
train_graph = tf.Graph()
with train_graph.as_default():
    with tf.device("/device:GPU:0"):
        feats = tf.compat.v1.placeholder(tf.float32, [None, 8], name="feats")
        ema_w = tf.compat.v1.get_variable("ema_w", [8, 1])
        score = tf.identity(tf.matmul(feats, ema_w), name="score")
    tf.compat.v1.train.export_meta_graph(os.path.join(export_dir, "model-1.meta"))
# %%
tf.compat.v1.reset_default_graph()
loader = tf.compat.v1.train.import_meta_graph(os.path.join(export_dir, "model-1.meta"))
graph = tf.compat.v1.get_default_graph()
score_t = graph.get_tensor_by_name("score:0")
feats_t = graph.get_tensor_by_name("feats:0")
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
