# source: https://github.com/keras-team/keras/issues/6865
# family: other
# raises: ValueError
# cause: 2:1, 3:2
# raise: 3:2
# culprit: encoder | compile
# expect: encoder is a new keras.Model built from the trained autoencoder's layers; it shares their weights but not the autoencoder's compile configuration, so calling encoder.fit fails because encoder was never compiled. Call encoder.compile(optimizer=..., loss=...) before fitting it.
# %%
import numpy as np
import keras

rng = np.random.default_rng(27)
scans = rng.random((64, 16, 16, 1)).astype(np.float32)

input_img = keras.Input(shape=(16, 16, 1))
x = keras.layers.Conv2D(8, 3, activation="relu", padding="same")(input_img)
encoded = keras.layers.MaxPooling2D(2, padding="same", name="code")(x)
x = keras.layers.Conv2D(8, 3, activation="relu", padding="same")(encoded)
x = keras.layers.UpSampling2D(2)(x)
decoded = keras.layers.Conv2D(1, 3, activation="sigmoid", padding="same")(x)
autoencoder = keras.Model(input_img, decoded)
autoencoder.compile(optimizer="adagrad", loss="binary_crossentropy")
autoencoder.fit(scans, scans, epochs=1, batch_size=16, verbose=0)
# %%
encoder = keras.Model(input_img, encoded, name="encoder")
codes = encoder.predict(scans[:4], verbose=0)
print(codes.shape)
# %%
code_targets = np.zeros_like(encoder.predict(scans, verbose=0))
encoder.fit(scans, code_targets, epochs=1, batch_size=16, verbose=0)
