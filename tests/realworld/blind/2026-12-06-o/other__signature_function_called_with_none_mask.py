# source: https://github.com/noahchalifour/rnnt-speech-recognition/issues/32
# family: other
# raises: TypeError
# cause: 2:8, 3:3
# raise: 3:3
# culprit: frame_mask | input_signature
# expect: encode_utterance has an input_signature with a bool mask TensorSpec, so every argument must be convertible to a tensor, but transcribe() forwards mask=None for unpadded clips and binding fails; build an all-True mask (tf.ones(tf.shape(frames)[:2], tf.bool)) when none is given, or drop the mask from the signature.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(121)
clip_batch = rng.normal(size=(2, 30, 8)).astype(np.float32)
proj = tf.Variable(rng.normal(size=(8, 4)).astype(np.float32))
# %%
@tf.function(input_signature=[tf.TensorSpec([None, None, 8], tf.float32), tf.TensorSpec([None, None], tf.bool)])
def encode_utterance(frames, frame_mask):
    weights = tf.cast(frame_mask, tf.float32)[..., None]
    pooled = tf.reduce_sum(frames * weights, axis=1) / tf.reduce_sum(weights, axis=1)
    return tf.matmul(pooled, proj)

def transcribe(frames, frame_mask=None):
    return encode_utterance(frames, frame_mask)
# %%
padded_mask = np.ones((2, 30), dtype=bool)
print(transcribe(clip_batch, padded_mask).shape)
embeddings = transcribe(clip_batch)
print(embeddings.shape)
