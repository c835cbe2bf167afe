# source: https://github.com/imfing/keras-flask-deploy-webapp/issues/7
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:3
# culprit: TARGET_SIZE | 224
# expect: The model was trained on 150x150 images, but the serving helper resizes uploads to the template's 224x224, so after Flatten the first Dense layer sees a different feature count and the prediction fails with an input-shape mismatch. Resize to the model's input size (model.input_shape[1:3]) instead of the hard-coded 224.
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers
IMG = 150
clf = keras.Sequential([
    keras.Input((IMG, IMG, 3)),
    layers.Conv2D(8, 3, strides=2, activation="relu"),
    layers.MaxPooling2D(4),
    layers.Flatten(),
    layers.Dense(16, activation="relu"),
    layers.Dense(1, activation="sigmoid"),
])
clf.compile("adam", "binary_crossentropy")
# %%
TARGET_SIZE = (224, 224)
def model_predict(raw_img, model):
    x = tf.image.resize(raw_img, TARGET_SIZE) / 255.0
    x = np.expand_dims(x.numpy(), axis=0)
    return model.predict(x, verbose=0)
# %%
upload = np.random.default_rng(2).integers(0, 255, (300, 400, 3)).astype("float32")
print("uploaded", upload.shape)
pred = model_predict(upload, clf)
