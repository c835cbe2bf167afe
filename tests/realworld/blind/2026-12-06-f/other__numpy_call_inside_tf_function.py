# source: https://github.com/tensorflow/tensorflow/issues/57195
# family: other
# raises: AttributeError
# cause: 2:4
# raise: 3:1
# culprit: numpy | add_and_export
# expect: inside a @tf.function the tensors are symbolic and have no .numpy(); return the tensor from the function and call .numpy() on the result outside (or drop the decorator).
# %%
import numpy as np
import tensorflow as tf

lhs = tf.ones([4])
rhs = tf.range(4, dtype=tf.float32)
# %%
@tf.function
def add_and_export(a, b):
    total = a + b
    return total.numpy()
# %%
exported = add_and_export(lhs, rhs)
print(exported)
