# source: https://github.com/yihenglu/chinese-address-segment/issues/3
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: char_embedding | SegmentModel
# expect: A second SegmentModel is constructed in the same default graph for evaluation, so its __init__ calls get_variable("char_embedding/char_embedding") again and TensorFlow refuses ("already exists, disallowed"). Reuse the training model's graph for evaluation, build the second model under reuse=True/AUTO_REUSE, or build it in a fresh tf.Graph().
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

config = {"num_chars": 120, "char_dim": 16, "num_tags": 5, "seq_len": 12}
rng = np.random.default_rng(112)
char_ids = rng.integers(0, 120, size=(64, 12))
tag_ids = rng.integers(0, 5, size=(64, 12))
# %%
class SegmentModel:
    def __init__(self, cfg):
        self.char_inputs = tf.compat.v1.placeholder(tf.int32, [None, cfg["seq_len"]], name="char_inputs")
        with tf.compat.v1.variable_scope("char_embedding"):
            table = tf.compat.v1.get_variable("char_embedding", [cfg["num_chars"], cfg["char_dim"]])
        emb = tf.nn.embedding_lookup(table, self.char_inputs)
        with tf.compat.v1.variable_scope("project"):
            w = tf.compat.v1.get_variable("W", [cfg["char_dim"], cfg["num_tags"]])
        self.logits = tf.einsum("btd,dk->btk", emb, w)

train_model = SegmentModel(config)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
dev_batch = char_ids[:16]
eval_model = SegmentModel(config)
dev_pred = sess.run(eval_model.logits, {eval_model.char_inputs: dev_batch}).argmax(-1)
