# source: https://github.com/OlafenwaMoses/ImageAI/issues/393
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 4:2
# culprit: num_classes | 4
# expect: The config says num_classes=4, so the softmax head outputs (None, 4), but the dataset only has three class folders and the one-hot targets built from class_names have 3 columns; categorical_crossentropy refuses target (None, 3) against output (None, 4). Derive the head size from the data (len(class_names)) or fix the config value.
# %%
import numpy as np
import keras

config = {
    "image_size": (24, 24),
    "num_classes": 4,
    "batch_size": 8,
    "epochs": 1,
}
# %%
rng = np.random.default_rng(8)
class_names = ["cat", "dog", "fox"]
images = rng.random((48, *config["image_size"], 3)).astype("float32")
label_ids = rng.integers(0, len(class_names), size=48)
targets = keras.utils.to_categorical(label_ids, num_classes=len(class_names))
# %%
def build_classifier(cfg):
    base = keras.Sequential([
        keras.Input((*cfg["image_size"], 3)),
        keras.layers.Conv2D(8, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
    ])
    head = keras.layers.Dense(cfg["num_classes"], activation="softmax", name="predictions")
    return keras.Sequential([base, head])

classifier = build_classifier(config)
classifier.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
# %%
print(images.shape, targets.shape)
history = classifier.fit(images, targets, batch_size=config["batch_size"], epochs=config["epochs"], verbose=0)
