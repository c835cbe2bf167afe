# source: https://github.com/AlvaroCavalcante/auto_annotate/issues/72
# family: other
# raises: TypeError
# cause: 3:3
# raise: 4:1
# culprit: uint8 | photo
# expect: The exported serve signature is float32 (None, 32, 32, 3), but the photo comes straight out of decode_jpeg as uint8, so no concrete function matches the call ("Can not cast TensorSpec ... uint8 to ... float32"). Cast the decoded image to float32 before calling serve (the model rescales it itself).
# %%
import numpy as np
import tensorflow as tf
import keras
EXPORT_DIR = "/tmp/b17_export/leaf_classifier"
IMG = 32
# %%
leaf_model = keras.Sequential([keras.Input((IMG, IMG, 3)), keras.layers.Rescaling(1 / 255.0), keras.layers.Conv2D(4, 3), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(3)])
leaf_model.export(EXPORT_DIR, verbose=False)
# %%
serving = tf.saved_model.load(EXPORT_DIR)
photo_bytes = tf.io.encode_jpeg(tf.cast(np.random.default_rng(0).random((IMG, IMG, 3)) * 255, tf.uint8))
photo = tf.io.decode_jpeg(photo_bytes, channels=3)
batch = tf.expand_dims(photo, 0)
# %%
logits = serving.serve(batch)
