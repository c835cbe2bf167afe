# source: https://github.com/tensorflow/tensorflow/issues/46325
# family: untracked_weights
# raises: NONE
# cause: 1:11, 1:12
# raise: NONE
# culprit: moving_mean | moving_var
# expect: RunningNorm stores its running mean/variance as plain tf.Variable objects created in __init__; a Keras 3 layer only tracks variables made with add_weight, so they are missing from model.weights / non_trainable_weights and are silently left out of save_weights and get_weights (the model reports 2 variables for this layer instead of 4). Create them with self.add_weight(..., trainable=False) in build().
# %%
import numpy as np
import tensorflow as tf
import keras

class RunningNorm(keras.layers.Layer):
    def __init__(self, dim, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
        self.gamma = self.add_weight(name="gamma", shape=(dim,), initializer="ones")
        self.beta = self.add_weight(name="beta", shape=(dim,), initializer="zeros")
        self.moving_mean = tf.Variable(tf.zeros(dim), trainable=False, name="moving_mean")
        self.moving_var = tf.Variable(tf.ones(dim), trainable=False, name="moving_var")

    def call(self, x, training=False):
        if training:
            mean, var = tf.nn.moments(x, axes=[0])
            self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * mean)
            self.moving_var.assign(self.momentum * self.moving_var + (1 - self.momentum) * var)
        else:
            mean, var = self.moving_mean, self.moving_var
        return self.gamma * (x - mean) / tf.sqrt(var + 1e-3) + self.beta
# %%
rng = np.random.default_rng(52)
x = rng.normal(loc=3.0, size=(64, 4)).astype(np.float32)
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((4,)), RunningNorm(4, name="running_norm"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(x, y, batch_size=16, epochs=2, verbose=0)
# %%
print("layer variables:", [w.name for w in model.get_layer("running_norm").weights])
print("model variables:", len(model.weights))
model.save_weights("/tmp/b12_running_norm.weights.h5")
