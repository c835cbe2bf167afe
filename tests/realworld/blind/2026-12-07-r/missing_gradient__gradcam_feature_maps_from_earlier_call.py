# source: https://github.com/tensorflow/tensorflow/issues/59652
# family: missing_gradient
# raises: AttributeError
# cause: 3:3
# raise: 4:5
# culprit: conv_maps | grad_model
# expect: conv_maps was produced by a separate grad_model call in the previous cell, outside any tape; the tape in the Grad-CAM cell only recorded a second forward pass, so class_score does not depend on that conv_maps tensor and tape.gradient returns None (then grads.shape fails). Take conv_maps and the predictions from the same grad_model call inside the GradientTape.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
# %%
img_in = keras.Input(shape=(32, 32, 3))
x = keras.layers.Conv2D(8, 3, activation="relu", name="stem")(img_in)
x = keras.layers.Conv2D(16, 3, activation="relu", name="last_conv")(x)
x = keras.layers.GlobalAveragePooling2D()(x)
class_probs = keras.layers.Dense(3, activation="softmax")(x)
cam_net = keras.Model(img_in, class_probs)
grad_model = keras.Model(cam_net.inputs, [cam_net.get_layer("last_conv").output, cam_net.output])
# %%
rng = np.random.default_rng(10)
sample = rng.random((1, 32, 32, 3)).astype("float32")
conv_maps, _ = grad_model(sample)
print("feature maps:", conv_maps.shape)
# %%
with tf.GradientTape() as tape:
    _, preds = grad_model(sample)
    class_score = preds[:, 1]
grads = tape.gradient(class_score, conv_maps)
print(grads.shape)
