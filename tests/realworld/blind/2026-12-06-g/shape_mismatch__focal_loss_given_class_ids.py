# source: https://github.com/zongfan2/tensorflow_retinanet/issues/8
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:5
# raise: 3:5
# culprit: onehot_labels | anchor_classes | focal_loss
# expect: focal_loss() expects one-hot labels shaped like the predictions (anchors, 4), but the training step passes the integer class ids of shape (anchors,), so tf.equal/tf.where cannot broadcast (37,) against (37, 4). One-hot encode the ids first: tf.one_hot(anchor_classes, NUM_CLASSES).
# %%
import numpy as np
import tensorflow as tf

NUM_CLASSES = 4
rng = np.random.default_rng(19)
anchor_feats = tf.constant(rng.normal(size=(37, 12)), tf.float32)
anchor_classes = tf.constant(rng.integers(0, NUM_CLASSES, size=37), tf.int32)
cls_head = tf.keras.layers.Dense(NUM_CLASSES)
# %%
def focal_loss(onehot_labels, logits, gamma=2.0, alpha=0.25):
    probs = tf.sigmoid(logits)
    p_t = tf.where(tf.equal(onehot_labels, 1.0), probs, 1.0 - probs)
    weight = alpha * tf.pow(1.0 - p_t, gamma)
    return tf.reduce_sum(-weight * tf.math.log(tf.clip_by_value(p_t, 1e-7, 1.0)))
# %%
opt = tf.keras.optimizers.SGD(0.01)
for step in range(2):
    with tf.GradientTape() as tape:
        logits = cls_head(anchor_feats)
        loss = focal_loss(tf.cast(anchor_classes, tf.float32), logits)
    grads = tape.gradient(loss, cls_head.trainable_variables)
    opt.apply_gradients(zip(grads, cls_head.trainable_variables))
