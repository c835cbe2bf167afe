# source: https://github.com/vietanhdev/tf-blazepose/issues/14
# family: other
# raises: TypeError
# cause: 1:13
# raise: 3:2
# culprit: update_state | len
# expect: PCKMetric.update_state branches on len(tf.shape(y_true)); Keras traces update_state inside the compiled train step, where tf.shape returns a symbolic tensor and len() is undefined ("len is not well defined for a symbolic Tensor"). Branch on the static rank instead: y_true.shape.rank == 4 (or len(y_true.shape)).
# %%
import numpy as np
import tensorflow as tf
import keras

class PCKMetric(keras.metrics.Metric):
    def __init__(self, threshold=0.2, name="pck", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.correct = self.add_weight(name="correct", initializer="zeros")
        self.total = self.add_weight(name="total", initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        if len(tf.shape(y_true)) == 4:  # heatmaps -> keypoints
            y_true = tf.reduce_max(y_true, axis=[1, 2])
        dist = tf.abs(y_true - y_pred)
        self.correct.assign_add(tf.reduce_sum(tf.cast(dist < self.threshold, "float32")))
        self.total.assign_add(tf.cast(tf.size(dist), "float32"))

    def result(self):
        return self.correct / tf.maximum(self.total, 1.0)
# %%
rng = np.random.default_rng(3)
crops = rng.random((32, 16, 16, 1)).astype("float32")
keypoints = rng.random((32, 14)).astype("float32")
pose_net = keras.Sequential([keras.Input((16, 16, 1)), keras.layers.Conv2D(4, 3, activation="relu"),
                             keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(14, activation="sigmoid")])
pose_net.compile(optimizer="adam", loss="mse", metrics=[PCKMetric()])
# %%
print(pose_net.count_params())
pose_net.fit(crops, keypoints, batch_size=8, epochs=1, verbose=0)
