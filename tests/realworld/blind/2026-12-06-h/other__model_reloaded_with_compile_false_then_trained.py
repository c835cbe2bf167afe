# source: https://github.com/kubeflow/kale/pull/238
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:4
# culprit: compile=False | compile
# expect: The step that restores the model loads it with compile=False (to dodge custom-loss deserialization), which returns a model with no optimizer or loss; calling fit on it fails with "You must call compile() before using the model". Compile the reloaded model again (with the custom loss) before continuing training.
# %%
import os
import numpy as np
import keras

ARTIFACT = "/tmp/b8_kale_step/model.keras"
os.makedirs(os.path.dirname(ARTIFACT), exist_ok=True)
rng = np.random.default_rng(41)
features = rng.random((64, 5)).astype("float32")
target = (features.sum(axis=1, keepdims=True) > 2.5).astype("float32")

def smooth_bce(y_true, y_pred):
    return keras.losses.binary_crossentropy(y_true * 0.9 + 0.05, y_pred)
# %%
model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss=smooth_bce)
model.fit(features, target, epochs=1, verbose=0)
model.save(ARTIFACT)
# %%
restored = keras.models.load_model(ARTIFACT, compile=False)
print(restored.predict(features[:2], verbose=0).ravel())
more_features = rng.random((32, 5)).astype("float32")
restored.fit(more_features, (more_features.sum(axis=1) > 2.5).astype("float32"), epochs=1, verbose=0)
