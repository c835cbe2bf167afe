# source: https://github.com/tensorflow/hub/issues/712
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: strategy.scope
# expect: Nothing to report: the model is built and compiled inside strategy.scope(), so fit outside the scope uses the mirrored variables correctly (a one-device CPU strategy).
# %%
import numpy as np
import tensorflow as tf
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
images = np.random.rand(32, 12, 12, 3).astype("float32")
classes = np.random.randint(0, 5, 32)
# %%
with strategy.scope():
    feature_model = keras.Sequential([
        keras.Input((12, 12, 3)),
        keras.layers.Conv2D(8, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(5, activation="softmax"),
    ])
    feature_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
feature_model.fit(images, classes, batch_size=8, epochs=1, verbose=0)
