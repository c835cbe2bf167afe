# source: https://github.com/philipperemy/keras-tcn/issues/284
# family: other
# raises: ValueError
# cause: 1:8
# raise: 3:1
# culprit: lr | OPT_KWARGS
# expect: the optimizer settings were copied from a Keras 2 script and use the key "lr"; Keras 3 optimizers only accept learning_rate, so Adam(**OPT_KWARGS) fails with "Argument(s) not recognized: {'lr': 0.003}". Rename the key to learning_rate.
# %%
import numpy as np
import keras

rng = np.random.default_rng(171)
x_tabular = rng.random((48, 5)).astype("float32")
y_tabular = rng.integers(0, 2, size=48)

OPT_KWARGS = {"lr": 3e-3, "clipnorm": 1.0}
TRAIN_KWARGS = {"epochs": 2, "batch_size": 16}
# %%
clf = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"),
                        keras.layers.Dense(1, activation="sigmoid")])
# %%
opt = keras.optimizers.Adam(**OPT_KWARGS)
clf.compile(opt, "binary_crossentropy", metrics=["accuracy"])
clf.fit(x_tabular, y_tabular, verbose=0, **TRAIN_KWARGS)
