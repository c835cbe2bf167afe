# source: https://github.com/nyoki-mtl/keras-facenet/issues/10
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:6
# culprit: bottleneck | embedding_size | 512
# expect: The exported numpy weights come from a model with a 512-wide bottleneck, but the Keras model is built with the default embedding_size=128, so set_weights on the bottleneck layer gets (1792, 512) for a (1792, 128) kernel. Build the Keras model with embedding_size=512 to match the exported weights.
# %%
import os, tempfile
import numpy as np
import keras

rng = np.random.default_rng(5)
export_dir = tempfile.mkdtemp()
exported = {
    "stem": [rng.normal(size=(3, 3, 3, 16)).astype("float32"), np.zeros(16, "float32")],
    "proj": [rng.normal(size=(16, 1792)).astype("float32"), np.zeros(1792, "float32")],
    "bottleneck": [rng.normal(size=(1792, 512)).astype("float32"), np.zeros(512, "float32")],
}
for lname, arrs in exported.items():
    for i, a in enumerate(arrs):
        np.save(os.path.join(export_dir, f"{lname}_{i}.npy"), a)
# %%
def inception_resnet_tiny(embedding_size=128):
    inp = keras.Input((32, 32, 3))
    x = keras.layers.Conv2D(16, 3, padding="same", name="stem")(inp)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dense(1792, activation="relu", name="proj")(x)
    out = keras.layers.Dense(embedding_size, use_bias=True, name="bottleneck")(x)
    return keras.Model(inp, out)
# %%
face_model = inception_resnet_tiny()
for layer in face_model.layers:
    files = sorted(f for f in os.listdir(export_dir) if f.startswith(layer.name + "_"))
    if files:
        weights = [np.load(os.path.join(export_dir, f)) for f in files]
        layer.set_weights(weights)
print("weights loaded")
