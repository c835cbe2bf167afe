# source: https://github.com/Rudrabha/LipGAN/issues/30
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1, 2:1
# raise: 3:2
# culprit: batch_normalization | use_bn
# expect: The weights file was written by the encoder built without batch normalization; the reloaded model is built with use_bn=True, which inserts BatchNormalization layers that have no entries in the file, so load_weights fails ("Layer 'batch_normalization' expected 4 variables, but received 0"). Rebuild the architecture exactly as it was saved (use_bn=False) or retrain/save with the new architecture.
# %%
import numpy as np
import keras

rng = np.random.default_rng(30)
mouth_crops = rng.random((32, 24, 24, 1)).astype("float32")
phoneme_ids = rng.integers(0, 6, size=32)

def build_lip_encoder(use_bn=False):
    inputs = keras.Input((24, 24, 1))
    x = inputs
    for filters in (8, 16):
        x = keras.layers.Conv2D(filters, 3, padding="same")(x)
        if use_bn:
            x = keras.layers.BatchNormalization()(x)
        x = keras.layers.Activation("relu")(x)
        x = keras.layers.MaxPooling2D()(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    outputs = keras.layers.Dense(6, activation="softmax")(x)
    return keras.Model(inputs, outputs)

encoder = build_lip_encoder()
encoder.compile("adam", "sparse_categorical_crossentropy")
encoder.fit(mouth_crops, phoneme_ids, epochs=1, batch_size=16, verbose=0)
encoder.save_weights("/tmp/b14_lip_encoder.weights.h5")
# %%
config = {"use_bn": True, "lr": 1e-4, "epochs": 3}
print(config)
# %%
lip_model = build_lip_encoder(use_bn=config["use_bn"])
lip_model.load_weights("/tmp/b14_lip_encoder.weights.h5")
lip_model.compile(keras.optimizers.Adam(config["lr"]), "sparse_categorical_crossentropy")
