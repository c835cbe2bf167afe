# source: https://github.com/tensorflow/tensorflow/issues/65436
# family: unbuilt_layer
# raises: ValueError
# cause: 1:13
# raise: 2:6
# culprit: params | recommender
# expect: params = recommender.trainable_variables is read before the subclassed model has ever been called, so it is an empty list and stays empty after the model builds; tape.gradient(loss, params) returns [] and the Keras optimizer fails to unpack an empty zip(grads, params) ("not enough values to unpack (expected 2, got 0)"). Read recommender.trainable_variables after the first call (inside the loop), or build the model before collecting its variables.
# %%
import tensorflow as tf
import keras

class Recommender(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(16, activation="relu")
        self.score = keras.layers.Dense(1)

    def call(self, x):
        return self.score(self.hidden(x))

recommender = Recommender()
params = recommender.trainable_variables
optimizer = keras.optimizers.SGD(0.1)
# %%
for step in range(3):
    x = tf.random.normal([16, 5])
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(recommender(x) - 1.0))
    grads = tape.gradient(loss, params)
    optimizer.apply_gradients(zip(grads, params))
print("trained on", len(params), "variables")
