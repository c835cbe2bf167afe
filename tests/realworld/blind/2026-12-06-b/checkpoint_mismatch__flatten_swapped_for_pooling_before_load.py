# source: https://github.com/kirill-sidorchuk/lego_detector/issues/2
# family: checkpoint_mismatch
# raises: ValueError
# cause: 1:9, 3:1
# raise: 3:2
# culprit: Flatten | predictions
# expect: The weights were saved from a model with GlobalAveragePooling2D before the classifier (kernel 16 x 6), but build_classifier now uses Flatten, so the Dense kernel is (6*6*16) x 6 and load_weights cannot assign the saved values. Rebuild with the same pooling layer the weights were trained with.
# %%
import numpy as np
import keras
def build_classifier(pooling):
    inp = keras.Input((8, 8, 3))
    x = keras.layers.Conv2D(16, 3, activation="relu", name="features")(inp)
    if pooling == "gap":
        x = keras.layers.GlobalAveragePooling2D()(x)
    else:
        x = keras.layers.Flatten()(x)
    out = keras.layers.Dense(6, activation="softmax", name="predictions")(x)
    return keras.Model(inp, out)
# %%
trained = build_classifier("gap")
trained.compile("adam", "sparse_categorical_crossentropy")
trained.fit(np.random.rand(12, 8, 8, 3), np.random.randint(0, 6, 12), epochs=1, verbose=0)
trained.save_weights("/tmp/b2_lego_snapshot.weights.h5")
# %%
detector = build_classifier(pooling="flatten")
detector.load_weights("/tmp/b2_lego_snapshot.weights.h5")
