# source: https://github.com/tensorflow/tensorflow/issues/27120
# family: unbuilt_layer
# raises: NONE
# cause: 3:1, 2:1
# raise: NONE
# culprit: actor | train_step
# expect: train_step was traced while actor was the first model and keeps training that captured model; rebinding actor to a fresh build_actor() in the last cell does not retrace (same input shapes), so the new actor is never called, stays unbuilt with no weights, and the loop silently trains the old one. Warn that actor is unbuilt after the cell; re-run the train_step cell after rebuilding (or pass the model as an argument).
# %%
import tensorflow as tf
import keras

def build_actor():
    return keras.Sequential([keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(1)])

actor = build_actor()
opt = keras.optimizers.SGD(0.01)
# %%
@tf.function
def train_step(obs, returns):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(actor(obs) - returns))
    grads = tape.gradient(loss, actor.trainable_variables)
    opt.apply_gradients(zip(grads, actor.trainable_variables))
    return loss

train_step(tf.random.normal([16, 3]), tf.random.normal([16, 1]))
# %%
actor = build_actor()
for episode in range(3):
    last_loss = train_step(tf.random.normal([16, 3]), tf.random.normal([16, 1]))
