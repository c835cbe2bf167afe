# source: https://github.com/DeepLearningSandbox/DeepLearningSandbox/issues/3
# family: shape_mismatch
# raises: ValueError
# cause: 1:5
# raise: 3:2
# culprit: categorical_crossentropy | rating_class
# expect: CONFIG selects categorical_crossentropy, which needs one-hot targets shaped like the (batch, 5) output, but rating_class holds integer ids of shape (batch,); use sparse_categorical_crossentropy (or one-hot the labels).
# %%
import numpy as np
import keras

CONFIG = {
    "loss": "categorical_crossentropy",
    "lr": 3e-3,
    "epochs": 2,
    "batch_size": 16,
    "n_classes": 5,
}
# %%
rng = np.random.RandomState(42)
review_vecs = rng.rand(80, 24).astype("float32")
rating_class = rng.randint(0, CONFIG["n_classes"], size=80)

inputs = keras.Input(shape=(24,))
hidden = keras.layers.Dense(32, activation="relu")(inputs)
outputs = keras.layers.Dense(CONFIG["n_classes"], activation="softmax")(hidden)
rating_model = keras.Model(inputs, outputs)
rating_model.compile(optimizer=keras.optimizers.RMSprop(CONFIG["lr"]), loss=CONFIG["loss"])
# %%
print("training on", review_vecs.shape)
rating_model.fit(review_vecs, rating_class, epochs=CONFIG["epochs"],
                 batch_size=CONFIG["batch_size"], verbose=0)
