# source: https://github.com/keras-team/keras/issues/19899
# family: other
# raises: TypeError
# cause: 1:5, 3:1
# raise: 3:1
# culprit: TokenAndPosition
# expect: the model saved to review_classifier.keras contains the custom TokenAndPosition layer, which is neither registered with @keras.saving.register_keras_serializable() nor passed to load_model, so Keras cannot locate the class when it rebuilds the model. Decorate the class or call load_model(..., custom_objects={"TokenAndPosition": TokenAndPosition}).
# %%
import numpy as np
import tensorflow as tf
import keras

class TokenAndPosition(keras.layers.Layer):
    def __init__(self, maxlen, vocab, dim, **kwargs):
        super().__init__(**kwargs)
        self.maxlen, self.vocab, self.dim = maxlen, vocab, dim
        self.tok = keras.layers.Embedding(vocab, dim)
        self.pos = keras.layers.Embedding(maxlen, dim)
    def call(self, x):
        positions = tf.range(start=0, limit=self.maxlen, delta=1)
        return self.tok(x) + self.pos(positions)
    def get_config(self):
        config = super().get_config()
        config.update({"maxlen": self.maxlen, "vocab": self.vocab, "dim": self.dim})
        return config
# %%
MAXLEN, VOCAB = 20, 300
rng = np.random.default_rng(14)
reviews = rng.integers(1, VOCAB, size=(48, MAXLEN))
stars = rng.integers(0, 2, size=48)
tokens = keras.Input(shape=(MAXLEN,), dtype="int32")
x = TokenAndPosition(MAXLEN, VOCAB, 16)(tokens)
x = keras.layers.GlobalAveragePooling1D()(x)
clf = keras.Model(tokens, keras.layers.Dense(1, activation="sigmoid")(x))
clf.compile(optimizer="adam", loss="binary_crossentropy")
clf.fit(reviews, stars, epochs=1, verbose=0)
clf.save("/tmp/review_classifier.keras")
# %%
review_clf = keras.models.load_model("/tmp/review_classifier.keras")
review_clf.summary()
