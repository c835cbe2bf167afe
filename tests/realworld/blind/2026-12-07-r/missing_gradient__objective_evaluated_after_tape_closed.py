# source: https://github.com/tensorflow/tensorflow/issues/27660
# family: missing_gradient
# raises: AttributeError
# cause: 3:4
# raise: 4:2
# culprit: potential | slope_at
# expect: In slope_at the tape records nothing: potential(x) is evaluated in the tape.gradient(...) call after the `with tf.GradientTape()` block has closed, so the tape never saw the computation and returns None; calling .numpy() on it fails. Compute the target inside the with block (value = potential(x)) and take tape.gradient(value, x) afterwards.
# %%
import tensorflow as tf
# %%
def potential(x):
    return x ** 2 + 3.0 * x
# %%
def slope_at(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
    return tape.gradient(potential(x), x)
# %%
slopes = slope_at(tf.constant([1.0, 2.0, 9.0]))
print(slopes.numpy())
