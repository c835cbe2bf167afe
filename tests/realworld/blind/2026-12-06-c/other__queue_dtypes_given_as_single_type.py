# source: https://github.com/wcarvalho/jupyter_notebooks/issues/1
# family: other
# raises: ValueError
# cause: 2:1
# raise: 2:1
# culprit: dtypes | FIFOQueue
# expect: The queue is given a single dtype (tf.int32) but three component shapes, so FIFOQueue refuses: "Queue shapes must have the same length as dtypes"; give one dtype per component, e.g. [tf.int32] * len(component_shapes).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(2)
premises = rng.randint(1, 500, size=(20, 12)).astype(np.int32)
hypotheses = rng.randint(1, 500, size=(20, 12)).astype(np.int32)
verdicts = rng.randint(0, 3, size=(20, 1)).astype(np.int32)
sentence_tensors = [premises, hypotheses, verdicts]
component_shapes = [t.shape[1:] for t in sentence_tensors]
# %%
pair_queue = tf.compat.v1.FIFOQueue(100, tf.int32, shapes=component_shapes)
enqueue_op = pair_queue.enqueue_many(sentence_tensors)
premise_b, hypothesis_b, verdict_b = pair_queue.dequeue_many(4)
