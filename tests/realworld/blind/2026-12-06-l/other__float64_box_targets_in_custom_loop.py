# source: https://github.com/YunYang1994/TensorFlow2.0-Examples/issues/49
# family: other
# raises: InvalidArgumentError
# cause: 1:8
# raise: 3:4
# culprit: target_boxes | float64
# expect: The regression targets are built with NumPy arithmetic on float64 arrays and never cast, so the dataset yields float64 box tensors and in compute_loss the float32 box predictions are subtracted from a float64 (double) tensor and the op refuses the mixed dtypes. Cast the targets to float32 when building them (.astype(np.float32)) or tf.cast inside compute_loss.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(17)
images = rng.random((24, 32, 32, 3)).astype(np.float32)
anchor_centers = rng.uniform(0, 32, size=(24, 4))
target_boxes = (anchor_centers + rng.normal(scale=2.0, size=(24, 4))) / 32.0
target_scores = (rng.random((24, 1)) > 0.5).astype(np.float32)
# %%
def compute_loss(t_scores, t_boxes, p_scores, p_boxes):
    score_loss = tf.reduce_mean(keras.losses.binary_crossentropy(t_scores, p_scores))
    diff = tf.abs(p_boxes - t_boxes)
    box_loss = 0.5 * tf.pow(diff, 2) * tf.cast(diff < 1, tf.float32) + (diff - 0.5) * tf.cast(diff >= 1, tf.float32)
    return score_loss, tf.reduce_mean(box_loss)

backbone_in = keras.Input((32, 32, 3))
h = keras.layers.Conv2D(8, 3, strides=2, activation="relu")(backbone_in)
h = keras.layers.GlobalAveragePooling2D()(h)
rpn = keras.Model(backbone_in, [keras.layers.Dense(1, activation="sigmoid")(h), keras.layers.Dense(4)(h)])
optimizer = keras.optimizers.Adam(1e-3)
train_ds = tf.data.Dataset.from_tensor_slices((images, target_scores, target_boxes)).batch(8)
# %%
for step, (img, t_scores, t_boxes) in enumerate(train_ds):
    with tf.GradientTape() as tape:
        pred_scores, pred_boxes = rpn(img, training=True)
        score_loss, boxes_loss = compute_loss(t_scores, t_boxes, pred_scores, pred_boxes)
        total = score_loss + boxes_loss
    grads = tape.gradient(total, rpn.trainable_variables)
    optimizer.apply_gradients(zip(grads, rpn.trainable_variables))
    print(step, float(total))
