# source: https://github.com/keras-team/keras/issues/20339
# family: other
# raises: AttributeError
# cause: 2:1
# raise: 3:1
# culprit: autoencoder | input | keras.Input
# expect: The Sequential autoencoder was declared without a keras.Input, so although fit() built its weights it was never called on a symbolic input and has no .input; keras.Model(inputs=autoencoder.input, ...) fails with "The layer sequential has never been called and thus has no defined input". Start the Sequential with keras.Input(shape=(64,)) (or build the encoder from a new Input by calling the layers).
# %%
import numpy as np
import keras

rng = np.random.default_rng(5)
spectra = rng.random((64, 64)).astype("float32")
# %%
autoencoder = keras.Sequential([
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(8, activation="relu", name="bottleneck"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(64, activation="sigmoid"),
])
autoencoder.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.MeanSquaredError())
history = autoencoder.fit(spectra, spectra, epochs=2, batch_size=16, verbose=0)
print(history.history["loss"][-1])
# %%
encoder = keras.Model(inputs=autoencoder.input, outputs=autoencoder.get_layer("bottleneck").output)
codes = encoder.predict(spectra[:5], verbose=0)
print(codes.shape)
