# source: https://github.com/tensorflow/recommenders/issues/540
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1, 4:1
# raise: 4:1
# culprit: two_tower_retrieval | count_params
# expect: TwoTowerRetrieval trains only through its custom train_step on the two towers and has no call(), so the outer model itself is never built even after fit, and count_params refuses it ("the layer isn't built"). Give the model a build()/call() and build it, or count the towers' parameters (retrieval.user_tower.count_params() + ...).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(23)
users = rng.random((32, 3)).astype("float32")
items = rng.random((32, 5)).astype("float32")
pairs = tf.data.Dataset.from_tensor_slices((users, items)).batch(8)
# %%
class TwoTowerRetrieval(keras.Model):
    def __init__(self, dim=4):
        super().__init__()
        self.user_tower = keras.Sequential([keras.layers.Dense(dim)])
        self.item_tower = keras.Sequential([keras.layers.Dense(dim)])
    def train_step(self, data):
        u, i = data
        with tf.GradientTape() as tape:
            scores = tf.reduce_sum(self.user_tower(u) * self.item_tower(i), axis=1)
            loss = tf.reduce_mean(tf.square(scores - 1.0))
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}
# %%
retrieval = TwoTowerRetrieval()
retrieval.compile(optimizer="adam")
retrieval.fit(pairs, epochs=1, verbose=0)
# %%
n_params = retrieval.count_params()
