# source: https://github.com/matterport/Mask_RCNN/issues/2272
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: bbox_fc | class_logits | NUM_CLASSES
# expect: The weights file was saved from a model with 81-class class_logits/bbox_fc heads, and the new model has NUM_CLASSES=22, so e.g. bbox_fc's kernel shape (64, 88) does not match the saved (64, 324). Exclude or skip the head when loading (load_weights(..., skip_mismatch=True) or load only the backbone).
# %%
import tempfile
import numpy as np
import keras
def build_detector(num_classes):
    inp = keras.Input((20,))
    h = keras.layers.Dense(64, activation="relu", name="backbone")(inp)
    cls = keras.layers.Dense(num_classes, name="class_logits")(h)
    box = keras.layers.Dense(num_classes * 4, name="bbox_fc")(h)
    return keras.Model(inp, [cls, box])
coco_weights = tempfile.mkdtemp() + "/coco.weights.h5"
build_detector(81).save_weights(coco_weights)
# %%
NUM_CLASSES = 22
detector = build_detector(NUM_CLASSES)
# %%
detector.load_weights(coco_weights)
