# source: https://github.com/tensorflow/tensorflow/issues/59052
# family: other
# raises: NotFoundError
# cause: 1:5
# raise: 2:1
# culprit: HashTableV2 | complex64 | symbol_phases
# expect: The symbol-to-phase table uses complex64 values, but StaticHashTable kernels exist only for string/int/float/double/bool values; creating the table fails with "Could not find device for node ... HashTableV2 ... value_dtype=DT_COMPLEX64". Store the real and imaginary parts in two float tables (or map symbols to integer indices and gather from a complex constant).
# %%
import numpy as np
import tensorflow as tf

symbols = tf.constant(["00", "01", "11", "10"])
symbol_phases = tf.constant(np.exp(1j * np.pi / 4 * np.array([1, 3, 5, 7])), dtype=tf.complex64)
init = tf.lookup.KeyValueTensorInitializer(keys=symbols, values=symbol_phases)
# %%
qpsk_table = tf.lookup.StaticHashTable(initializer=init, default_value=tf.constant(0, tf.complex64))
bits = tf.constant(["01", "11", "00"])
print(qpsk_table.lookup(bits))
