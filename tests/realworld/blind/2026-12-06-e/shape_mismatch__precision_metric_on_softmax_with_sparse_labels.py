# source: https://github.com/keras-team/keras/issues/18283
# family: shape_mismatch
# raises: ValueError
# cause: 2:6
# raise: 3:1
# culprit: Precision | precision
# expect: keras.metrics.Precision is a binary metric: it compares y_pred elementwise with y_true, so the (batch, 3) softmax output against (batch,) integer species labels gives incompatible shapes inside the metric update ("Dimensions must be equal ... LogicalAnd"). Use a per-class metric on one-hot labels (Precision(class_id=k) with categorical labels) or compute precision after argmax.
# %%
import numpy as np
import keras
rng = np.random.default_rng(41)
petals = rng.random((150, 4)).astype("float32")
species = rng.integers(0, 3, 150).astype("int64")
# %%
iris_clf = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
iris_clf.compile(
    optimizer=keras.optimizers.SGD(0.1),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy",
             keras.metrics.Precision(name="precision")],
)
# %%
history = iris_clf.fit(petals, species, batch_size=30, epochs=2, verbose=0)
