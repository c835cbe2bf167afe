# source: https://github.com/aymericdamien/TensorFlow-Examples/issues/225
# family: feed_mismatch
# raises: TypeError
# cause: 2:1, 2:2
# raise: 4:2
# culprit: open_tag | left
# expect: open_tag and close_tag are tf.constant tensors, and a feed_dict value cannot be a tf.Tensor; feed the plain Python strings ("<item>", "</item>") or NumPy values to the placeholders left and right instead of constants
# %%
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
# %%
open_tag = tf.constant("<item>", dtype=tf.string)
close_tag = tf.constant("</item>", dtype=tf.string)
# %%
def wrap(head, tail):
    return head + tail


left = v1.placeholder(tf.string, name="left")
right = v1.placeholder(tf.string, name="right")
joined = wrap(left, right)
encoded = tf.io.encode_base64(joined)
# %%
with v1.Session() as sess:
    print(sess.run(encoded, feed_dict={left: open_tag, right: close_tag}))
