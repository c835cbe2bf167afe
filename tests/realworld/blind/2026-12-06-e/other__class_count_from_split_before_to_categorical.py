# source: https://github.com/seth814/Audio-Classification/issues/29
# family: other
# raises: IndexError
# cause: 2:3
# raise: 3:2
# culprit: class_count | to_categorical | num_classes
# expect: The label ids come from the full sorted list of 15 instrument folders, but class_count is taken from the classes present in the training split (14, one class has no training clip), so to_categorical gets num_classes=14 and label 14 is out of bounds ("index 14 is out of bounds for axis 1 with size 14"). Take the count from the full class list (len(classes)).
# %%
import numpy as np
import keras
rng = np.random.default_rng(15)
classes = sorted(["bass", "brass", "cello", "clarinet", "drums", "flute", "guitar", "harp",
                  "oboe", "organ", "piano", "sax", "synth", "violin", "vocal"])
clip_class = rng.choice(classes, size=300)
clip_class[clip_class == "vocal"] = "violin"
test_class = np.array(["vocal", "piano", "harp"])
# %%
label_of = {c: i for i, c in enumerate(classes)}
train_ids = np.array([label_of[c] for c in clip_class] + [label_of[c] for c in test_class])
class_count = len(np.unique(clip_class))
mfcc = rng.normal(size=(len(train_ids), 13, 20, 1)).astype("float32")
# %%
print(class_count, "classes")
y_train = keras.utils.to_categorical(train_ids, num_classes=class_count)
