# source: https://github.com/tensorflow/tensorflow/issues/48878
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:4
# raise: 4:2
# culprit: gate | FeatureGate
# expect: FeatureGate.call creates a new tf.Variable every time it runs, so tracing the tf.function train_step creates variables again on the next trace, which tf.function forbids. Create the gate once in build() with self.add_weight and only use it in call.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(13)
x_all = rng.normal(size=(32, 6)).astype("float32")
y_all = rng.normal(size=(32, 1)).astype("float32")
# %%
class FeatureGate(keras.layers.Layer):
    def call(self, inputs):
        # learnable per-feature gate
        gate = tf.Variable(tf.ones([inputs.shape[-1]]), trainable=True, name="gate")
        return inputs * tf.sigmoid(gate)

class GatedRegressor(keras.Model):
    def __init__(self):
        super().__init__()
        self.gate = FeatureGate()
        self.head = keras.layers.Dense(1)
    def call(self, x):
        return self.head(self.gate(x))

model = GatedRegressor()
optimizer = keras.optimizers.SGD(0.01)
# %%
@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(xb) - yb))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
# %%
for start in range(0, 32, 8):
    print(float(train_step(x_all[start:start + 8], y_all[start:start + 8])))
