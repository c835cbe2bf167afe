# source: https://github.com/kuangcaomvp/speech-recognize/issues/13
# family: untracked_weights
# raises: ValueError
# cause: 1:11, 1:12
# raise: 3:11
# culprit: SpectralDense | self.w
# expect: SpectralDense stores its kernel and bias as raw tf.Variable attributes inside build(); Keras 3 does not track them, so acoustic_model.trainable_variables is empty, every tower returns an empty gradient list and zip(*grads_and_vars) has nothing to unpack. Create the weights with self.add_weight(...) so Keras tracks and trains them.
# %%
import numpy as np
import tensorflow as tf
import keras

class SpectralDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = tf.Variable(tf.random.normal((input_shape[-1], self.units), stddev=0.1), name="w")
        self.b = tf.Variable(tf.zeros((self.units,)), name="b")

    def call(self, x):
        return tf.nn.relu(tf.matmul(x, self.w) + self.b)
# %%
acoustic_model = keras.Sequential([keras.Input((40,)), SpectralDense(32), SpectralDense(12)])
frames = np.random.randn(64, 40).astype("float32")
phones = np.random.randint(0, 12, size=64)
optimizer = keras.optimizers.Adam(1e-3)
ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
# %%
tower_grads = []
for shard_x, shard_y in zip(np.split(frames, 2), np.split(phones, 2)):
    with tf.GradientTape() as tape:
        loss = ce(shard_y, acoustic_model(shard_x))
    tower_grads.append(tape.gradient(loss, acoustic_model.trainable_variables))

avg_tower_gradients = [
    (tf.reduce_mean(tf.stack(gs), axis=0), v)
    for gs, v in zip(zip(*tower_grads), acoustic_model.trainable_variables)
]
grads, all_vars = zip(*avg_tower_gradients)
optimizer.apply_gradients(zip(grads, all_vars))
