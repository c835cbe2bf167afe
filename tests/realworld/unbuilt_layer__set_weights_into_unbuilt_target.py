# source: https://github.com/keras-team/keras/issues/10417
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1
# raise: 2:2
# culprit: target_critic
# expect: target_critic is a new Sequential without an Input that has never been called, so it has no weights yet ("expecting 0 weights"); critic was built by calling it on data. Build the copy first (target_critic(np.zeros((1, 6))) or target_critic.build((None, 6))), or use keras.models.clone_model plus build, before set_weights.
# %%
import numpy as np
import keras

def make_critic():
    return keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])

critic = make_critic()
critic(np.zeros((1, 6), dtype="float32"))
# %%
target_critic = make_critic()
target_critic.set_weights(critic.get_weights())
