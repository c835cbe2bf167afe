# source: https://github.com/tensorflow/tensorflow/issues/75196
# family: other
# raises: ValueError
# cause: 1:5
# raise: 3:1
# culprit: weights_prefix | .weights.h5
# expect: With save_weights_only=True, Keras 3's ModelCheckpoint requires a filepath ending in ".weights.h5", but weights_prefix is the TF1-style prefix "training_1/digits.ckpt", so the callback refuses it when constructed. Use weights_prefix = "training_1/digits.weights.h5" (and load it back with model.load_weights on that file).
# %%
import os
import numpy as np
import keras

weights_prefix = "/tmp/b8_training_1/digits.ckpt"
weights_dir = os.path.dirname(weights_prefix)
os.makedirs(weights_dir, exist_ok=True)
# %%
rng = np.random.default_rng(120)
train_images = rng.random((100, 28 * 28)).astype("float32")
train_labels = rng.integers(0, 10, size=100)
test_images, test_labels = train_images[:20], train_labels[:20]

def make_digit_mlp():
    model = keras.Sequential([
        keras.Input((784,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(10),
    ])
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["sparse_categorical_accuracy"])
    return model

model = make_digit_mlp()
# %%
ckpt_cb = keras.callbacks.ModelCheckpoint(filepath=weights_prefix, save_weights_only=True, verbose=1)
model.fit(train_images, train_labels, epochs=2, validation_data=(test_images, test_labels), callbacks=[ckpt_cb], verbose=0)
