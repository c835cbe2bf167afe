# source: https://github.com/tensorflow/tflite-micro/issues/1711
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 4:3
# culprit: NUM_GESTURES | dense_out
# expect: The saved weights come from the 4-gesture network, but NUM_GESTURES was raised to 7 before rebuilding, so the final Dense kernel is (16, 7) while the file holds (16, 4) and load_weights cannot assign it. Either rebuild with the original 4 outputs to load, or load the old weights into the backbone only (e.g. load into a 4-way model and transfer all layers but the head) and train the new head.
# %%
import os
import numpy as np
import keras

WEIGHTS = "/tmp/b8_magic_wand/cnn.weights.h5"
os.makedirs(os.path.dirname(WEIGHTS), exist_ok=True)
seq_length = 48
NUM_GESTURES = 4
# %%
def make_wand_cnn(seq_length, n_out):
    return keras.Sequential([
        keras.Input((seq_length, 3, 1)),
        keras.layers.Conv2D(8, (4, 3), padding="same", activation="relu"),
        keras.layers.MaxPool2D((3, 3)),
        keras.layers.Conv2D(16, (4, 1), padding="same", activation="relu"),
        keras.layers.MaxPool2D((3, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(n_out, activation="softmax", name="dense_out"),
    ])

rng = np.random.default_rng(19)
strokes = rng.normal(size=(40, seq_length, 3, 1)).astype("float32")
gesture = rng.integers(0, NUM_GESTURES, size=40)
cnn = make_wand_cnn(seq_length, NUM_GESTURES)
cnn.compile("adam", "sparse_categorical_crossentropy")
cnn.fit(strokes, gesture, epochs=1, verbose=0)
cnn.save_weights(WEIGHTS)
# %%
NUM_GESTURES = 7
# %%
wand_model = make_wand_cnn(seq_length, NUM_GESTURES)
wand_model.compile("adam", "sparse_categorical_crossentropy")
wand_model.load_weights(WEIGHTS)
