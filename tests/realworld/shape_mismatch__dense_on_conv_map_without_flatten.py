# source: https://daily-blog.netlify.app/questions/2419757/
# family: shape_mismatch
# raises: ValueError
# cause: 1:9
# raise: 1:13
# culprit: dense | Dense
# expect: The Dense layer is applied directly to the 4-D Conv2D feature map (None, 18, 18, 16); Dense only acts on the last axis, so the model output is (None, 18, 18, 10) while photo_classes is (batch, 10). Put keras.layers.Flatten() (or GlobalAveragePooling2D) between the Conv2D and the Dense.
# %%
import numpy as np
import keras

photos = np.random.random((40, 20, 20, 3)).astype("float32")
photo_classes = keras.utils.to_categorical(np.random.randint(10, size=(40, 1)), num_classes=10)

pixels = keras.Input(shape=(20, 20, 3))
features = keras.layers.Conv2D(16, (3, 3), activation="relu")(pixels)
hidden = keras.layers.Dense(64, activation="relu")(features)
scores = keras.layers.Dense(10, activation="softmax")(hidden)
model = keras.Model(inputs=pixels, outputs=scores)
model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.SGD(learning_rate=0.01))
model.fit(photos, photo_classes, batch_size=8, epochs=1, verbose=0)
