# source: https://github.com/Tencent/PocketFlow/issues/27
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:4, 2:6
# raise: 2:9
# culprit: model/resnet_mini/conv1/weights | model/
# expect: The checkpoint was written from a graph whose variables are resnet_mini/..., but the restoring graph builds the same net inside variable_scope("model"), so the Saver looks for model/resnet_mini/conv1/weights, which is not in the checkpoint. Build the net without the extra scope, or give the Saver a var_list that maps the checkpoint names (without the model/ prefix) to the new variables.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

CKPT_DIR = "/tmp/blind13_resnet_mini"
os.makedirs(CKPT_DIR, exist_ok=True)

def resnet_mini(images):
    with tf1.variable_scope("resnet_mini"):
        with tf1.variable_scope("conv1"):
            k1 = tf1.get_variable("weights", [3, 3, 3, 8])
            h = tf.nn.relu(tf.nn.conv2d(images, k1, strides=1, padding="SAME"))
        with tf1.variable_scope("logits"):
            wl = tf1.get_variable("weights", [8, 5])
            return tf.matmul(tf.reduce_mean(h, axis=[1, 2]), wl)

images = tf1.placeholder(tf.float32, [None, 16, 16, 3], name="images")
scores = resnet_mini(images)
with tf1.Session() as sess:
    sess.run(tf1.global_variables_initializer())
    ckpt_path = tf1.train.Saver().save(sess, os.path.join(CKPT_DIR, "model.ckpt"))
print("saved", ckpt_path)
# %%
tf1.reset_default_graph()
images = tf1.placeholder(tf.float32, [None, 16, 16, 3], name="images")
batch = np.random.default_rng(0).random((2, 16, 16, 3)).astype(np.float32)
with tf1.variable_scope("model"):
    scores = resnet_mini(images)
saver = tf1.train.Saver()
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
saver.restore(sess, ckpt_path)
print(sess.run(scores, {images: batch}))
