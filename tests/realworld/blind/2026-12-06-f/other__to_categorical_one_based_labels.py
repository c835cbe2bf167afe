# source: https://github.com/johnkorn/distillation/issues/1
# family: other
# raises: IndexError
# cause: 1:5
# raise: 2:2
# culprit: to_categorical | y_train | nb_classes
# expect: the letter labels run from 1 to 26, so label 26 is out of range for num_classes=26; shift the labels to 0-based (y_train - 1) before to_categorical.
# %%
import numpy as np
import keras

nb_classes = 26
y_train = np.random.default_rng(1).integers(1, nb_classes + 1, size=200)
y_train[-1] = nb_classes
x_train = np.random.default_rng(2).random((200, 28 * 28)).astype("float32")
print("label range", y_train.min(), y_train.max())
# %%
def prepare(x, y, n):
    return x.reshape(-1, 28, 28, 1), keras.utils.to_categorical(y, n)
X, Y = prepare(x_train, y_train, nb_classes)
