# source: https://github.com/madrugado/Attention-Based-Aspect-Extraction/issues/21
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:1
# raise: 3:3
# culprit: get_compiled_model | tf.function
# expect: get_compiled_model is decorated with @tf.function, so building the model (which creates its weight variables) happens inside a traced function; the second call for the next fold creates new variables on a non-first call, which tf.function forbids. Remove @tf.function from the model-building function and only decorate the per-step computation.
# %%
import numpy as np
import tensorflow as tf
import keras
sentences = np.random.rand(40, 16).astype("float32")
aspects = np.random.rand(40, 4).astype("float32")
# %%
@tf.function
def get_compiled_model():
    inp = keras.Input((16,))
    hidden = keras.layers.Dense(8, activation="tanh")(inp)
    out = keras.layers.Dense(4)(hidden)
    net = keras.Model(inp, out)
    return net(tf.constant(sentences[:2]))
# %%
fold_outputs = []
for fold in range(2):
    fold_outputs.append(get_compiled_model())
