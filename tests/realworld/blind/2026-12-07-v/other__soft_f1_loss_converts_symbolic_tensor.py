# source: https://github.com/keras-team/keras/issues/16998
# family: other
# raises: NotImplementedError
# cause: 2:2
# raise: 3:1
# culprit: soft_f1_cost
# expect: the custom loss converts y_true/y_pred with np.asarray, but during fit they are symbolic tensors of the traced train step, which cannot become NumPy arrays. Write the soft-F1 cost with TensorFlow ops (tf.reduce_sum on y_true * y_pred) so it stays in the graph and is differentiable.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
feats = np.random.rand(80, 5).astype("float32")
flags = (np.random.rand(80, 1) > 0.5).astype("float32")
# %%
def soft_f1_cost(y_true, y_pred):
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    tp = (t * p).sum()
    return 1.0 - 2 * tp / (t.sum() + p.sum() + 1e-7)
scorer = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1, activation="sigmoid")])
scorer.compile(optimizer="adam", loss=soft_f1_cost)
# %%
scorer.fit(feats, flags, epochs=2, verbose=0)
