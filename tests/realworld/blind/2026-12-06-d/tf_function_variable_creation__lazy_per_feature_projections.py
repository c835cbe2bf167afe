# source: https://github.com/tensorflow/tensorflow/issues/34983
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:9
# raise: 3:3
# culprit: projections | Dense
# expect: encode_step lazily creates a Dense projection the first time it sees a feature name; the second call brings a new feature ("clicks"), so the retraced tf.function creates new variables on a non-first call, which tf.function forbids. Create all projection layers up front (outside the tf.function), e.g. in the model's __init__.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(33)
views_batch = {"views": tf.constant(rng.random((8, 3), dtype=np.float32))}
mixed_batch = {"views": tf.constant(rng.random((8, 3), dtype=np.float32)),
               "clicks": tf.constant(rng.random((8, 5), dtype=np.float32))}
# %%
projections = {}
head = keras.layers.Dense(1)

@tf.function
def encode_step(features):
    parts = []
    for name in sorted(features):
        if name not in projections:
            projections[name] = keras.layers.Dense(4, name=f"proj_{name}")
        parts.append(projections[name](features[name]))
    return head(tf.add_n(parts))
# %%
scores_a = encode_step(views_batch)
print(scores_a.shape)
scores_b = encode_step(mixed_batch)
