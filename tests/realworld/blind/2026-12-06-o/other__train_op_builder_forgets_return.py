# source: https://github.com/titu1994/neural-architecture-search/issues/21
# family: other
# raises: TypeError
# cause: 2:5
# raise: 3:2
# culprit: make_train_op | train_op
# expect: make_train_op builds the clipped apply_gradients op but never returns it, so train_op is None and sess.run rejects the None fetch; add `return train_op` at the end of the helper.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(11)
pixels = rng.random((32, 16)).astype(np.float32)
digit = rng.integers(0, 4, size=32)

img_in = tf.compat.v1.placeholder(tf.float32, [None, 16], name="img_in")
label_in = tf.compat.v1.placeholder(tf.int64, [None], name="label_in")
w1 = tf.compat.v1.get_variable("w1", [16, 12])
w2 = tf.compat.v1.get_variable("w2", [12, 4])
logits = tf.matmul(tf.nn.relu(tf.matmul(img_in, w1)), w2)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_in, logits=logits))
# %%
def make_train_op(loss_tensor, lr=0.1, clip=1.0):
    opt = tf.compat.v1.train.GradientDescentOptimizer(lr)
    grads_and_vars = opt.compute_gradients(loss_tensor)
    clipped = [(tf.clip_by_norm(g, clip), v) for g, v in grads_and_vars]
    train_op = opt.apply_gradients(clipped)

train_op = make_train_op(loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for epoch in range(3):
    _, loss_val = sess.run([train_op, loss], {img_in: pixels, label_in: digit})
    print(epoch, loss_val)
