# source: https://github.com/coxlab/prednet/issues/9
# family: unbuilt_layer
# raises: ValueError
# cause: 2:2, 3:1
# raise: 3:1
# culprit: error_weighter | set_weights
# expect: error_weighter is a fresh Dense(1) that has never been called, so it has no kernel or bias yet ("expecting 0 weights"), and set_weights cannot place the fixed per-layer loss weights. Build it first (error_weighter.build((None, n_stages))) or pass the values via kernel_initializer=keras.initializers.Constant(...) when creating the layer.
# %%
import numpy as np
import keras

n_stages = 4
stage_weights = np.array([1.0, 0.1, 0.1, 0.1], dtype="float32").reshape(n_stages, 1)
rng = np.random.default_rng(44)
layer_errors = rng.random((10, n_stages)).astype("float32")
# %%
errors_in = keras.Input((n_stages,))
error_weighter = keras.layers.Dense(1, trainable=False, name="error_weighting")
# %%
error_weighter.set_weights([stage_weights, np.zeros(1, dtype="float32")])
weighted_error = error_weighter(errors_in)
