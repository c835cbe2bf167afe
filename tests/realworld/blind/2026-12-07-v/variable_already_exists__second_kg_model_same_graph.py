# source: https://github.com/Accenture/AmpliGraph/issues/218
# family: variable_already_exists
# raises: ValueError
# cause: 3:1, 1:10
# raise: 3:1
# culprit: ent_emb
# expect: both knowledge-graph models create their embeddings with unscoped get_variable("ent_emb") in the default graph; after TransE was fitted, fitting DistMult in the same notebook tries to create ent_emb again and is refused. Give each model its own graph (or reset the default graph before the second fit), or wrap the variables in a per-model variable_scope.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
triples = np.random.randint(0, 50, size=(64, 3))
class KGModel:
    def __init__(self, k):
        self.k = k
    def fit(self, X):
        self.ent_emb = tf1.get_variable("ent_emb", [50, self.k])
        self.rel_emb = tf1.get_variable("rel_emb", [50, self.k])
        s = tf.nn.embedding_lookup(self.ent_emb, X[:, 0])
        p = tf.nn.embedding_lookup(self.rel_emb, X[:, 1])
        o = tf.nn.embedding_lookup(self.ent_emb, X[:, 2])
        self.score = self._score(s, p, o)
        return self
class TransE(KGModel):
    def _score(self, s, p, o):
        return -tf.norm(s + p - o, axis=1)
class DistMult(KGModel):
    def _score(self, s, p, o):
        return tf.reduce_sum(s * p * o, axis=1)
# %%
model_t = TransE(k=20).fit(triples)
# %%
model_d = DistMult(k=20).fit(triples)
