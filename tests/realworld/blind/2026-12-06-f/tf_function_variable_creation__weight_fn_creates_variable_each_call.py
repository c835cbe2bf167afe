# source: https://github.com/tensorflow/tensorflow/issues/51453
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 3:3
# culprit: weight_fn | tf.Variable
# expect: weight_fn is a @tf.function that creates a new tf.Variable on every call; tf.function only allows variables created once on the first trace; create the variables outside (e.g. in a Module/Layer __init__ or build) and only use them inside the function.
# %%
import tensorflow as tf

shapes = [(4, 8), (8, 8), (8, 2)]
# %%
@tf.function
def weight_fn(shape):
    w = tf.Variable(tf.random.truncated_normal(shape, stddev=0.1))
    return w
# %%
layer_weights = []
for s in shapes:
    layer_weights.append(weight_fn(s))
