# source: https://github.com/tensorflow/tensorflow/issues/41288
# family: other
# raises: TypeError
# cause: 1:13
# raise: 3:2
# culprit: input_signature | score_items
# expect: The exported score_items function was traced only for float32 inputs of shape [None, 4] (its input_signature), so calling the reloaded function with an int64 id tensor fails to bind ("Can not cast TensorSpec(... tf.int64) to TensorSpec(... tf.float32)"); export with a tf.int64 signature (or cast the ids to float32 before calling).
# %%
import numpy as np
import tensorflow as tf

class ItemScorer(tf.Module):
    def __init__(self):
        super().__init__()
        self.table = tf.Variable(tf.random.normal([50, 1], seed=5), name="table")

    def score(self, ids):
        return tf.reduce_sum(tf.gather(self.table, tf.cast(ids, tf.int32)), axis=1)

scorer = ItemScorer()
scorer.score_items = tf.function(scorer.score, input_signature=[tf.TensorSpec([None, 4], tf.float32)])
print(scorer.score_items(tf.constant([[1., 2., 3., 4.]])))
# %%
tf.saved_model.save(scorer, "/tmp/blind3_item_scorer")
served = tf.saved_model.load("/tmp/blind3_item_scorer")
# %%
basket_ids = tf.constant([[3, 17, 42, 8], [5, 5, 9, 1]], dtype=tf.int64)
scores = served.score_items(basket_ids)
print(scores)
