# source: https://github.com/cmgreen210/TensorFlowDeepAutoencoder/issues/8
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:1, 3:3
# raise: 3:3
# culprit: encoder_w | encoder_b
# expect: The variables were initialized in train_sess, but saver.save reads them through export_sess, a different session in which no initializer ever ran; variable values live per session. Save with the session that trained (or initialize/restore in export_sess).
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

encoder_w = tf.Variable(tf.random.normal([20, 4]), name="encoder_w")
encoder_b = tf.Variable(tf.zeros([4]), name="encoder_b")
saver = tf.compat.v1.train.Saver()
out_dir = tempfile.mkdtemp()
# %%
train_sess = tf.compat.v1.Session()
train_sess.run(tf.compat.v1.global_variables_initializer())
train_sess.run(encoder_w.assign_add(tf.ones([20, 4])))
# %%
export_sess = tf.compat.v1.Session()
print("exporting autoencoder weights")
saver.save(export_sess, os.path.join(out_dir, "autoencoder"))
