# source: https://github.com/keras-team/keras/issues/18709
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: control: the SavedModel written by model.export() is reloaded for inference through keras.layers.TFSMLayer with the "serve" endpoint, the supported Keras 3 path; predictions come back without error.
# %%
import numpy as np
import keras

rng = np.random.default_rng(17)
usage = rng.random((40, 6)).astype("float32")
churned = (usage[:, 0] > 0.5).astype("float32")
EXPORT_DIR = "/tmp/b15_churn_export_ok"

churn_model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"),
                                keras.layers.Dense(1, activation="sigmoid")])
churn_model.compile("adam", "binary_crossentropy")
churn_model.fit(usage, churned, epochs=1, verbose=0)
churn_model.export(EXPORT_DIR)
# %%
serving_layer = keras.layers.TFSMLayer(EXPORT_DIR, call_endpoint="serve")
scores = serving_layer(usage[:3])
print(np.asarray(scores).shape)
