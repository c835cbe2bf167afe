# source: https://github.com/fferroni/PhasedLSTM-Keras/issues/8
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:4
# raise: 3:3
# culprit: gate_layer | phase_gate
# expect: the session's global_variables_initializer ran in cell 2, before the extra Dense layer gate_layer was created in cell 3; its kernel and bias were never initialized, so the run fails. Create every layer first and run the initializer afterwards (or initialize gate_layer's variables).
# env: TF_USE_LEGACY_KERAS=1
# %%
import numpy as np
import tensorflow as tf
import tf_keras
tf.compat.v1.disable_eager_execution()
signal = np.sin(np.linspace(0, 20, 400)).reshape(-1, 10, 1).astype("float32")
# %%
seq_in = tf.compat.v1.placeholder(tf.float32, [None, 10, 1])
encoded = tf_keras.layers.LSTM(6)(seq_in)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(encoded, {seq_in: signal[:2]}).shape)
# %%
gate_layer = tf_keras.layers.Dense(6, activation="sigmoid", name="phase_gate")
gated = encoded * gate_layer(encoded)
print(sess.run(gated, {seq_in: signal[:4]}))
