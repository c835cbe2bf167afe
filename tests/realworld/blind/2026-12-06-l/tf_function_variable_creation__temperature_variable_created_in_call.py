# source: https://github.com/tensorflow/tensorflow/issues/105654
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:10
# raise: 3:1
# culprit: temperature | call
# expect: CalibratedScorer.call creates a new tf.Variable (self.temperature) every time it runs; fit() runs call inside a tf.function, which only allows variables created on the first trace, so training fails. Create the temperature once (in __init__ or build, e.g. with self.add_weight) and only read it in call.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(12)
features = rng.normal(size=(64, 5)).astype(np.float32)
clicked = (features[:, :1] + 0.3 * rng.normal(size=(64, 1)) > 0).astype(np.float32)
# %%
class CalibratedScorer(keras.Model):
    def __init__(self, hidden=16, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.logit = keras.layers.Dense(1)

    def call(self, inputs):
        h = self.hidden(inputs)
        logits = self.logit(h)
        self.temperature = tf.Variable(1.5, trainable=False, name="temperature")
        return tf.sigmoid(logits / self.temperature)

scorer = CalibratedScorer()
scorer.compile(optimizer="adam", loss="binary_crossentropy")
# %%
history = scorer.fit(features, clicked, batch_size=16, epochs=1, verbose=0)
print(history.history["loss"])
