# source: https://github.com/hfawaz/dl-4-tsc/issues/53
# family: other
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: ModelCheckpoint | file_path
# expect: with save_weights_only=True Keras 3's ModelCheckpoint requires the path to end in .weights.h5, but file_path ends in best_model.hdf5 (an old Keras 2 habit), so the callback refuses to be created. Name the file best_model.weights.h5 (or save full models to a .keras path).
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers
series = np.random.rand(120, 50, 1).astype("float32")
classes = np.random.randint(0, 3, size=(120,))
# %%
output_directory = tempfile.mkdtemp()
file_path = os.path.join(output_directory, "best_model.hdf5")
resnet_like = keras.Sequential([keras.Input((50, 1)), layers.Conv1D(16, 8, padding="same", activation="relu"),
                                layers.GlobalAveragePooling1D(), layers.Dense(3, activation="softmax")])
resnet_like.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
model_checkpoint = keras.callbacks.ModelCheckpoint(filepath=file_path, monitor="loss", save_best_only=True, save_weights_only=True)
hist = resnet_like.fit(series, classes, epochs=2, batch_size=16, callbacks=[model_checkpoint], verbose=0)
