# source: https://github.com/tensorflow/addons/issues/1911
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 4:2
# raise: 4:4
# culprit: optimizer | resume_ckpt
# expect: The training checkpoint was written with tf.train.Checkpoint(model=..., optimizer=...), but resume_ckpt only tracks the model, so the optimizer's saved iteration counter and slots have no Python object to go to and assert_consumed() fails with "Unresolved object in checkpoint (root).optimizer...". Include the optimizer in the restoring Checkpoint (and build its variables) or use expect_partial() if only the weights are wanted.
# %%
import tempfile
import numpy as np
import tensorflow as tf
from tensorflow import keras
ckpt_prefix = tempfile.mkdtemp() + "/train"
# %%
def make_net():
    return keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(8, activation="relu"),
                             keras.layers.Dense(2)])
net = make_net()
opt = keras.optimizers.Adam(1e-3)
rng = np.random.default_rng(15)
for _ in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(net(rng.random((8, 4)).astype("float32"))))
    opt.apply_gradients(zip(tape.gradient(loss, net.trainable_variables), net.trainable_variables))
# %%
saved_path = tf.train.Checkpoint(model=net, optimizer=opt).save(ckpt_prefix)
print(saved_path)
# %%
resumed_net = make_net()
resume_ckpt = tf.train.Checkpoint(model=resumed_net)
status = resume_ckpt.restore(saved_path)
status.assert_consumed()
