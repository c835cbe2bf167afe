# source: https://github.com/keras-team/keras/issues/8630
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 2:10
# raise: 3:5
# culprit: TaskRouter | task_id | if
# expect: TaskRouter.call branches with a Python `if` on the value of the task_id tensor; when the functional model is built the inputs are symbolic, so the condition cannot be turned into a Python bool ("Using a symbolic `tf.Tensor` as a Python `bool` is not allowed"). Compute both heads and pick per sample with tf.where(task_id == 1, head_a, head_b) (or keras.ops.cond for a scalar condition).
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

N_FEATURES = 50
rng = np.random.default_rng(17)
x_data = rng.normal(size=(32, N_FEATURES)).astype("float32")
task_ids = rng.integers(1, 3, size=(32, 1)).astype("float32")
y_data = rng.normal(size=(32, 1)).astype("float32")
# %%
class TaskRouter(layers.Layer):
    """Routes the shared features to the head of the requested task."""
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.head_t1 = layers.Dense(1, name="T1")
        self.head_t2 = layers.Dense(1, name="T2")

    def call(self, inputs):
        feats, task_id = inputs
        if tf.reduce_all(tf.equal(task_id, 1.0)):
            return self.head_t1(feats)
        return self.head_t2(feats)
# %%
x_tensor = keras.Input(shape=(N_FEATURES,))
a_tensor = keras.Input(shape=(1,))
h = layers.Dense(32, activation="relu")(x_tensor)
h = layers.Dropout(0.5)(h)
out = TaskRouter()([h, a_tensor])
multi_task = keras.Model([x_tensor, a_tensor], out)
