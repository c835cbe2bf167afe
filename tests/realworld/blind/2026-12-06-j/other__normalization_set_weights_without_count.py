# source: https://github.com/niconielsen32/NeuralNetworks/issues/1
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: norm_layer | count
# expect: A Keras Normalization layer holds three weights (mean, variance, count), so set_weights([mean, var]) with two arrays is rejected. Use norm_layer.adapt(tabular) or build it as Normalization(mean=mean, variance=var), or pass the count as a third array.
# %%
import numpy as np
import keras
rng = np.random.default_rng(12)
tabular = rng.normal(loc=5.0, scale=3.0, size=(200, 4)).astype("float32")
# %%
mean = tabular.mean(axis=0)
var = tabular.var(axis=0)
norm_layer = keras.layers.Normalization(axis=-1)
norm_layer.build((None, 4))
# %%
norm_layer.set_weights([mean, var])
