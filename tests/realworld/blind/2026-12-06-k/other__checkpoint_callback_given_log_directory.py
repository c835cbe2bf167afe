# source: https://github.com/keras-team/keras-core/issues/300
# family: other
# raises: ValueError
# cause: 1:8
# raise: 3:1
# culprit: CHECKPOINT_PATH | ModelCheckpoint | .weights.h5
# expect: With save_weights_only=True, Keras 3's ModelCheckpoint needs a file path ending in ".weights.h5", but CHECKPOINT_PATH is a directory ("logs/.../checkpoints/") as older tf.keras allowed, so the callback constructor raises. Point it at a file such as os.path.join(RUN_DIR, "best.weights.h5").
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers

RUN_DIR = os.path.join(tempfile.mkdtemp(), "vit_run")
os.makedirs(RUN_DIR, exist_ok=True)
CHECKPOINT_PATH = os.path.join(RUN_DIR, "checkpoints/")
rng = np.random.default_rng(8)
x_train = rng.random((64, 16, 16, 3)).astype("float32")
y_train = rng.integers(0, 4, size=64)
# %%
def build_patch_classifier(num_classes=4):
    inp = keras.Input((16, 16, 3))
    x = layers.Conv2D(16, 4, strides=4)(inp)
    x = layers.Reshape((16, 16))(x)
    x = layers.LayerNormalization()(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inp, layers.Dense(num_classes)(x))

clf = build_patch_classifier()
clf.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            metrics=["accuracy"])
# %%
checkpoint_cb = keras.callbacks.ModelCheckpoint(
    CHECKPOINT_PATH, monitor="val_accuracy", save_best_only=True, save_weights_only=True)
history = clf.fit(x_train, y_train, validation_split=0.25, epochs=2, batch_size=16,
                  callbacks=[checkpoint_cb], verbose=0)
