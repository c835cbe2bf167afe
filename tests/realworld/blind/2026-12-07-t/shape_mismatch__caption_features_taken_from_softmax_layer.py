# source: https://github.com/Div-Infinity/Image-Captioning/issues/14
# family: shape_mismatch
# raises: ValueError
# cause: 2:5
# raise: 4:2
# culprit: extractor | photo_feats
# expect: the feature extractor ends at the backbone's last layer (the 100-way "predictions" softmax) instead of the 64-unit "fc2" layer, so photo_feats is (47, 100) while the caption model's Input expects 64 features; build extractor from backbone.get_layer("fc2").output
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
backbone = keras.Sequential([keras.Input((32,)),
                             keras.layers.Dense(64, activation="relu", name="fc2"),
                             keras.layers.Dense(100, activation="softmax", name="predictions")])
photos = np.random.rand(47, 32).astype("float32")
extractor = keras.Model(backbone.inputs, backbone.layers[-1].output)
photo_feats = extractor.predict(photos, verbose=0)
# %%
feat_in = keras.Input(shape=(64,))
h = keras.layers.Dense(16, activation="relu")(keras.layers.Dropout(0.5)(feat_in))
word_out = keras.layers.Dense(10, activation="softmax")(h)
captioner = keras.Model(feat_in, word_out)
captioner.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
next_words = np.random.randint(0, 10, size=47)
captioner.fit(photo_feats, next_words, epochs=1, verbose=0)
