# source: https://github.com/keras-team/keras/issues/4596
# family: other
# raises: TypeError
# cause: 3:1, 1:4
# raise: 3:1
# culprit: AttentionPool | custom_objects
# expect: The saved .keras file refers to the custom AttentionPool layer, which is neither registered (keras.saving.register_keras_serializable) nor passed in custom_objects, so load_model cannot rebuild the model; pass custom_objects={"AttentionPool": AttentionPool} or register the class.
# %%
import numpy as np
import keras

class AttentionPool(keras.layers.Layer):
    def __init__(self, units=8, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.score = keras.layers.Dense(1)

    def call(self, x):
        weights = keras.ops.softmax(self.score(x), axis=1)
        return keras.ops.sum(weights * x, axis=1)

    def get_config(self):
        return {**super().get_config(), "units": self.units}
# %%
rng = np.random.RandomState(43)
seqs = rng.rand(16, 5, 4).astype("float32")
targets = rng.rand(16, 1).astype("float32")
pooled_model = keras.Sequential([keras.Input((5, 4)), AttentionPool(units=8), keras.layers.Dense(1)])
pooled_model.compile("adam", "mse")
pooled_model.fit(seqs, targets, epochs=1, verbose=0)
pooled_model.save("/tmp/blind3_attention_pool.keras")
# %%
restored = keras.models.load_model("/tmp/blind3_attention_pool.keras")
print(restored.predict(seqs[:2], verbose=0))
