# source: https://github.com/tensorflow/tensorflow/issues/33447
# family: device_placement
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: /gpu:0 | classifier
# expect: the model is built and trained under tf.device("/gpu:0") but no GPU is registered, so with soft placement (the TF2 default) every variable and op silently falls back to the CPU; the run succeeds but nothing ran on a GPU: check tf.config.list_physical_devices("GPU") and fix the GPU setup, or drop the misleading device scope
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
images = np.random.rand(128, 28, 28, 1).astype("float32")
labels = np.random.randint(0, 10, size=128)
# %%
with tf.device("/gpu:0"):
    classifier = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(8, 3, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=0.05)),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ])
    classifier.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    classifier.fit(images, labels, epochs=1, batch_size=32, verbose=0)
print("kernel placed on:", classifier.layers[0].kernel.value.device)
