# family: none
# raises: NONE
# culprit: -
import numpy as np
import tensorflow as tf
x = np.random.rand(64, 8).astype("float32"); y = (x.sum(1) > 4).astype("int32")
model = tf.keras.Sequential([tf.keras.Input((8,)), tf.keras.layers.Dense(16, activation="relu"),
                             tf.keras.layers.Dropout(0.2), tf.keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
hist = model.fit(x, y, epochs=2, batch_size=16, validation_split=0.25, verbose=0)
model.summary()
print(hist.history["loss"][-1])
