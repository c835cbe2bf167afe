# source: https://github.com/keras-team/keras/issues/18284
# family: other
# raises: ValueError
# cause: 1:9, 3:3
# raise: 3:3
# culprit: Lambda | safe_mode
# expect: The architecture contains a Lambda layer wrapping a Python lambda; deserializing it from JSON is refused in safe mode ("Requested the deserialization of a Lambda layer whose function is a Python lambda"). Replace the Lambda with a small registered custom layer (or, for a trusted file, call keras.config.enable_unsafe_deserialization() before loading).
# %%
import json
import numpy as np
import keras
from keras import layers
rng = np.random.default_rng(31)
dose = rng.random((64, 1)).astype("float32")
effect = (2 * dose + 0.1).astype("float32")
inputs = keras.Input(shape=(1,))
scaled = layers.Lambda(lambda t: t * 2.0, name="double_dose")(inputs)
outputs = layers.Dense(1)(scaled)
dose_model = keras.Model(inputs=inputs, outputs=outputs)
dose_model.compile("adam", "mse")
# %%
dose_model.fit(dose, effect, epochs=1, verbose=0)
with open("/tmp/b5_dose_arch.json", "w") as fh:
    fh.write(dose_model.to_json())
# %%
with open("/tmp/b5_dose_arch.json") as fh:
    arch = fh.read()
restored = keras.models.model_from_json(arch)
