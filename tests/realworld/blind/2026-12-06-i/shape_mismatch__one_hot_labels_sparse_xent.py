# source: https://github.com/aymericdamien/TensorFlow-Examples/issues/224
# family: shape_mismatch
# raises: ValueError
# cause: 1:9
# raise: 3:3
# culprit: labels | sparse_softmax_cross_entropy_with_logits | one_hot
# expect: The input pipeline one-hot encodes the labels, but the loss uses tf.nn.sparse_softmax_cross_entropy_with_logits, which wants integer class ids of rank logits-1. Keep integer labels (drop the one_hot) or use softmax_cross_entropy_with_logits.
# %%
import numpy as np
import tensorflow as tf
import keras
N_CLASSES = 10
rng = np.random.default_rng(0)
pixels = rng.random((40, 784)).astype("float32")
digits = rng.integers(0, N_CLASSES, size=40)
ds = tf.data.Dataset.from_tensor_slices((pixels, digits))
ds = ds.map(lambda x, y: (x, tf.one_hot(y, N_CLASSES))).batch(10)
# %%
net = keras.Sequential([keras.Input((784,)), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(N_CLASSES)])
opt = keras.optimizers.Adam(1e-3)
def loss_op(logits, labels):
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(logits=logits, labels=labels))
# %%
for batch_x, batch_y in ds:
    with tf.GradientTape() as tape:
        loss = loss_op(net(batch_x), batch_y)
    opt.apply_gradients(zip(tape.gradient(loss, net.trainable_variables), net.trainable_variables))
