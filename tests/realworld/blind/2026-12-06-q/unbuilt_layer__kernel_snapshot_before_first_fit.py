# source: https://github.com/keras-team/keras/issues/11963
# family: unbuilt_layer
# raises: AttributeError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: hidden | kernel
# expect: The Sequential model has no Input, so its Dense layers are not built until the first fit; reading net.get_layer("hidden").kernel to keep the initial weights fails ("You must build the layer before accessing `kernel`"). Start the model with keras.Input((4,)) (or call net.build((None, 4))) before taking the snapshot.
# %%
import numpy as np
import keras
rng = np.random.default_rng(22)
X = rng.normal(size=(50, 4)).astype("float32")
y = rng.integers(0, 2, size=50)
# %%
net = keras.Sequential([
    keras.layers.Dense(6, activation="relu", name="hidden"),
    keras.layers.Dense(1, activation="sigmoid", name="out"),
])
net.compile(optimizer="sgd", loss="binary_crossentropy")
# %%
initial_kernel = net.get_layer("hidden").kernel.numpy().copy()
net.fit(X, y, epochs=1, verbose=0)
drift = np.abs(net.get_layer("hidden").kernel.numpy() - initial_kernel).mean()
