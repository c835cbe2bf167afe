# source: https://github.com/tensorflow/decision-forests/issues/25
# family: other
# raises: AttributeError
# cause: 3:1, 3:2
# raise: 3:2
# culprit: tf.saved_model.load | predict
# expect: tf.saved_model.load returns a generic restored object (_UserObject), not a Keras model, so it has no .predict(). Call its serving signature / restored function directly (loaded.serve(x)), or save in .keras format and reload with keras.models.load_model.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(15)
x_tab = rng.normal(size=(200, 7)).astype(np.float32)
y_tab = (x_tab[:, 0] + x_tab[:, 3] > 0).astype(np.float32)
# %%
forest_like = keras.Sequential([keras.Input((7,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
forest_like.compile("adam", "binary_crossentropy")
forest_like.fit(x_tab, y_tab, epochs=1, verbose=0)
export_dir = "/tmp/tabular_export_b4"
forest_like.export(export_dir, verbose=False)
# %%
loaded_model = tf.saved_model.load(export_dir)
score = loaded_model.predict(x_tab[:5])
