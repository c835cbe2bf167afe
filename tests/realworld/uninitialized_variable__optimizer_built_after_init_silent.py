# source: https://github.com/fizyr/keras-retinanet/issues/646
# family: uninitialized_variable
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: beta1_power | Adam
# expect: The cell ran the initializer and then created the Adam optimizer, whose slots and beta1_power/beta2_power are left uninitialized; the next sess.run(train_op) will fail. Warn now, naming the variables created after the initializer.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
anchors = tf.compat.v1.placeholder(tf.float32, [None, 4])
regress_w = tf.Variable(tf.zeros([4, 4]), name="regress_w")
box_loss = tf.reduce_mean(tf.abs(tf.matmul(anchors, regress_w) - anchors))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
train_op = tf.compat.v1.train.AdamOptimizer(1e-4).minimize(box_loss)
print("model ready")
