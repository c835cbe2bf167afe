# source: https://github.com/llSourcell/GANS-for-style-transfer/issues/5
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: inference_network | inference/fc_0/weights
# expect: inference_network creates its weights with get_variable under the "inference" scope without reuse; applying it a second time (to the generated samples p_x for the reconstruction term) tries to create inference/fc_0/weights again ("already exists, disallowed"). Pass reuse=True (or tf.compat.v1.AUTO_REUSE) for the second application.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
INPUT_DIM, LATENT_DIM, EPS_DIM = 12, 2, 3

def dense_stack(x, sizes, prefix):
    for i, units in enumerate(sizes):
        w = tf.compat.v1.get_variable(f"{prefix}_{i}/weights", [int(x.shape[-1]), units])
        b = tf.compat.v1.get_variable(f"{prefix}_{i}/biases", [units], initializer=tf.zeros_initializer())
        x = tf.nn.relu(tf.matmul(x, w) + b)
    return x

def inference_network(x, latent_dim, n_hidden):
    with tf.compat.v1.variable_scope("inference"):
        eps = tf.random.normal([tf.shape(x)[0], EPS_DIM])
        h = dense_stack(tf.concat([x, eps], 1), [n_hidden, n_hidden], "fc")
        return h[:, :latent_dim]

def generative_network(z, input_dim, n_hidden):
    with tf.compat.v1.variable_scope("generative"):
        h = dense_stack(z, [n_hidden], "fc")
        return h[:, :1] * tf.ones([1, input_dim])
# %%
x_real = tf.compat.v1.placeholder(tf.float32, [None, INPUT_DIM], name="x_real")
z_prior = tf.compat.v1.placeholder(tf.float32, [None, LATENT_DIM], name="z_prior")
q_z = inference_network(x_real, LATENT_DIM, 16)
p_x = generative_network(z_prior, INPUT_DIM, 16)
# %%
# cycle term: encode the generated samples again
rec_z = inference_network(p_x, LATENT_DIM, 16)
