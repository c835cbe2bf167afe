# source: https://github.com/tensorflow/tensorflow/issues/42830
# family: other
# raises: NotImplementedError
# cause: 2:3, 2:2
# raise: 3:4
# culprit: RiskBucketize | get_config | cut_points
# expect: RiskBucketize receives its cut points as a NumPy array in __init__ but defines no get_config; Keras can only auto-record plain Python constructor arguments, so saving the model cannot serialize the layer and asks for a get_config override. Add get_config returning {"cut_points": list(self.cut_points), **base_config} (and convert back in __init__).
# %%
import numpy as np
import keras
CUT_POINTS = np.array([0.2, 0.5, 0.8], dtype="float32")
rng = np.random.default_rng(28)
scores = rng.random((20, 1)).astype("float32")
# %%
@keras.saving.register_keras_serializable(package="demo")
class RiskBucketize(keras.layers.Layer):
    def __init__(self, cut_points=None, **kwargs):
        super().__init__(**kwargs)
        self.cut_points = cut_points
    def call(self, x):
        return keras.ops.sum(keras.ops.cast(x > self.cut_points, "float32"), axis=-1, keepdims=True)
# %%
inp = keras.Input((1,))
out = keras.layers.Dense(1)(RiskBucketize(CUT_POINTS)(inp))
risk_model = keras.Model(inp, out)
risk_model.save("/tmp/b17_risk_model.keras")
