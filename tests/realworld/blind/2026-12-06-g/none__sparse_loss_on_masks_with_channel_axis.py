# source: https://github.com/keras-team/keras/issues/8336
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: No problem: the segmentation masks are integer class ids with a trailing channel axis of size 1, shape (batch, 16, 16, 1), against logits (batch, 16, 16, 3); sparse_categorical_crossentropy accepts that layout, so training runs.
# %%
import numpy as np
import keras

rng = np.random.default_rng(18)
N_CLASSES = 3
images = rng.random(size=(12, 16, 16, 3)).astype("float32")
masks = rng.integers(0, N_CLASSES, size=(12, 16, 16, 1)).astype("int32")
print(images.shape, masks.shape)
# %%
inp = keras.Input((16, 16, 3))
h = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inp)
logits = keras.layers.Conv2D(N_CLASSES, 1, padding="same")(h)
seg_model = keras.Model(inp, logits)
seg_model.compile(optimizer="adam",
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
history = seg_model.fit(images, masks, batch_size=4, epochs=1, verbose=0)
print(history.history["loss"])
