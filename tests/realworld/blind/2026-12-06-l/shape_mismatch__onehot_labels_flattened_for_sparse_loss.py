# source: https://github.com/tensorflow/privacy/issues/38
# family: shape_mismatch
# raises: ValueError
# cause: 3:4
# raise: 3:5
# culprit: labels | sparse_softmax_cross_entropy_with_logits
# expect: The batches carry one-hot labels of shape (32, 10); train_step flattens them with tf.reshape(yb, [-1]) into 320 values, so the sparse softmax cross-entropy sees 320 labels for 32 rows of logits. Either pass class indices (tf.argmax(yb, axis=1)) to the sparse loss or keep the one-hot labels and use tf.nn.softmax_cross_entropy_with_logits.
# %%
import numpy as np
import tensorflow as tf
import keras

NUM_CLASSES = 10
rng = np.random.default_rng(8)
x_train = rng.random((128, 64)).astype(np.float32)
y_train = rng.integers(0, NUM_CLASSES, size=128)
y_onehot = keras.utils.to_categorical(y_train, NUM_CLASSES)
# %%
train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_onehot)).shuffle(128).batch(32)
model = keras.Sequential([
    keras.Input((64,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(NUM_CLASSES),
])
optimizer = keras.optimizers.SGD(learning_rate=0.1)
# %%
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        logits = model(xb, training=True)
        labels = tf.cast(tf.reshape(yb, [-1]), tf.int64)
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss

for xb, yb in train_ds.take(2):
    print(float(train_step(xb, yb)))
