# source: https://github.com/keras-team/keras/issues/9377
# family: other
# raises: TypeError
# cause: 3:2
# raise: 3:2
# culprit: mean_bias_error | custom_objects
# expect: The model was compiled with the custom loss function mean_bias_error, which is stored in the .keras file only by name; load_model without custom_objects (and without registering the function) cannot locate it: "Could not locate function 'mean_bias_error'". Pass custom_objects={"mean_bias_error": mean_bias_error}, decorate it with @keras.saving.register_keras_serializable(), or load with compile=False.
# %%
import numpy as np
import tensorflow as tf
import keras

def mean_bias_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_pred - y_true)) + 0.1 * tf.abs(tf.reduce_mean(y_pred - y_true))

rng = np.random.default_rng(14)
price_features = rng.random((80, 9)).astype("float32")
next_return = rng.normal(size=(80, 1)).astype("float32")
# %%
net = keras.Sequential([keras.Input((9,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(1)])
net.compile(optimizer="adam", loss=mean_bias_error)
net.fit(price_features, next_return, epochs=2, batch_size=20, verbose=0)
model_dir = "/tmp/b14_models/nn-0-36"
import os; os.makedirs(model_dir, exist_ok=True)
net.save(os.path.join(model_dir, "model.keras"))
# %%
from keras.models import load_model
restored = load_model(os.path.join(model_dir, "model.keras"))
restored.predict(price_features[:3], verbose=0)
