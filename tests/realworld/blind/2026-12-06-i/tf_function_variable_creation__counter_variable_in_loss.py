# source: https://github.com/tensorflow/tensorflow/issues/40229
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:4
# raise: 3:1
# culprit: seen_boxes | grid_loss
# expect: grid_loss is decorated with @tf.function and creates a tf.Variable (seen_boxes) in its body on every call, which tf.function does not allow. Create the variable once outside the function (or drop it and use a plain tensor).
# %%
import numpy as np
import tensorflow as tf
GRID = 4
rng = np.random.default_rng(9)
y_true = tf.constant(rng.random((2, GRID, GRID, 5)), tf.float32)
y_pred = tf.constant(rng.random((2, GRID, GRID, 5)), tf.float32)
# %%
@tf.function
def grid_loss(y_true, y_pred):
    cell_x = tf.cast(tf.reshape(tf.tile(tf.range(GRID), [GRID]), (1, GRID, GRID, 1)), tf.float32)
    seen_boxes = tf.Variable(0.0, trainable=False)
    seen_boxes.assign_add(tf.reduce_sum(y_true[..., 4]))
    xy_loss = tf.reduce_sum(tf.square(y_true[..., :2] + cell_x - y_pred[..., :2] - cell_x))
    return xy_loss / (seen_boxes + 1e-6)
# %%
loss_value = grid_loss(y_true, y_pred)
print(loss_value)
