# source: https://github.com/tensorflow/tensor2tensor/issues/125
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:5
# culprit: global_step | variables_initializer
# expect: the session initializes only tf.trainable_variables(), but global_step (trainable=False) and the momentum optimizer's slot variables are not trainable, so the first train_op run reads an uninitialized global_step. Run tf.global_variables_initializer() (or include the non-trainable variables in the initializer).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
src = np.random.randint(0, 30, size=(64, 10))
tgt = np.random.randint(0, 30, size=(64,))
# %%
src_ph = tf1.placeholder(tf.int32, [None, 10])
tgt_ph = tf1.placeholder(tf.int32, [None])
global_step = tf1.train.get_or_create_global_step()
table = tf1.get_variable("body/embedding", [30, 16])
proj = tf1.get_variable("body/proj", [16, 30])
logits = tf.matmul(tf.reduce_mean(tf.nn.embedding_lookup(table, src_ph), axis=1), proj)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tgt_ph, logits=logits))
lr = tf1.train.exponential_decay(0.1, global_step, 100, 0.9)
train_op = tf1.train.MomentumOptimizer(lr, 0.9).minimize(loss, global_step=global_step)
# %%
sess = tf1.Session()
sess.run(tf1.variables_initializer(tf1.trainable_variables()))
for step in range(5):
    feed = {src_ph: src, tgt_ph: tgt}
    _, step_loss = sess.run([train_op, loss], feed)
print(step_loss)
