# source: https://github.com/MrGiovanni/UNetPlusPlus/issues/30
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:9, 3:1
# raise: 3:6
# culprit: Adam | beta1_power
# expect: AdamOptimizer.minimize() in cell 3 creates new variables (the Adam m/v slots and beta1_power/beta2_power) after global_variables_initializer() ran in cell 2, so the train step reads uninitialized optimizer variables. Build the train op before running the initializer, or initialize the optimizer's variables.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(7)
pixels = rng.random((128, 64), dtype=np.float32)
masks = (rng.random((128, 64)) > 0.5).astype(np.float32)
# %%
img_ph = tf.compat.v1.placeholder(tf.float32, [None, 64], name="img")
mask_ph = tf.compat.v1.placeholder(tf.float32, [None, 64], name="mask")
with tf.compat.v1.variable_scope("seg_head"):
    kernel = tf.compat.v1.get_variable("kernel", [64, 64])
    bias = tf.compat.v1.get_variable("bias", [64], initializer=tf.compat.v1.zeros_initializer())
logits = tf.matmul(img_ph, kernel) + bias
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=mask_ph, logits=logits))
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
train_step = tf.compat.v1.train.AdamOptimizer(learning_rate=1e-3).minimize(loss)
history = []
for epoch in range(3):
    for start in range(0, 128, 32):
        batch = {img_ph: pixels[start:start + 32], mask_ph: masks[start:start + 32]}
        _, batch_loss = sess.run([train_step, loss], feed_dict=batch)
        history.append(batch_loss)
