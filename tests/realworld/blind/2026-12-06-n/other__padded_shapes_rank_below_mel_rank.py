# source: https://github.com/spring-media/TransformerTTS/issues/74
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: padded_shapes | mel | component1
# expect: Each element is (phoneme_ids [T], mel [frames, 80]) (the generator signature leaves the mel rank open) but padded_shapes declares the mel component as rank 1 ([None]), so padded_batch fails with "All elements in a batch must have the same rank as the padded shape for component1: expected rank 1 but got element with rank 2". Give the mel component a rank-2 padded shape, e.g. ([None], [None, 80]).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(74)
N_MELS = 80
utterances = [(rng.integers(1, 40, size=n).astype("int32"), rng.random((3 * n, N_MELS)).astype("float32"))
              for n in (5, 7, 4, 6)]

def utterance_gen():
    for phonemes, mel in utterances:
        yield phonemes, mel
# %%
tts_ds = tf.data.Dataset.from_generator(
    utterance_gen, output_signature=(tf.TensorSpec([None], tf.int32), tf.TensorSpec(None, tf.float32)))
tts_ds = tts_ds.padded_batch(2, padded_shapes=([None], [None]))
# %%
for phonemes, mels in tts_ds:
    print(phonemes.shape, mels.shape)
