# source: https://github.com/tensorflow/tensorflow/issues/4331
# family: uninitialized_variable
# raises: NotFoundError
# cause: 3:2
# raise: 4:3
# culprit: mean_iou/total_confusion_matrix | local_variables_initializer
# expect: tf.metrics.mean_iou keeps its running confusion matrix in a LOCAL variable (mean_iou/total_confusion_matrix); the session cell only runs global_variables_initializer, so the first update_op finds the variable never initialized. Also run tf.compat.v1.local_variables_initializer() after building the metric.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

N_CLASSES = 4
SIDE = 16
rng = np.random.default_rng(8)
val_masks = rng.integers(0, N_CLASSES, size=(6, SIDE, SIDE))
val_preds = np.where(rng.random((6, SIDE, SIDE)) < 0.7, val_masks, rng.integers(0, N_CLASSES, size=(6, SIDE, SIDE)))
# %%
gt_mask = tf1.placeholder(tf.int64, [None, SIDE, SIDE], name="gt_mask")
pred_mask = tf1.placeholder(tf.int64, [None, SIDE, SIDE], name="pred_mask")
miou, miou_update = tf1.metrics.mean_iou(labels=gt_mask, predictions=pred_mask,
                                         num_classes=N_CLASSES, name="mean_iou")
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
# %%
for start in range(0, len(val_masks), 2):
    feed = {gt_mask: val_masks[start:start + 2], pred_mask: val_preds[start:start + 2]}
    sess.run(miou_update, feed_dict=feed)
print("validation mIoU:", sess.run(miou))
