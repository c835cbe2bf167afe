# source: https://github.com/tensorflow/tensorflow/issues/21344
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:3
# raise: 3:1
# culprit: global_step | step_counter
# expect: the global_step variable step_counter is read in a session in which no initializer ever ran; run tf.compat.v1.global_variables_initializer() (or step_counter.initializer) in sess right after creating it, before reading the step
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
step_counter = tf.compat.v1.Variable(10, trainable=False, name="global_step")
decayed_lr = tf.compat.v1.train.exponential_decay(0.1, step_counter, 100, 0.96)
sess = tf.compat.v1.Session()
# %%
print("global step:", tf.compat.v1.train.global_step(sess, step_counter))
print("learning rate:", sess.run(decayed_lr))
