# source: https://github.com/keras-team/keras-core/issues/469
# family: other
# raises: NotImplementedError
# cause: 1:6, 1:7
# raise: 3:2
# culprit: TabularMLP | get_config
# expect: TabularMLP takes a required constructor argument (hidden_sizes, stored and tracked as a list) but defines no get_config(), so Keras cannot serialize the model's constructor arguments and model.save(...".keras") refuses. Implement get_config() returning hidden_sizes/n_out (and from_config if needed).
# %%
import os, tempfile
import numpy as np
import keras

@keras.saving.register_keras_serializable(package="tabular")
class TabularMLP(keras.Model):
    def __init__(self, hidden_sizes, n_out=2, **kwargs):
        super().__init__(**kwargs)
        self.hidden_sizes = hidden_sizes
        self.blocks = [keras.layers.Dense(h, activation="relu") for h in hidden_sizes]
        self.head = keras.layers.Dense(n_out)

    def call(self, x):
        for block in self.blocks:
            x = block(x)
        return self.head(x)
# %%
X = np.random.rand(128, 10).astype("float32")
y = np.random.randint(0, 2, 128)
clf = TabularMLP([32, 16])
clf.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
clf.fit(X, y, epochs=2, verbose=0)
# %%
export_dir = tempfile.mkdtemp()
clf.save(os.path.join(export_dir, "tabular_mlp.keras"), overwrite=True)
restored = keras.saving.load_model(os.path.join(export_dir, "tabular_mlp.keras"))
