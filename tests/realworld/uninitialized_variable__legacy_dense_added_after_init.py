# source: https://github.com/tensorflow/tensorflow/issues/15175
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:2
# raise: 3:3
# culprit: score_head
# expect: tf.compat.v1.layers.dense in cell 3 creates score_head/kernel and score_head/bias after cell 2 ran the initializer, so they were never initialized; run the initializer after the last layer is added (or initialize the new layer's variables).
# env: TF_USE_LEGACY_KERAS=1
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
survey = tf.compat.v1.placeholder(tf.float32, [None, 12], name="survey")
hidden = tf.compat.v1.layers.dense(survey, 16, activation=tf.nn.relu, name="hidden")
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
risk = tf.compat.v1.layers.dense(hidden, 1, activation=tf.nn.sigmoid, name="score_head")
answers = np.random.rand(3, 12).astype("float32")
print(sess.run(risk, {survey: answers}))
