# source: https://github.com/jazzsaxmafia/video_to_sequence/issues/16
# family: feed_mismatch
# raises: ValueError
# cause: 1:10, 3:1
# raise: 3:3
# culprit: encode_rows | features
# expect: encode_rows one-hot encodes the categorical column with the categories present in the split it is given, so the test matrix has fewer columns (the test split lacks some categories) than the 12 the features placeholder was built for. Encode the test split with the training categories.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(8)
train_cat = rng.integers(0, 8, 200)
test_cat = rng.integers(0, 5, 40)
numeric_train, numeric_test = rng.normal(size=(200, 4)), rng.normal(size=(40, 4))

def encode_rows(categories, numeric):
    levels = np.unique(categories)
    onehot = (categories[:, None] == levels[None, :]).astype("float32")
    return np.hstack([numeric.astype("float32"), onehot])

train_matrix = encode_rows(train_cat, numeric_train)
labels = (numeric_train[:, 0] > 0).astype("float32")[:, None]
# %%
features = tf.compat.v1.placeholder(tf.float32, [None, train_matrix.shape[1]], name="features")
target = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target")
w = tf.Variable(tf.zeros([train_matrix.shape[1], 1]))
logit = tf.matmul(features, w)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=target, logits=logit))
fit = tf.compat.v1.train.AdamOptimizer(0.05).minimize(loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for _ in range(3):
    sess.run(fit, {features: train_matrix, target: labels})
# %%
test_matrix = encode_rows(test_cat, numeric_test)
probs = tf.sigmoid(logit)
test_probs = sess.run(probs, {features: test_matrix})
