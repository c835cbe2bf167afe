# family: other
# raises: TypeError
# culprit: update
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
weight = tf.compat.v1.get_variable("weight", [2], initializer=tf.compat.v1.ones_initializer())
cost = tf.reduce_sum(tf.square(weight))


def make_update(target, rate=0.1):
    step = tf.compat.v1.train.GradientDescentOptimizer(rate).minimize(target)
    if rate > 1.0:
        return None
    print("built", step.name)  # <- cause


update = make_update(cost)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    sess.run(update)  # <- raises
