# source: https://github.com/ualsg/Global-road-network-patterns/issues/1
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:3
# culprit: channels | stem_conv
# expect: The weights were saved from a network built for 6-channel tiles, but the calculator rebuilds it with channels=3, so the first convolution's kernel is (3, 3, 3, 16) instead of (3, 3, 6, 16) and load_weights cannot assign it. Rebuild with the same channel count the weights were trained with (6).
# %%
import numpy as np
import keras

def build_road_classifier(channels, n_classes=4):
    tiles = keras.Input(shape=(32, 32, channels))
    x = keras.layers.Conv2D(16, 3, activation="relu", name="stem_conv")(tiles)
    x = keras.layers.MaxPooling2D()(x)
    x = keras.layers.Conv2D(32, 3, activation="relu", name="block_conv")(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    return keras.Model(tiles, keras.layers.Dense(n_classes, activation="softmax")(x))

trained = build_road_classifier(channels=6)
trained.save_weights("/tmp/blind13_road_classifier.weights.h5")
# %%
calc_config = {"channels": 3, "n_classes": 4}
road_model = build_road_classifier(calc_config["channels"], calc_config["n_classes"])
road_model.load_weights("/tmp/blind13_road_classifier.weights.h5")
