# source: https://github.com/qqwweee/keras-yolo3/issues/770
# family: missing_gradient
# raises: NONE
# cause: 3:5
# raise: NONE
# culprit: class_logits | cls_loss
# expect: The class head's loss is computed but the total loss only adds the box loss, so class_logits' kernel and bias get no gradient; Keras warns "Gradients do not exist for variables ['class_logits/kernel', 'class_logits/bias']" and that head never trains. Add cls_loss to total_loss.
# %%
import numpy as np
import tensorflow as tf
import keras

image_in = keras.Input(shape=(16, 16, 3), name="image")
x = keras.layers.Conv2D(8, 3, activation="relu", name="backbone_conv")(image_in)
x = keras.layers.GlobalAveragePooling2D()(x)
box_out = keras.layers.Dense(4, name="box_regressor")(x)
cls_out = keras.layers.Dense(3, name="class_logits")(x)
detector = keras.Model(image_in, [box_out, cls_out])
optimizer = keras.optimizers.Adam(1e-3)
# %%
rng = np.random.default_rng(1)
images = rng.random((8, 16, 16, 3)).astype("float32")
true_boxes = rng.random((8, 4)).astype("float32")
true_classes = rng.integers(0, 3, size=8)
box_loss_fn = keras.losses.Huber()
cls_loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
# %%
with tf.GradientTape() as tape:
    pred_boxes, pred_logits = detector(images, training=True)
    box_loss = box_loss_fn(true_boxes, pred_boxes)
    cls_loss = cls_loss_fn(true_classes, pred_logits)
    total_loss = box_loss
grads = tape.gradient(total_loss, detector.trainable_variables)
optimizer.apply_gradients(zip(grads, detector.trainable_variables))
print("box", float(box_loss), "cls", float(cls_loss))
