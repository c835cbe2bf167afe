# source: https://github.com/tensorforce/tensorforce/issues/108
# family: variable_already_exists
# raises: ValueError
# cause: 1:20
# raise: 3:2
# culprit: gated | scope_name
# expect: the network builder opens each layer's variable scope from the layer's type only, so the second "gated" layer in the spec asks get_variable for "policy/gated/kernel" again and TensorFlow refuses to create it twice. Give every layer a unique scope (e.g. its type plus its index) instead of reusing the type name.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1

def dense_block(x, size):
    k = v1.get_variable("kernel", [x.shape[-1], size])
    return tf.nn.relu(tf.matmul(x, k))

def gated_block(x, size):
    k = v1.get_variable("kernel", [x.shape[-1], 2 * size])
    a, g = tf.split(tf.matmul(x, k), 2, axis=-1)
    return a * tf.sigmoid(g)

BUILDERS = {"dense": dense_block, "gated": gated_block}

def build_network(x, spec):
    counts = {}
    for layer in spec:
        scope_name = layer["type"]
        counts[scope_name] = counts.get(scope_name, 0) + 1
        with v1.variable_scope(scope_name):
            x = BUILDERS[layer["type"]](x, layer["size"])
    return x
# %%
states = v1.placeholder(tf.float32, [None, 6], name="states")
spec = [
    dict(type="dense", size=32),
    dict(type="gated", size=16),
    dict(type="gated", size=16),
]
# %%
with v1.variable_scope("policy"):
    q_values = build_network(states, spec)
