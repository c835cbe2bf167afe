# source: https://github.com/tensorflow/tensorflow/issues/8162
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:3
# raise: 3:3
# culprit: label_counts | prior_bias
# expect: prior_bias takes its initial value from the variable label_counts; global_variables_initializer runs all initializers together, so prior_bias's initializer reads label_counts before it was initialized (FailedPreconditionError naming label_counts). Compute the prior from the numpy counts, or run label_counts.initializer before prior_bias.initializer.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(18)
doc_feats = rng.random((40, 20)).astype("float32")
doc_labels = rng.integers(0, 3, size=40)
counts_np = np.bincount(doc_labels, minlength=3).astype("float32")
# %%
docs = tf.compat.v1.placeholder(tf.float32, [None, 20], name="docs")
label_counts = tf.Variable(counts_np, trainable=False, name="label_counts")
prior_bias = tf.Variable(tf.math.log(label_counts / tf.reduce_sum(label_counts)), name="prior_bias")
weights = tf.compat.v1.get_variable("weights", [20, 3], initializer=tf.compat.v1.zeros_initializer())
logits = tf.matmul(docs, weights) + prior_bias
probs = tf.nn.softmax(logits)
# %%
sess = tf.compat.v1.Session()
init_op = tf.compat.v1.global_variables_initializer()
sess.run(init_op)
print(sess.run(probs, {docs: doc_feats[:2]}))
