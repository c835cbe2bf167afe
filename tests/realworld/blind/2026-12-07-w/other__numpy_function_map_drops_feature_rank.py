# source: https://github.com/tensorflow/tensorflow/issues/24520
# family: other
# raises: ValueError
# cause: 2:5
# raise: 3:1
# culprit: tf.numpy_function | negate_pair
# expect: the map step wraps negate_pair in tf.numpy_function, which returns tensors of unknown rank, so the batched dataset's element_spec has unknown shapes and Keras cannot build the model from it (as_list() on an unknown TensorShape). Give the outputs their shapes back after the numpy_function (x.set_shape([4]); y.set_shape([1]) or tf.ensure_shape) or do the negation with TensorFlow ops.
# %%
import numpy as np
import tensorflow as tf
import keras
features = np.random.rand(40, 4).astype(np.float32)
targets = (2 * features[:, :1]).astype(np.float32)
# %%
def negate_pair(x, y):
    return -x, -y

pairs = tf.data.Dataset.from_tensor_slices((features, targets))
pairs = pairs.map(lambda x, y: tf.numpy_function(negate_pair, inp=[x, y], Tout=[tf.float32, tf.float32]))
pairs = pairs.batch(8)
print(pairs.element_spec)
regressor = keras.Sequential([keras.layers.Dense(1)])
regressor.compile(optimizer="sgd", loss="mse")
# %%
regressor.fit(pairs, epochs=1, verbose=0)
