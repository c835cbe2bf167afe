# source: https://github.com/caicloud/tensorflow-tutorial/issues/103
# family: variable_not_found
# raises: ValueError
# cause: 1:11
# raise: 1:13
# culprit: layer2/bias | bias
# expect: After reuse_variables() every get_variable in the scope must already exist; layer2/bias is asked for the first time after the call, so it is not found. Create all variables before reuse_variables() or use AUTO_REUSE.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

inputs = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("layer1"):
    w1 = tf.compat.v1.get_variable("weights", [10, 10])
hidden = tf.nn.relu(tf.matmul(inputs, w1))
with tf.compat.v1.variable_scope("layer2") as scope:
    w2 = tf.compat.v1.get_variable("weights", [10, 2])
    logits_a = tf.matmul(hidden, w2)
    scope.reuse_variables()
    w2_again = tf.compat.v1.get_variable("weights", [10, 2])
    bias = tf.compat.v1.get_variable("bias", [2])
