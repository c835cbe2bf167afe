# source: https://github.com/keras-team/keras/issues/630
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:2
# raise: 2:4
# culprit: n_classes | leaf_head | 4
# expect: The saved weights were trained with 5 leaf-form classes, but the new notebook derives the class count from the labels of the new habitat subset, which contain only 4, so the head is (64, 4) and load_weights cannot assign the saved (64, 5) kernel. Build the model with the class count used for training (5).
# %%
import os, tempfile
import numpy as np
import keras

rng = np.random.default_rng(2)
leaf_x = rng.normal(size=(60, 20)).astype("float32")
leaf_y = rng.integers(0, 5, size=60)

def leaf_classifier(n_classes):
    return keras.Sequential([
        keras.Input((20,)),
        keras.layers.Dense(64, activation="relu", name="trunk"),
        keras.layers.Dense(n_classes, activation="softmax", name="leaf_head"),
    ])

trained = leaf_classifier(len(np.unique(leaf_y)))
trained.compile("adam", "sparse_categorical_crossentropy")
trained.fit(leaf_x, leaf_y, epochs=1, verbose=0)
weights_path = os.path.join(tempfile.mkdtemp(), "leafForm.weights.h5")
trained.save_weights(weights_path)
# %%
habm_y = np.array([0, 1, 3, 4, 1, 0, 3, 4])
n_classes = len(np.unique(habm_y))
model = leaf_classifier(n_classes)
model.load_weights(weights_path)
habm_pred = model.predict(rng.normal(size=(8, 20)).astype("float32"), verbose=0).argmax(1)
