# source: https://github.com/ybkscht/EfficientPose/issues/32
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:4
# culprit: class_head | class_to_name
# expect: The weights were saved from a detector whose class head had 8 outputs (one per LINEMOD object), but the inference cell rebuilds the model from a class_to_name map with a single entry, so class_head's kernel is (16, 1) while the file holds (16, 8). Rebuild with the same class map used in training (or load with skip_mismatch and retrain the head).
# %%
import numpy as np
import keras

CLASS_TO_NAME = {i: name for i, name in enumerate(
    ["ape", "can", "cat", "driller", "duck", "eggbox", "glue", "holepuncher"])}
WEIGHTS = "/tmp/b12_pose_detector.weights.h5"

def build_detector(num_classes):
    inp = keras.Input((24, 24, 3), name="image")
    h = keras.layers.Conv2D(16, 3, strides=2, activation="relu", name="stem")(inp)
    h = keras.layers.GlobalAveragePooling2D(name="pool")(h)
    cls = keras.layers.Dense(num_classes, activation="sigmoid", name="class_head")(h)
    box = keras.layers.Dense(4, name="box_head")(h)
    return keras.Model(inp, [cls, box], name="detector")

rng = np.random.default_rng(1)
detector = build_detector(len(CLASS_TO_NAME))
detector.compile(optimizer="adam", loss=["binary_crossentropy", "mse"])
detector.fit(rng.random((16, 24, 24, 3)), [rng.integers(0, 2, (16, 8)).astype("float32"), rng.random((16, 4))], epochs=1, verbose=0)
detector.save_weights(WEIGHTS)
# %%
class_to_name = {0: "driller"}
infer_model = build_detector(num_classes=len(class_to_name))
test_image = rng.random((1, 24, 24, 3))
infer_model.load_weights(WEIGHTS)
scores, boxes = infer_model.predict(test_image, verbose=0)
