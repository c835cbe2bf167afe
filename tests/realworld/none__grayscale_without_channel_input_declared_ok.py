# source: https://devsolus.com/why-do-we-reshape-grayscale-image-to-xy1/
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The arrays are (N, 28, 28) without a channel axis, which looks like the classic Conv2D ndim error, but the model declares keras.Input(shape=(28, 28, 1)) and a Keras 3 functional/Sequential model with a declared input adds the trailing axis of size 1 itself. No error and no warning.
# %%
import numpy as np
import keras

sketches = np.random.rand(48, 28, 28).astype("float32")
sketch_kind = np.random.randint(0, 4, size=48)
# %%
sketch_net = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(4, activation="softmax"),
])
sketch_net.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
sketch_net.fit(sketches, sketch_kind, batch_size=16, epochs=1, verbose=0)
