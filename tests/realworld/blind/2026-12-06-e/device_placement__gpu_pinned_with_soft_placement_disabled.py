# source: https://github.com/tensorflow/tensorflow/issues/22476
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:4, 3:2
# raise: 3:3
# culprit: /GPU:0 | set_soft_device_placement
# expect: The setup cell turns soft device placement off, and the scoring block is pinned to /GPU:0, but no GPU is visible to TensorFlow (only CPU), so the op cannot be placed ("Could not satisfy device specification ... GPU:0 ... enable_soft_placement=0"). Re-enable soft placement or pick the device from tf.config.list_physical_devices("GPU").
# %%
import numpy as np
import tensorflow as tf
tf.debugging.set_log_device_placement(False)
tf.config.set_soft_device_placement(False)
print(tf.config.list_physical_devices())
# %%
rng = np.random.default_rng(6)
faces = tf.constant(rng.random((32, 48)).astype("float32"))
emotion_w = tf.Variable(tf.random.normal([48, 7], seed=4))
# %%
def predict_emotions(batch):
    with tf.device("/GPU:0"):
        logits = tf.matmul(batch, emotion_w)
        return tf.nn.softmax(logits)
probs = predict_emotions(faces)
