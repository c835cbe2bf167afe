# source: https://newbedev.com/received-a-label-value-of-1-which-is-outside-the-valid-range-of-0-1-python-keras
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:6
# raise: 3:6
# culprit: n_classes
# expect: n_classes = tags.max() is 3 while the tags take the 4 values 0..3, so the head has 3 logits and the label 3 is outside [0, 3) in sparse_softmax_cross_entropy_with_logits. Use n_classes = tags.max() + 1 (or len(np.unique(tags))).
# %%
import numpy as np
import tensorflow as tf

tags = np.array([0, 3, 1, 2, 3, 0, 2, 1] * 8, dtype="int32")
features = np.random.rand(len(tags), 10).astype("float32")
n_classes = int(tags.max())
# %%
head = tf.keras.layers.Dense(n_classes)
optimizer = tf.keras.optimizers.SGD(0.1)
# %%
for start in range(0, len(tags), 16):
    x_batch = features[start:start + 16]
    y_batch = tags[start:start + 16]
    with tf.GradientTape() as tape:
        logits = head(x_batch)
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_batch, logits=logits))
    grads = tape.gradient(loss, head.trainable_variables)
    optimizer.apply_gradients(zip(grads, head.trainable_variables))
