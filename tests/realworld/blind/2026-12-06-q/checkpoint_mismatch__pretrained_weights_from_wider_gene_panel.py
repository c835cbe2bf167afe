# source: https://github.com/eleozzr/desc/issues/55
# family: checkpoint_mismatch
# raises: ValueError
# cause: 4:2
# raise: 5:1
# culprit: encoder_0
# expect: The pretrained encoder was saved for all 30 genes, but the new encoder is built after filtering to the highly variable genes (15), so encoder_0/kernel is (15, 8) while the file holds (30, 8) and load_weights fails. Filter the genes the same way as for pretraining (same gene list) or retrain the first layer.
# %%
import numpy as np
import keras
rng = np.random.default_rng(24)
expression = rng.gamma(2.0, size=(80, 30)).astype("float32")
dispersion = expression.var(axis=0) / expression.mean(axis=0)
# %%
def build_encoder(n_genes):
    return keras.Sequential([keras.Input((n_genes,)), keras.layers.Dense(8, activation="relu", name="encoder_0"), keras.layers.Dense(2, name="embedding")])
# %%
pretrained = build_encoder(expression.shape[1])
pretrained.save_weights("/tmp/b17_pretrained_encoder.weights.h5")
# %%
highly_variable = dispersion > np.median(dispersion)
filtered = expression[:, highly_variable]
encoder = build_encoder(filtered.shape[1])
# %%
encoder.load_weights("/tmp/b17_pretrained_encoder.weights.h5")
