# source: https://github.com/tensorflow/tensorflow/issues/61949
# family: other
# raises: TypeError
# cause: 4:1, 3:1
# raise: 4:1
# culprit: serve | _UserObject
# expect: model.export() writes a SavedModel whose entry point is the "serve" endpoint; tf.saved_model.load returns a plain _UserObject that is not itself callable, so reloaded(...) fails. Call reloaded.serve(...) (or wrap the directory in keras.layers.TFSMLayer).
# %%
import numpy as np
import tensorflow as tf
import keras
EXPORT_DIR = "/tmp/b17_export/sentiment_scorer"
rng = np.random.default_rng(14)
feats = rng.random((24, 10)).astype("float32")
labels = rng.integers(0, 2, 24)
# %%
scorer = keras.Sequential([keras.Input((10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
scorer.compile(optimizer="adam", loss="binary_crossentropy")
scorer.fit(feats, labels, epochs=1, verbose=0)
scorer.export(EXPORT_DIR, verbose=False)
# %%
reloaded = tf.saved_model.load(EXPORT_DIR)
# %%
probs = reloaded(tf.constant(feats[:2]))
