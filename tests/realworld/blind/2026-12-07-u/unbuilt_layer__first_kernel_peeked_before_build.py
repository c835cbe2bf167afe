# source: https://github.com/tensorflow/tensorflow/issues/26948
# family: unbuilt_layer
# raises: IndexError
# cause: 2:1
# raise: 3:1
# culprit: perceptron
# expect: perceptron is a Sequential with no input shape and it has not been called yet, so none of its layers are built and perceptron.trainable_variables is an empty list; indexing [0] fails. Give the model an Input (or call build / run it on data once) before inspecting its weights.
# %%
import numpy as np
import tensorflow as tf
import keras
xs = np.linspace(-1, 1, 50).reshape(-1, 1).astype("float32")
ys = 3 * xs + 0.5
# %%
perceptron = keras.Sequential([keras.layers.Dense(1, name="unit")])
perceptron.compile(optimizer="sgd", loss="mse")
# %%
w0 = perceptron.trainable_variables[0]
print("initial weight", w0.numpy())
perceptron.fit(xs, ys, epochs=2, verbose=0)
