# source: https://github.com/tensorflow/models/issues/719
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:5
# culprit: global_step | trainable_variables
# expect: The session only initializes tf.compat.v1.trainable_variables(), but global_step was created with trainable=False (and the Momentum slots are not trainable either), so the first training step reads uninitialized variables; use global_variables_initializer() instead.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(71)
pixels = rng.rand(40, 12).astype(np.float32)
is_defect = (pixels.mean(axis=1, keepdims=True) > 0.5).astype(np.float32)
# %%
pix_in = tf.compat.v1.placeholder(tf.float32, [None, 12], name="pix_in")
label_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="label_in")
global_step = tf.Variable(0, trainable=False, name="global_step")
w = tf.Variable(tf.random.normal([12, 1], stddev=0.1), name="w")
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=label_in, logits=tf.matmul(pix_in, w)))
lr = tf.compat.v1.train.exponential_decay(0.1, global_step, decay_steps=10, decay_rate=0.9)
train_op = tf.compat.v1.train.MomentumOptimizer(lr, 0.9).minimize(loss, global_step=global_step)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.variables_initializer(tf.compat.v1.trainable_variables()))
print("initialized", [v.name for v in tf.compat.v1.trainable_variables()])
for step in range(3):
    _, l = sess.run([train_op, loss], {pix_in: pixels, label_in: is_defect})
    print(step, l)
