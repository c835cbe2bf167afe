# source: https://github.com/keras-team/tf-keras/issues/44
# family: other
# raises: ValueError
# cause: 1:5, 3:1
# raise: 3:1
# culprit: rescale | Lambda | safe_mode
# expect: the saved model contains a Lambda layer wrapping a Python lambda; load_model runs in safe mode by default and refuses to deserialize lambda bytecode. Replace the Lambda with a built-in layer (e.g. Rescaling(2.0, offset=-1.0)) or a registered custom layer, or, for a trusted file, load with safe_mode=False.
# %%
import numpy as np
import keras
from keras import layers
inp = keras.Input(shape=(6,))
scaled = layers.Lambda(lambda t: t * 2.0 - 1.0, name="rescale")(inp)
out = layers.Dense(1)(layers.Dense(8, activation="relu")(scaled))
net = keras.Model(inp, out)
net.compile("adam", "mse")
net.fit(np.random.rand(32, 6), np.random.rand(32, 1), epochs=1, verbose=0)
# %%
import os, tempfile
export_path = os.path.join(tempfile.mkdtemp(), "rescaler.keras")
net.save(export_path)
# %%
restored = keras.models.load_model(export_path)
print(restored.predict(np.ones((1, 6)), verbose=0))
