# source: https://github.com/tensorflow/tensorflow/issues/42183
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 3:3
# culprit: Adam | run_step
# expect: run_step is a tf.function and constructs keras.optimizers.Adam inside its body, so tracing creates the optimizer's variables (iterations, learning rate, moments) inside the function, which tf.function only allows once on a first call. Create the optimizer once outside the function and only call apply_gradients inside it.
# %%
import tensorflow as tf
import keras

rates = tf.Variable([1.0, 2.0, 3.0], name="rates")

def poisson_nll():
    return -tf.reduce_mean(tf.reduce_sum(tf.math.log(rates), axis=0))
# %%
@tf.function
def run_step():
    opt = keras.optimizers.Adam(0.5)
    with tf.GradientTape() as tape:
        loss = poisson_nll()
    grads = tape.gradient(loss, [rates])
    opt.apply_gradients(zip(grads, [rates]))
    return loss
# %%
losses = []
for _ in range(3):
    losses.append(float(run_step()))
print(losses, rates.numpy())
