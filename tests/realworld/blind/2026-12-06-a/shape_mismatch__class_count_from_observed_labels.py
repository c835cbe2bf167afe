# source: https://github.com/RobRomijnders/CNN_tsc/issues/2
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:7
# raise: 3:1
# culprit: n_classes
# expect: n_classes counts the distinct labels that happen to occur (4), but the fault ids are 0, 1, 2 and 4 (id 3 is missing from this export), so the softmax has 4 units and the label 4 is outside [0, 4) in sparse_categorical_crossentropy. Size the output layer by the label range (max id + 1 = 5) or remap the ids to 0..3.
# %%
import numpy as np
import keras
rng = np.random.default_rng(3)
# sensor export: fault type 3 never occurred in this period, type 4 did
fault_type = rng.choice([0, 1, 2, 4], size=200)
signals = rng.normal(size=(200, 8)).astype("float32")
n_classes = len(np.unique(fault_type))
print("classes:", n_classes)
# %%
def build_classifier(width=32):
    net = keras.Sequential([
        keras.Input(shape=(8,)),
        keras.layers.Dense(width, activation="relu"),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    net.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return net

fault_net = build_classifier()
# %%
fault_net.fit(signals, fault_type, epochs=1, batch_size=50, verbose=0)
