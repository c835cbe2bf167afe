# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: tables_initializer
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
words = tf.compat.v1.placeholder(tf.string, [None])
table = tf.lookup.StaticHashTable(
    tf.lookup.KeyValueTensorInitializer(["cat", "dog"], [0, 1], tf.string, tf.int64), -1)
ids = table.lookup(words)
weights = tf.compat.v1.get_variable("weights", [2])
prepare = tf.compat.v1.global_variables_initializer()  # <- cause
sess = tf.compat.v1.Session()
sess.run(prepare)
sess.run(ids, {words: ["dog", "cow"]})  # <- raises
