# source: https://github.com/keras-team/keras/issues/21046
# family: other
# raises: TypeError
# cause: 1:7, 3:2
# raise: 3:2
# culprit: GatedResidual | register_keras_serializable | custom_objects
# expect: The .keras file stores the custom layer only by its registered name; GatedResidual is neither decorated with @keras.saving.register_keras_serializable() nor passed in custom_objects, so load_model cannot locate the class ("Could not locate class 'GatedResidual'") and the Functional model cannot be deserialized. Register the class (decorator) or call load_model(path, custom_objects={"GatedResidual": GatedResidual}).
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers
MODEL_PATH = os.path.join(tempfile.mkdtemp(), "tabular_gate.keras")

class GatedResidual(layers.Layer):
    def __init__(self, units, dropout=0.1, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dropout = dropout
        self.proj = layers.Dense(units)
        self.gate = layers.Dense(units, activation="sigmoid")
        self.drop = layers.Dropout(dropout)

    def call(self, x, training=None):
        return x + self.drop(self.proj(x) * self.gate(x), training=training)

    def get_config(self):
        return {**super().get_config(), "units": self.units, "dropout": self.dropout}
# %%
rng = np.random.default_rng(6)
x_tab = rng.normal(size=(48, 8)).astype("float32")
y_tab = (x_tab[:, :1] > 0).astype("float32")
inp = keras.Input((8,))
h = GatedResidual(8)(inp)
out = layers.Dense(1, activation="sigmoid")(h)
model = keras.Model(inp, out)
model.compile("adam", "binary_crossentropy")
model.fit(x_tab, y_tab, epochs=1, verbose=0)
model.save(MODEL_PATH)
# %%
# later in the notebook: reload the best model for scoring
restored = keras.models.load_model(MODEL_PATH)
print(restored.predict(x_tab[:2], verbose=0))
