# source: https://github.com/davidsandberg/facenet/issues/244
# family: shape_mismatch
# raises: ValueError
# cause: 1:13, 2:2
# raise: 3:3
# culprit: reshape | Reshape
# expect: DigitNet.call flattens with the hard-coded size 7*7*32 (right for 28x28 inputs), but the scans are 32x32, so after pooling by 4 each sample has 8*8*32 = 2048 values and a batch of 8 (16384 values) is not divisible by 1568; Keras sees it while tracing the train step. Flatten with tf.reshape(x, [tf.shape(x)[0], -1]) or keras.layers.Flatten(), or feed 28x28 images.
# %%
import tensorflow as tf
import keras

class DigitNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = keras.layers.Conv2D(32, 3, padding="same", activation="relu")
        self.pool = keras.layers.MaxPooling2D(4)
        self.out = keras.layers.Dense(10)

    def call(self, images):
        x = self.pool(self.conv(images))
        x = tf.reshape(x, [-1, 7 * 7 * 32])
        return self.out(x)
# %%
import numpy as np
scans = np.random.rand(16, 32, 32, 1).astype("float32")
scan_digits = np.random.randint(0, 10, size=16)
# %%
net = DigitNet()
net.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
net.fit(scans, scan_digits, batch_size=8, epochs=1, verbose=0)
