# source: https://github.com/siavash-khodadadeh/UMTRA-Release/issues/4
# family: unbuilt_layer
# raises: AttributeError
# cause: 2:2, 1:6
# raise: 3:6
# culprit: fast_net | make_learner
# expect: fast_net comes from make_learner(), a Sequential without an Input, and it has never been called, so its Dense layers have no kernel yet; reading fast_net.layers[i].kernel in the inner-loop update fails. Build fast_net first (call it on a batch or pass an Input) before copying adapted weights into it.
# %%
import numpy as np
import tensorflow as tf
import keras

def make_learner(n_way=5):
    return keras.Sequential([
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_way),
    ])

meta_net = make_learner()
meta_net.build((None, 28))
support_x = np.random.rand(25, 28).astype("float32")
support_y = np.repeat(np.arange(5), 5)
# %%
inner_lr = 0.4
fast_net = make_learner()
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
# %%
with tf.GradientTape() as tape:
    loss = loss_fn(support_y, meta_net(support_x))
grads = tape.gradient(loss, meta_net.trainable_variables)
for i, layer in enumerate(meta_net.layers):
    fast_layer = fast_net.layers[i]
    fast_layer.kernel.assign(layer.kernel - inner_lr * grads[2 * i])
    fast_layer.bias.assign(layer.bias - inner_lr * grads[2 * i + 1])
