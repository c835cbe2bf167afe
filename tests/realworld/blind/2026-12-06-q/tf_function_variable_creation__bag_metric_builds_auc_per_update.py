# source: https://github.com/utayao/Atten_Deep_MIL/issues/15
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:8
# raise: 4:1
# culprit: AUC | BagAUC
# expect: BagAUC.update_state instantiates a fresh keras.metrics.AUC (which owns variables) on every call; fit runs update_state inside its compiled train function, where creating variables is not allowed ("tf.function only supports singleton tf.Variables created on the first call"). Create the inner AUC once in __init__ and only update it in update_state (or reset it in reset_state).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(25)
bags = rng.random((24, 5, 4)).astype("float32")
bag_labels = rng.integers(0, 2, size=(24, 1)).astype("float32")
# %%
class BagAUC(keras.metrics.Metric):
    def __init__(self, name="bag_auc", **kwargs):
        super().__init__(name=name, **kwargs)
        self.auc_sum = self.add_variable(shape=(), initializer="zeros", name="auc_sum")
        self.batches = self.add_variable(shape=(), initializer="zeros", name="batches")

    def update_state(self, y_true, y_pred, sample_weight=None):
        batch_auc = keras.metrics.AUC(num_thresholds=50)
        batch_auc.update_state(y_true, y_pred)
        self.auc_sum.assign_add(batch_auc.result())
        self.batches.assign_add(1.0)

    def result(self):
        return self.auc_sum / keras.ops.maximum(self.batches, 1.0)
# %%
mil_model = keras.Sequential([
    keras.Input((5, 4)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
    keras.layers.GlobalMaxPooling1D(),
])
mil_model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[BagAUC()])
# %%
mil_model.fit(bags, bag_labels, epochs=1, batch_size=8, verbose=0)
