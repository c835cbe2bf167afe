# source: https://github.com/experiencor/keras-yolo3/issues/332
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:9
# raise: 3:1
# culprit: batch_seen | YoloHead
# expect: YoloHead.call creates a fresh tf.Variable (batch_seen) on every call; fit traces call inside a tf.function, which only allows variables created once on the first trace, so training fails. Create the counter once in __init__/build with self.add_weight(..., trainable=False) and only assign_add it in call.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
class YoloHead(keras.layers.Layer):
    def __init__(self, warmup=3, **kw):
        super().__init__(**kw)
        self.warmup = warmup
    def call(self, feats):
        batch_seen = tf.Variable(0.0, trainable=False)
        batch_seen.assign_add(1.0)
        scale = tf.where(batch_seen < self.warmup, 0.1, 1.0)
        return feats * scale
# %%
detector = keras.Sequential([keras.Input((13,)), keras.layers.Dense(8), YoloHead()])
detector.compile(optimizer="adam", loss="mse")
# %%
detector.fit(np.random.rand(32, 13), np.random.rand(32, 8), epochs=1, verbose=0)
