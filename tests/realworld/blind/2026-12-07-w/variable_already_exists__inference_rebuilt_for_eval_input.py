# source: https://github.com/caicloud/tensorflow-tutorial/issues/73
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: layer1/weights | inference
# expect: inference() creates layer1/weights and layer2/weights with get_variable; calling it a second time in the same graph for the evaluation input tries to create layer1/weights again with reuse off. Call it under tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=True) (or pass reuse=True down) so the evaluation graph shares the training weights.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
IN_NODES, HIDDEN, OUT_NODES = 20, 16, 4

def inference(input_tensor):
    with tf.compat.v1.variable_scope("layer1"):
        weights = tf.compat.v1.get_variable("weights", [IN_NODES, HIDDEN])
        biases = tf.compat.v1.get_variable("biases", [HIDDEN], initializer=tf.compat.v1.zeros_initializer())
        hidden = tf.nn.relu(tf.matmul(input_tensor, weights) + biases)
    with tf.compat.v1.variable_scope("layer2"):
        weights = tf.compat.v1.get_variable("weights", [HIDDEN, OUT_NODES])
        biases = tf.compat.v1.get_variable("biases", [OUT_NODES], initializer=tf.compat.v1.zeros_initializer())
        return tf.matmul(hidden, weights) + biases
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, IN_NODES], name="x-input")
y_ = tf.compat.v1.placeholder(tf.int64, [None], name="y-input")
y = inference(x)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_, logits=y))
train_step = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
x_eval = tf.compat.v1.placeholder(tf.float32, [None, IN_NODES], name="x-eval")
eval_logits = inference(x_eval)
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(eval_logits, 1), y_), tf.float32))
