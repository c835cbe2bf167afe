# source: https://github.com/tensorflow/neural-structured-learning/issues/35
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The wrapper is a subclassed model whose layers are created lazily, but it is called once on a dummy batch before count_params() and summary(), so every layer is built and the counts are available; nothing should be reported.
# %%
import numpy as np
import keras

feature_dim = 12
n_classes = 3
# %%
class RobustClassifier(keras.Model):
    def __init__(self, n_classes, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.dropout = keras.layers.Dropout(0.2)
        self.logits = keras.layers.Dense(n_classes)

    def call(self, inputs, training=False):
        return self.logits(self.dropout(self.hidden(inputs), training=training))
# %%
wrapped_model = RobustClassifier(n_classes)
_ = wrapped_model(np.zeros((1, feature_dim), dtype="float32"))
print("parameters:", wrapped_model.count_params())
wrapped_model.summary()
