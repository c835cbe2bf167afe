# source: https://github.com/tensorflow/tensorflow/issues/55403
# family: shape_mismatch
# raises: TypeError
# cause: 2:9, 1:7
# raise: 3:2
# culprit: input_signature | TensorSpec | readmitted
# expect: The on-device trainer's train signature declares labels as TensorSpec([None, 1]), but the labels are a flat vector of shape (N,), so calling train fails with "Binding inputs to tf.function failed ... Can not cast TensorSpec(shape=(8,)...) to TensorSpec(shape=(None, 1)...)". Reshape the labels to (N, 1) or declare the label spec as [None].
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(23)
vitals = rng.random((32, 2)).astype("float32")
readmitted = (vitals[:, 0] > 0.5).astype("float32")
# %%
class OnDeviceTrainer(tf.Module):
    def __init__(self):
        super().__init__()
        self.net = keras.Sequential([keras.Input((2,)), keras.layers.Dense(4, activation="relu"),
                                     keras.layers.Dense(1, activation="sigmoid")])
        self.opt = keras.optimizers.SGD(0.1)
        self.loss_fn = keras.losses.BinaryCrossentropy()

    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32), tf.TensorSpec([None, 1], tf.float32)])
    def train(self, x, y):
        with tf.GradientTape() as tape:
            loss = self.loss_fn(y, self.net(x))
        grads = tape.gradient(loss, self.net.trainable_variables)
        self.opt.apply_gradients(zip(grads, self.net.trainable_variables))
        return {"loss": loss}

trainer = OnDeviceTrainer()
# %%
for start in range(0, 32, 8):
    out = trainer.train(vitals[start:start + 8], readmitted[start:start + 8])
