# source: https://github.com/tensorlayer/TensorLayer/issues/155
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: keep_prob
# expect: keep_prob is a placeholder_with_default(1.0), so training feeds 0.5 and the prediction run may leave it out; nothing is wrong and no finding should be reported.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(19)
spectra = rng.normal(size=(96, 30)).astype("float32")
grade = rng.integers(0, 3, size=96).astype("int64")
# %%
spec_in = tf.compat.v1.placeholder(tf.float32, [None, 30], name="spec_in")
grade_in = tf.compat.v1.placeholder(tf.int64, [None], name="grade_in")
keep_prob = tf.compat.v1.placeholder_with_default(1.0, shape=(), name="keep_prob")
w_h = tf.compat.v1.get_variable("w_h", [30, 24])
w_o = tf.compat.v1.get_variable("w_o", [24, 3])
hidden = tf.nn.dropout(tf.nn.relu(tf.matmul(spec_in, w_h)), rate=1.0 - keep_prob)
logits = tf.matmul(hidden, w_o)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=grade_in, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(1e-2).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for s in range(0, 96, 32):
    sess.run(train_op, {spec_in: spectra[s:s + 32], grade_in: grade[s:s + 32], keep_prob: 0.5})
# %%
predicted_grade = sess.run(tf.argmax(logits, 1), feed_dict={spec_in: spectra[:5]})
print(predicted_grade)
