# source: https://github.com/cbrnr/sleepecg/issues/214
# family: other
# raises: ValueError
# cause: 2:1, 1:13
# raise: 2:1
# culprit: load_model | export | EXPORT_DIR
# expect: model.export() writes a TensorFlow SavedModel directory, and Keras 3's load_model only reads .keras (or legacy .h5) files, so loading the directory fails with "File format not supported". Save with churn_model.save("churn.keras") for a reloadable Keras model, or wrap the SavedModel with keras.layers.TFSMLayer(EXPORT_DIR, call_endpoint="serve") for inference.
# %%
import numpy as np
import keras

rng = np.random.default_rng(17)
usage = rng.random((40, 6)).astype("float32")
churned = (usage[:, 0] > 0.5).astype("float32")
EXPORT_DIR = "/tmp/b15_churn_export"

churn_model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"),
                                keras.layers.Dense(1, activation="sigmoid")])
churn_model.compile("adam", "binary_crossentropy")
churn_model.fit(usage, churned, epochs=1, verbose=0)
churn_model.export(EXPORT_DIR)
# %%
reloaded = keras.models.load_model(EXPORT_DIR)
print(reloaded.predict(usage[:3], verbose=0))
