# source: https://github.com/tensorflow/tensorflow/issues/39173
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Correct: the MeanIoU subclass takes argmax over the class axis of the softmax output before updating the confusion matrix, so integer masks and probability maps line up; training runs and reports IoU. No error or warning is expected.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(13)
scans = rng.random((8, 12, 12, 1)).astype("float32")
organ_ids = rng.integers(0, 4, size=(8, 12, 12, 1)).astype("int32")
# %%
class ArgmaxMeanIoU(keras.metrics.MeanIoU):
    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(y_true, tf.argmax(y_pred, axis=-1), sample_weight)

inp = keras.Input((12, 12, 1))
feat = keras.layers.Conv2D(6, 3, padding="same", activation="relu")(inp)
probs = keras.layers.Conv2D(4, 1, activation="softmax")(feat)
organ_net = keras.Model(inp, probs)
organ_net.compile("adam", "sparse_categorical_crossentropy", metrics=[ArgmaxMeanIoU(num_classes=4)])
# %%
hist = organ_net.fit(scans, organ_ids, batch_size=4, epochs=1, verbose=0)
print(sorted(hist.history))
