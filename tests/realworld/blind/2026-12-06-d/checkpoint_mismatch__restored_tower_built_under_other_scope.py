# source: https://github.com/NextGenVest/google-smart-reply-2017/issues/7
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:2
# raise: 3:8
# culprit: y_channel/encoding/kernel | y_channel
# expect: The dual encoder was trained with its response tower under scope "resp_channel", but the serving graph builds it as "y_channel", so the Saver looks for y_channel/encoding/kernel, which the checkpoint does not contain. Build the towers with the same scope names as in training (or map names with a var_list dict).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def tower(tokens, scope, vocab=300, dim=24):
    with tf.compat.v1.variable_scope(scope):
        table = tf.compat.v1.get_variable("embedding", [vocab, dim])
        kernel = tf.compat.v1.get_variable("encoding/kernel", [dim, dim])
        return tf.nn.l2_normalize(tf.matmul(tf.reduce_mean(tf.nn.embedding_lookup(table, tokens), 1), kernel), 1)
# %%
msg_ids = tf.compat.v1.placeholder(tf.int32, [None, 10])
resp_ids = tf.compat.v1.placeholder(tf.int32, [None, 10])
score = tf.reduce_sum(tower(msg_ids, "x_channel") * tower(resp_ids, "resp_channel"), 1)
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(s, "/tmp/smart_reply_b4/model")
# %%
tf.compat.v1.reset_default_graph()
towers = {"message": "x_channel", "response": "y_channel"}
msg_ids = tf.compat.v1.placeholder(tf.int32, [None, 10])
resp_ids = tf.compat.v1.placeholder(tf.int32, [None, 10])
score = tf.reduce_sum(tower(msg_ids, towers["message"]) * tower(resp_ids, towers["response"]), 1)
saver_all = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
saver_all.restore(sess, tf.train.latest_checkpoint("/tmp/smart_reply_b4"))
