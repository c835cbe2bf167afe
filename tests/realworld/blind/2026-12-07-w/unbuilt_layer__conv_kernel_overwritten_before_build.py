# source: https://github.com/keras-team/keras/issues/18893
# family: unbuilt_layer
# raises: AttributeError
# cause: 2:1
# raise: 2:3
# culprit: edge_conv | kernel
# expect: edge_conv has not been called or built, so its kernel does not exist yet and reading edge_conv.kernel to overwrite it with the hand-made filters fails. Build the layer first (edge_conv.build((None, 10, 10, 3)) or call it on a sample batch), then assign the kernel.
# %%
import numpy as np
import keras
sobel = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], dtype="float32")
custom_kernel = np.repeat(np.repeat(sobel[:, :, None, None], 3, axis=2), 8, axis=3)
images = np.random.rand(4, 10, 10, 3).astype("float32")
# %%
edge_conv = keras.layers.Conv2D(8, 3, padding="same", activation="relu")
print(edge_conv.weights)
edge_conv.kernel.assign(custom_kernel)
edges = edge_conv(images)
