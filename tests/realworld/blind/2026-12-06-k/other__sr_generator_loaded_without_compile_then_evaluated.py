# source: https://github.com/krasserm/super-resolution/issues/20
# family: other
# raises: ValueError
# cause: 3:2
# raise: 4:1
# culprit: compile | evaluate | load_model
# expect: The generator checkpoint is reloaded with load_model(..., compile=False), which gives an uncompiled model; predict works but evaluate() needs a loss/metrics configuration and fails with "You must call `compile()` before using the model". Load with compile=True or call generator.compile(loss=..., metrics=[psnr]) before evaluating.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
from keras import layers

SCALE = 2
rng = np.random.default_rng(30)
hr = rng.random((16, 16, 16, 3)).astype("float32")
lr = tf.image.resize(hr, (8, 8)).numpy()
GEN_PATH = os.path.join(tempfile.mkdtemp(), "generator-epoch-001.keras")

def psnr(y_true, y_pred):
    return tf.image.psnr(y_true, y_pred, max_val=1.0)
# %%
inp = keras.Input((None, None, 3))
x = layers.Conv2D(16, 3, padding="same", activation="relu")(inp)
out = layers.Conv2DTranspose(3, 3, strides=SCALE, padding="same")(x)
generator = keras.Model(inp, out)
generator.compile(optimizer="adam", loss="mae", metrics=[psnr])
generator.fit(lr, hr, epochs=1, batch_size=8, verbose=0)
generator.save(GEN_PATH)
# %%
# evaluation notebook section: reload the saved generator
generator = keras.models.load_model(GEN_PATH, compile=False)
sr_preview = generator.predict(lr[:2], verbose=0)
print(sr_preview.shape)
# %%
mae, mean_psnr = generator.evaluate(lr, hr, batch_size=8, verbose=0)
print("PSNR:", mean_psnr)
