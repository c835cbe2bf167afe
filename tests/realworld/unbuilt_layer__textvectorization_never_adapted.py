# source: https://github.com/intel/ipex-llm/pull/7850
# family: unbuilt_layer
# raises: FailedPreconditionError
# cause: 1:6
# raise: 2:1
# culprit: vectorizer | TextVectorization
# expect: vectorizer is a TextVectorization layer created without a vocabulary and never adapted, so its lookup table was never initialized ("Table not initialized"). Call vectorizer.adapt(reviews) (or pass vocabulary=...) before using it.
# %%
import numpy as np
import keras

reviews = np.array(["great phone, long battery", "screen cracked in a week", "okay value for money", "would not buy again"])
verdicts = np.array([1, 0, 1, 0])
vectorizer = keras.layers.TextVectorization(max_tokens=2000, output_sequence_length=8)
# %%
token_ids = vectorizer(reviews)
