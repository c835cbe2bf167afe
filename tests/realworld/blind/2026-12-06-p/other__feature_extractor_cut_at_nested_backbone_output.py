# source: https://github.com/tensorflow/tensorflow/issues/44608
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: backbone | classifier.input
# expect: The backbone is a nested model called on a new Input inside the classifier; its own .output belongs to the backbone's internal graph, not to classifier.input, so Model(classifier.input, backbone.output) is disconnected. Use Model(backbone.input, backbone.output) or take the tensor produced by calling the backbone inside the classifier graph.
# %%
import numpy as np
import keras

photos = np.random.default_rng(1).random((8, 32, 32, 3)).astype("float32")
labels = np.arange(8) % 3
# %%
def make_backbone():
    inp = keras.Input((32, 32, 3))
    x = keras.layers.Conv2D(8, 3, activation="relu")(inp)
    x = keras.layers.GlobalAveragePooling2D(name="gap")(x)
    return keras.Model(inp, x, name="backbone")

backbone = make_backbone()
backbone.trainable = False
image_in = keras.Input((32, 32, 3))
pooled = backbone(image_in, training=False)
scores = keras.layers.Dense(3, activation="softmax")(pooled)
classifier = keras.Model(image_in, scores)
classifier.compile("adam", "sparse_categorical_crossentropy")
classifier.fit(photos, labels, epochs=1, verbose=0)
# %%
embedder = keras.Model(inputs=classifier.input, outputs=classifier.get_layer("backbone").output)
embeddings = embedder.predict(photos, verbose=0)
