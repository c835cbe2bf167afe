# source: https://github.com/Rishit-dagli/Perceiver/pull/21
# family: none
# raises: NONE
# cause: 2:10
# raise: NONE
# culprit: pos_table
# expect: Correct: PositionalMixer creates its tf.Variable inside a tf.function, but only when self.pos_table is still None, i.e. on the first trace; later calls (and the retrace for a new batch size) reuse the same variable, which is the supported singleton pattern. No error or warning should be reported.
# %%
import numpy as np
import tensorflow as tf
# %%
class PositionalMixer(tf.Module):
    def __init__(self, latent_dim):
        super().__init__()
        self.latent_dim = latent_dim
        self.pos_table = None

    @tf.function
    def __call__(self, tokens):
        if self.pos_table is None:
            self.pos_table = tf.Variable(tf.random.normal([tokens.shape[1], self.latent_dim], stddev=0.02))
        return tf.nn.gelu(tokens[..., :1] * self.pos_table)
# %%
mixer = PositionalMixer(latent_dim=16)
rng = np.random.default_rng(27)
first = mixer(tf.constant(rng.random((2, 10, 3)), tf.float32))
second = mixer(tf.constant(rng.random((2, 10, 3)), tf.float32))
third = mixer(tf.constant(rng.random((5, 10, 3)), tf.float32))
print(first.shape, third.shape, len(mixer.trainable_variables))
