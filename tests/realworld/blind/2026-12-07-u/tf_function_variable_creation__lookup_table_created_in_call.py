# source: https://github.com/tensorflow/tensorflow/issues/108077
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:12
# raise: 3:2
# culprit: bucket_table | CrossFeatureModel.call
# expect: CrossFeatureModel.call creates a new tf.Variable (self.bucket_table) on every call; under the @tf.function training step the function is traced more than once and a new variable appears on a non-first trace, which tf.function rejects. Create the table once in __init__/build (self.add_weight) and only read it in call.
# %%
import numpy as np
import tensorflow as tf
import keras

class CrossFeatureModel(keras.Model):
    def __init__(self, n_buckets=32, dim=4):
        super().__init__()
        self.n_buckets, self.dim = n_buckets, dim
        self.head = keras.layers.Dense(1)

    def call(self, ids):
        self.bucket_table = tf.Variable(tf.random.normal((self.n_buckets, self.dim)), name="bucket_table")
        emb = tf.nn.embedding_lookup(self.bucket_table, ids % self.n_buckets)
        return self.head(tf.reduce_mean(emb, axis=1))
# %%
ids = np.random.randint(0, 1000, size=(40, 5))
clicks = np.random.randint(0, 2, size=(40, 1)).astype("float32")
ctr = CrossFeatureModel()
opt = keras.optimizers.SGD(0.1)

@tf.function
def fit_batch(xb, yb):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.binary_crossentropy(yb, ctr(xb), from_logits=True))
    grads = tape.gradient(loss, ctr.trainable_variables)
    opt.apply_gradients(zip(grads, ctr.trainable_variables))
    return loss
# %%
for step in range(3):
    print(float(fit_batch(ids, clicks)))
