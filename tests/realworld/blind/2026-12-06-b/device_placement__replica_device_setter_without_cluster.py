# source: https://github.com/tensorflow/tensorflow/issues/23697
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:3
# culprit: /job:ps/task:0 | replica_device_setter
# expect: The model is built under tf.compat.v1.train.replica_device_setter(ps_tasks=1), which pins the variables to /job:ps/task:0, but the session is a plain local one whose only device is /job:localhost CPU, so the variables cannot be placed. Drop the device setter for local runs (or connect the session to a cluster that has a ps job).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
hparams = {"features": 12, "hidden": 24, "lr": 0.01}
rng = np.random.default_rng(4)
batch_x = rng.normal(size=(32, hparams["features"])).astype("float32")
batch_y = rng.normal(size=(32, 1)).astype("float32")
# %%
with tf.compat.v1.device(tf.compat.v1.train.replica_device_setter(ps_tasks=1)):
    inputs = tf.compat.v1.placeholder(tf.float32, [None, hparams["features"]])
    targets = tf.compat.v1.placeholder(tf.float32, [None, 1])
    w_h = tf.compat.v1.get_variable("w_h", [hparams["features"], hparams["hidden"]])
    w_o = tf.compat.v1.get_variable("w_o", [hparams["hidden"], 1])
    preds = tf.matmul(tf.nn.relu(tf.matmul(inputs, w_h)), w_o)
    loss = tf.reduce_mean(tf.square(preds - targets))
    train_op = tf.compat.v1.train.RMSPropOptimizer(hparams["lr"]).minimize(loss)
# %%
sess = tf.compat.v1.Session()
init = tf.compat.v1.global_variables_initializer()
sess.run(init)
