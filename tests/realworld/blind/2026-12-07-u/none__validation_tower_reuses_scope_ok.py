# source: https://github.com/DrSleep/tensorflow-deeplab-resnet/issues/157
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: no problem: the validation copy of the segmentation net is built a second time with get_variable under variable_scope("seg_net", reuse=True), so it shares the training variables instead of creating new ones; both towers run in one session after a single global initializer.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

def seg_net(images, is_training):
    w1 = tf1.get_variable("conv1/weights", [3, 3, 3, 8])
    w2 = tf1.get_variable("cls/weights", [1, 1, 8, 5])
    h = tf.nn.relu(tf.nn.conv2d(images, w1, strides=1, padding="SAME"))
    if is_training:
        h = tf.nn.dropout(h, rate=0.1)
    return tf.nn.conv2d(h, w2, strides=1, padding="SAME")
# %%
train_images = tf1.placeholder(tf.float32, [None, 32, 32, 3])
train_labels = tf1.placeholder(tf.int32, [None, 32, 32])
with tf1.variable_scope("seg_net"):
    train_logits = seg_net(train_images, is_training=True)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=train_labels, logits=train_logits))
train_op = tf1.train.MomentumOptimizer(1e-3, 0.9).minimize(loss)
# %%
val_images = tf1.placeholder(tf.float32, [None, 32, 32, 3])
with tf1.variable_scope("seg_net", reuse=True):
    val_logits = seg_net(val_images, is_training=False)
val_pred = tf.argmax(val_logits, axis=-1)
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for it in range(3):
    xb = np.random.rand(4, 32, 32, 3)
    yb = np.random.randint(0, 5, size=(4, 32, 32))
    sess.run(train_op, {train_images: xb, train_labels: yb})
print(sess.run(val_pred, {val_images: np.random.rand(2, 32, 32, 3)}).shape, len(tf1.global_variables()))
