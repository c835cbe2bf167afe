# source: https://github.com/tensorflow/tensorflow/pull/53436
# family: shape_mismatch
# raises: ValueError
# cause: 3:4
# raise: 4:1
# culprit: pose_clf | class_names
# expect: The classifier's output layer is hard-coded to 5 units (copied from the yoga example), but this data set has 7 pose classes, so the one-hot targets are (batch, 7) while predictions are (batch, 5). Use len(class_names) units in the output Dense layer.
# %%
import numpy as np
import tensorflow as tf
keras = tf.keras
# %%
class_names = ["chair", "cobra", "dog", "tree", "warrior", "plank", "bridge"]
rng = np.random.default_rng(5)
landmarks = rng.normal(size=(140, 51)).astype("float32")
pose_ids = rng.integers(0, len(class_names), size=140)
pose_onehot = keras.utils.to_categorical(pose_ids, num_classes=len(class_names))
# %%
pose_clf = keras.Sequential([keras.Input(shape=(51,)),
                             keras.layers.Dense(128, activation="relu"),
                             keras.layers.Dropout(0.5),
                             keras.layers.Dense(5, activation="softmax")])
pose_clf.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
# %%
pose_clf.fit(landmarks, pose_onehot, epochs=2, batch_size=16, verbose=0)
