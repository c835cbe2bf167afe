# source: https://github.com/dsgiitr/Neural-Style-Transfer/issues/2
# family: other
# raises: RuntimeError
# cause: 3:2, 3:5
# raise: 3:5
# culprit: style_score | assign_add
# expect: style_score is created as a tf.Variable and then accumulated with +=; in TF 2 a Variable does not support in-place += ("`variable += value` with `tf.Variable`s is not supported"). Accumulate into a plain tensor (style_score = 0.0; style_score = style_score + ...) or use assign_add.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(5)
STYLE_LAYERS = ["block1_conv1", "block2_conv1", "block3_conv1"]
style_feats = {n: tf.constant(rng.random((1, 8, 8, 4)).astype("float32")) for n in STYLE_LAYERS}
gen_feats = {n: tf.constant(rng.random((1, 8, 8, 4)).astype("float32")) for n in STYLE_LAYERS}
# %%
def gram_matrix(t):
    flat = tf.reshape(t, [-1, t.shape[-1]])
    return tf.matmul(flat, flat, transpose_a=True) / tf.cast(tf.shape(flat)[0], tf.float32)
# %%
def compute_style_loss(style, generated, weight_per_layer):
    style_score = tf.Variable(0.0)
    for name in STYLE_LAYERS:
        layer_loss = tf.reduce_mean(tf.square(gram_matrix(style[name]) - gram_matrix(generated[name])))
        style_score += weight_per_layer * layer_loss
    return style_score
loss = compute_style_loss(style_feats, gen_feats, 1.0 / len(STYLE_LAYERS))
