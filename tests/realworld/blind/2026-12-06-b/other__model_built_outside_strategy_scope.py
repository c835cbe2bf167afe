# source: https://github.com/tensorflow/hub/issues/469
# family: other
# raises: RuntimeError
# cause: 2:1
# raise: 3:1
# culprit: build_classifier | strategy.scope
# expect: The model (and its variables) is created by build_classifier() before entering strategy.scope(); only compile runs inside the scope, so fit finds variables that do not belong to the MirroredStrategy ("Need to be inside with strategy.scope()"). Build the model inside the scope as well.
# %%
import numpy as np
import tensorflow as tf
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
print("replicas:", strategy.num_replicas_in_sync)

def build_classifier():
    return keras.Sequential([keras.Input((20,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dropout(0.2), keras.layers.Dense(4, activation="softmax")])
# %%
classifier = build_classifier()
with strategy.scope():
    classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
classifier.fit(np.random.rand(64, 20).astype("float32"), np.random.randint(0, 4, 64), batch_size=16, epochs=1, verbose=0)
