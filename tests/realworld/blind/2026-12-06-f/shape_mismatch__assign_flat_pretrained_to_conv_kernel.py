# source: https://github.com/krishnabits001/domain_specific_cl/issues/8
# family: shape_mismatch
# raises: ValueError
# cause: 1:6, 3:3
# raise: 3:3
# culprit: enc_c1_a/W | var_val
# expect: the saved array for enc_c1_a/W was stored flattened (a 1-D vector), so assigning it to the (3, 3, 1, 16) kernel fails; reshape the loaded value to the variable's shape (or save the arrays unflattened).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
saved = {
    "enc_c1_a/W": rng.normal(size=(3 * 3 * 1 * 16,)).astype("float32"),
    "enc_c1_a/b": rng.normal(size=(16,)).astype("float32"),
}
# %%
encoder_vars = {
    "enc_c1_a/W": tf.Variable(tf.zeros([3, 3, 1, 16]), name="enc_c1_a/W"),
    "enc_c1_a/b": tf.Variable(tf.zeros([16]), name="enc_c1_a/b"),
}
# %%
for name, new_var in encoder_vars.items():
    var_val = saved[name]
    new_var.assign(var_val)
print("pretrained encoder loaded")
