# source: https://github.com/adventuresinML/adventures-in-ml-code/issues/5
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:11
# raise: 3:3
# culprit: classifier_w | classifier_b
# expect: The classifier's weight and bias variables are created by dense_block in cell 3, after global_variables_initializer() already ran in cell 2, so they were never initialized. Run sess.run(tf.compat.v1.variables_initializer([...new variables...])) (or the global initializer) after building the classifier layer.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(3)
pixels = rng.random((32, 64)).astype(np.float32)
digits = rng.integers(0, 10, size=32)
# %%
def dense_block(inputs, n_out, name):
    n_in = int(inputs.shape[-1])
    weights = tf1.Variable(tf1.random.truncated_normal([n_in, n_out], stddev=0.05), name=name + "_w")
    bias = tf1.Variable(tf.zeros([n_out]), name=name + "_b")
    return tf.matmul(inputs, weights) + bias

images_in = tf1.placeholder(tf.float32, [None, 64], name="images_in")
hidden = tf.nn.relu(dense_block(images_in, 32, "hidden"))

sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
print("hidden:", sess.run(hidden, {images_in: pixels[:2]}).shape)
# %%
logits = dense_block(hidden, 10, "classifier")
probs = tf.nn.softmax(logits)
first_probs = sess.run(probs, {images_in: pixels[:4]})
print(first_probs.argmax(axis=1), digits[:4])
