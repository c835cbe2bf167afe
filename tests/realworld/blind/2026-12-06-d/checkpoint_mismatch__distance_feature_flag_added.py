# source: https://github.com/mandarjoshi90/coref/issues/80
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:1
# raise: 3:6
# culprit: antecedent_distance_emb | use_distance
# expect: The evaluation config turns on use_distance, which adds the variable antecedent_distance_emb that the trained checkpoint does not contain, so Saver.restore fails with "Key antecedent_distance_emb not found in checkpoint". Use the same config as training (use_distance=False) or restore only the variables that exist in the checkpoint.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def build_scorer(cfg):
    spans = tf.compat.v1.placeholder(tf.float32, [None, cfg["span_dim"]], name="spans")
    w_span = tf.compat.v1.get_variable("span_w", [cfg["span_dim"], 1])
    score = tf.matmul(spans, w_span)
    if cfg["use_distance"]:
        dist_emb = tf.compat.v1.get_variable("antecedent_distance_emb", [10, 1])
        score = score + tf.reduce_mean(dist_emb)
    return spans, score
# %%
train_cfg = {"span_dim": 20, "use_distance": False}
spans, score = build_scorer(train_cfg)
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(s, "/tmp/coref_b4/model.max.ckpt")
# %%
eval_cfg = dict(train_cfg, use_distance=True)
tf.compat.v1.reset_default_graph()
spans, score = build_scorer(eval_cfg)
saver = tf.compat.v1.train.Saver()
session = tf.compat.v1.Session()
saver.restore(session, "/tmp/coref_b4/model.max.ckpt")
