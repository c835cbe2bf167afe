# source: https://github.com/tensorflow/tensorflow/issues/25036
# family: none
# raises: NONE
# cause: 3:2
# raise: NONE
# culprit: clf
# expect: nothing is wrong: the subclassed ClassCNN is called once on a dummy batch before summary() and load_weights, so its layers are built and the saved weights load into matching variables; no diagnosis should be raised
# %%
import os
import tempfile
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(41)
save_dir = tempfile.mkdtemp()
# %%
class ClassCNN(keras.Model):
    def __init__(self, n_classes=10, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = layers.Conv2D(8, 3, activation="relu")
        self.pool = layers.MaxPooling2D()
        self.flat = layers.Flatten()
        self.out = layers.Dense(n_classes)

    def call(self, x):
        return self.out(self.flat(self.pool(self.conv1(x))))


source = ClassCNN()
source(np.zeros((1, 28, 28, 1), "float32"))
path = os.path.join(save_dir, "cnn.weights.h5")
source.save_weights(path)
# %%
clf = ClassCNN()
clf(tf.random.uniform(shape=(4, 28, 28, 1)))
clf.summary()
clf.load_weights(path)
print(clf.predict(rng.random((2, 28, 28, 1)), verbose=0).shape)
