# family: other
# raises: DataLossError
# culprit: weights_file
import os
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
scale = tf.compat.v1.get_variable("scale", [3])
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as first:
    first.run(tf.compat.v1.global_variables_initializer())
    saver.save(first, "/tmp/tfmagic_variation_shard/model.ckpt")
weights_file = "/tmp/tfmagic_variation_shard/model.ckpt.data-00000-of-00001"  # <- cause
sess = tf.compat.v1.Session()
saver.restore(sess, weights_file)  # <- raises
