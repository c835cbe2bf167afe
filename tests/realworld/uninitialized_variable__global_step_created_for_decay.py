# source: https://github.com/tensorflow/models/issues/720
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:1
# raise: 2:4
# culprit: global_step
# expect: get_or_create_global_step() in cell 2 creates the global_step variable after cell 1 ran the initializer, so the decayed learning rate reads an uninitialized global_step; create it before initializing (or initialize it).
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
caption_w = tf.Variable(tf.random.normal([512, 300]), name="caption_w")
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
step = tf.compat.v1.train.get_or_create_global_step()
learning_rate = tf.compat.v1.train.exponential_decay(2.0, step, decay_steps=8000, decay_rate=0.5)
print("schedule built")
print(sess.run(learning_rate))
