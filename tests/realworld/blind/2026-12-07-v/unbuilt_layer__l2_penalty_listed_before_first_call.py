# source: https://github.com/tensorflow/tensorflow/issues/33556
# family: unbuilt_layer
# raises: ValueError
# cause: 2:2
# raise: 3:4
# culprit: decay_vars | classifier
# expect: decay_vars was collected from classifier.trainable_weights right after construction, when the subclassed model had not been called and owned no weights yet, so the list is empty and tf.add_n([]) fails. Call or build the model first (e.g. classifier(images[:1]) or classifier.build((None, 20))) and then collect the kernels, or collect them inside the tape after the forward pass.
# %%
import numpy as np
import tensorflow as tf
class TinyClassifier(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(32, activation="relu")
        self.head = tf.keras.layers.Dense(5)
    def call(self, x):
        return self.head(self.hidden(x))
# %%
classifier = TinyClassifier()
decay_vars = [v for v in classifier.trainable_weights if "kernel" in v.name]
images = np.random.rand(16, 20).astype("float32")
labels = np.random.randint(0, 5, 16)
# %%
with tf.GradientTape() as tape:
    logits = classifier(images)
    ce = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True))
    l2 = tf.add_n([tf.nn.l2_loss(v) for v in decay_vars])
