# source: https://github.com/tensorflow/tensorflow/issues/37440
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 1:6
# raise: 1:6
# culprit: within_tolerance
# expect: The metric within_tolerance loops over y_true and y_pred with a Python for/zip. Keras traces metrics in graph mode without AutoGraph, and iterating over a symbolic tensor is not allowed. Vectorise it: keras.ops.mean(keras.ops.cast(keras.ops.abs(y_true - y_pred) < 0.1, "float32")).
# %%
import numpy as np
import keras

def within_tolerance(y_true, y_pred):
    hits = 0.0
    for true_row, pred_row in zip(y_true, y_pred):
        hits += keras.ops.cast(keras.ops.abs(true_row - pred_row)[0] < 0.1, "float32")
    return hits / keras.ops.cast(keras.ops.shape(y_true)[0], "float32")

x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
reg = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
reg.compile(optimizer="sgd", loss="mse", metrics=[within_tolerance])
reg.fit(x, y, epochs=1, batch_size=8, verbose=0)
