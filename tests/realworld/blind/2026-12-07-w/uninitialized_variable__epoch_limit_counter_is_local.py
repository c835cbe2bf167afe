# source: https://github.com/tensorflow/tensorflow/issues/1045
# family: uninitialized_variable
# raises: NotFoundError
# cause: 3:2
# raise: 3:4
# culprit: limit_epochs/epochs | init_op
# expect: setting num_epochs makes limit_epochs create its epoch counter as a LOCAL variable (limit_epochs/epochs); init_op only covers global variables, so the first read of the limited filename tensor hits an uninitialized counter (with resource variables TensorFlow reports it as NotFoundError "Could not find variable limit_epochs/epochs ... uninitialized"). Run tf.compat.v1.local_variables_initializer() too (e.g. tf.group(global, local)).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
record_files = tf.constant(["/tmp/shard-0.tfrecords", "/tmp/shard-1.tfrecords"])
# %%
limited_files = tf.compat.v1.train.limit_epochs(record_files, num_epochs=1)
file_names = tf.strings.join([limited_files, ".gz"])
step_counter = tf.Variable(0, name="step_counter")
bump = step_counter.assign_add(1)
# %%
sess = tf.compat.v1.Session()
init_op = tf.compat.v1.global_variables_initializer()
sess.run(init_op)
print(sess.run([file_names, bump]))
