# source: https://github.com/keras-team/keras/issues/10783
# family: other
# raises: TypeError
# cause: 4:1, 2:1
# raise: 4:1
# culprit: ICNR | load_model
# expect: the saved model references the custom kernel initializer ICNR, which Keras cannot resolve when the archive is loaded; pass custom_objects={"ICNR": ICNR} to load_model (or register the class with @keras.saving.register_keras_serializable())
# %%
import os
import tempfile
import numpy as np
import keras

workdir = tempfile.mkdtemp()
rng = np.random.default_rng(4)
# %%
class ICNR(keras.initializers.Initializer):
    def __init__(self, scale=2):
        self.scale = scale

    def __call__(self, shape, dtype=None):
        base = keras.initializers.GlorotUniform(seed=1)(shape, dtype)
        return base / self.scale

    def get_config(self):
        return {"scale": self.scale}
# %%
upsampler = keras.Sequential([
    keras.Input((16, 16, 3)),
    keras.layers.Conv2D(12, 3, padding="same", kernel_initializer=ICNR(scale=2)),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1),
])
upsampler.compile(optimizer="adam", loss="mse")
upsampler.fit(rng.random((8, 16, 16, 3)), rng.random((8, 1)), epochs=1, verbose=0)
model_name = os.path.join(workdir, "upsampler.keras")
upsampler.save(model_name)
# %%
model = keras.models.load_model(model_name)
model.summary()
