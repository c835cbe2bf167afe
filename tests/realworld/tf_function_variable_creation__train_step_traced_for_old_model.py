# source: https://github.com/ageron/handson-ml2/issues/440
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:1, 2:1
# raise: 3:2
# culprit: policy | train_step
# expect: train_step was traced for the first policy model; the later cell rebinds policy to a new, unbuilt model, and the smaller batch makes tf.function retrace, so the new model creates its variables on a non-first call ("tf.function only supports singleton tf.Variables created on the first call"). Re-run the cell that defines train_step after rebuilding the model (or pass the model in / build it before the first trace).
# %%
import tensorflow as tf
import keras

def build_policy():
    return keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(2)])

policy = build_policy()
optimizer = keras.optimizers.Adam(1e-3)
# %%
@tf.function
def train_step(states, targets):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(policy(states) - targets))
    grads = tape.gradient(loss, policy.trainable_variables)
    optimizer.apply_gradients(zip(grads, policy.trainable_variables))
    return loss

train_step(tf.random.normal([16, 4]), tf.random.normal([16, 2]))
# %%
policy = build_policy()
train_step(tf.random.normal([8, 4]), tf.random.normal([8, 2]))
