# source: https://github.com/dshieble/Music_RNN_RBM/issues/7
# family: shape_mismatch
# raises: ValueError
# cause: 2:10, 2:6
# raise: 2:15
# culprit: music | shape_invariants | tf.concat
# expect: The generated piano roll `music` is concatenated with one new row per step, so it enters the while_loop as (1, 12) and comes out (2, 12); tf.while_loop requires a fixed shape unless told otherwise. Pass shape_invariants with tf.TensorShape([None, N_KEYS]) for music (or collect rows in a TensorArray).
# %%
import numpy as np
import tensorflow as tf

N_KEYS, N_HIDDEN = 12, 6
rng = np.random.default_rng(25)
W = tf.constant(rng.normal(size=(N_KEYS, N_HIDDEN)) * 0.1, tf.float32)
primer = tf.constant(rng.integers(0, 2, size=(1, N_KEYS)), tf.float32)
# %%
@tf.function
def generate(primer, num_steps):
    def gibbs_step(count, v, music):
        h = tf.sigmoid(tf.matmul(v, W))
        v_next = tf.cast(tf.sigmoid(tf.matmul(h, W, transpose_b=True)) > 0.5, tf.float32)
        music = tf.concat([music, v_next], axis=0)
        return count + 1, v_next, music

    music = tf.zeros([1, N_KEYS], tf.float32)
    _, _, music = tf.while_loop(
        lambda count, *args: count < num_steps, gibbs_step,
        loop_vars=[tf.constant(0), primer, music])
    return music[1:]

song = generate(primer, tf.constant(16))
print(song.shape)
