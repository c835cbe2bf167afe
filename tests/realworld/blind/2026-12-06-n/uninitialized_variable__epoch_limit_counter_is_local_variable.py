# source: https://github.com/tensorflow/tensorflow/issues/3848
# family: uninitialized_variable
# raises: OutOfRangeError
# cause: 3:2, 2:1
# raise: 3:7
# culprit: limit_epochs | epochs | local_variables_initializer
# expect: slice_input_producer(num_epochs=EPOCHS) keeps its epoch counter (input_producer/limit_epochs/epochs) in a LOCAL variable; only global_variables_initializer() ran, so the queue-runner thread fails on the uninitialized counter, the queue is closed empty and the training sess.run gets OutOfRangeError. Also run tf.compat.v1.local_variables_initializer() before starting the queue runners.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(11)
sensor_rows = rng.rand(30, 6).astype("float32")
fault_flags = rng.randint(0, 2, size=30).astype("int32")
EPOCHS = 2
BATCH = 8
# %%
row, flag = tf.compat.v1.train.slice_input_producer([sensor_rows, fault_flags], num_epochs=EPOCHS, shuffle=True, seed=1)
row_batch, flag_batch = tf.compat.v1.train.batch([row, flag], batch_size=BATCH)
clf_w = tf.Variable(tf.zeros([6, 2]), name="clf_w")
logits = tf.matmul(row_batch, clf_w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=flag_batch, logits=logits))
train_step = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
coord = tf.compat.v1.train.Coordinator()
threads = tf.compat.v1.train.start_queue_runners(sess=sess, coord=coord)
losses = []
for i in range(6):
    _, batch_loss = sess.run([train_step, loss])
    losses.append(batch_loss)
print(losses)
