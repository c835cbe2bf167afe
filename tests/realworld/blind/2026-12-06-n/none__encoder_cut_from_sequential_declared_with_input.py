# source: https://github.com/keras-team/keras/issues/20116
# family: none
# raises: NONE
# cause: 2:2
# raise: NONE
# culprit: keras.Input
# expect: Correct: the Sequential starts with keras.Input, so it has symbolic inputs and the encoder can be cut out with keras.Model(model.inputs, model.get_layer("code").output) after training. No finding should be reported.
# %%
import numpy as np
import keras

rng = np.random.default_rng(20)
patches = rng.random((40, 4, 4, 3)).astype("float32")
# %%
ae = keras.Sequential([
    keras.Input(shape=(4, 4, 3)),
    keras.layers.Flatten(),
    keras.layers.Dense(5, activation="relu", name="code"),
    keras.layers.Dense(48, activation="sigmoid"),
    keras.layers.Reshape((4, 4, 3)),
])
ae.compile(optimizer="adam", loss="mse")
ae.fit(patches, patches, epochs=1, batch_size=10, verbose=0)
# %%
code_model = keras.Model(ae.inputs, ae.get_layer("code").output)
codes = code_model.predict(patches[:6], verbose=0)
print(codes.shape)
