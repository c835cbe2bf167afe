# source: https://github.com/tensorflow/tensorflow/issues/38211
# family: untracked_weights
# raises: NONE
# cause: 1:9
# raise: NONE
# culprit: stage_factors | tf.Variable
# expect: PowerChain stores its per-stage factors as raw tf.Variable objects in a Python list; a Keras 3 layer only tracks weights made with add_weight (keras.Variable), so these factors are missing from trainable_variables, are never updated by fit and are not saved. Create them with self.add_weight(...) in build() or __init__.
# %%
import numpy as np
import tensorflow as tf
import keras

class PowerChain(keras.layers.Layer):
    def __init__(self, stages, **kwargs):
        super().__init__(**kwargs)
        self.stages = stages
        self.stage_factors = [tf.Variable(1.0 + 0.1 * i, name=f"stage{i}") for i in range(stages)]

    def call(self, inputs):
        out = inputs
        for factor in self.stage_factors:
            out = out * factor
        return out
# %%
rng = np.random.default_rng(6)
inputs = rng.random((64, 3)).astype("float32")
outputs = (2.5 * inputs.sum(axis=1, keepdims=True)).astype("float32")
# %%
model = keras.Sequential([keras.Input((3,)), PowerChain(3), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
model.fit(inputs, outputs, epochs=2, batch_size=16, verbose=0)
print([v.name for v in model.trainable_variables])
