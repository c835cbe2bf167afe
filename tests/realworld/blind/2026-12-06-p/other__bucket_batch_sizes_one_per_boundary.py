# source: https://github.com/Kyubyong/dc_tts/issues/80
# family: other
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: bucket_batch_sizes | BUCKET_SIZES | bucket_boundaries
# expect: The boundaries are computed from the transcript lengths (3 boundaries -> 4 buckets), but BUCKET_SIZES gets one batch size per boundary, so bucket_by_sequence_length raises "len(bucket_batch_sizes) must equal len(bucket_boundaries) + 1". Give len(boundaries) + 1 batch sizes.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(31)
transcripts = [rng.integers(1, 40, size=int(n)).tolist() for n in rng.integers(12, 70, size=24)]
lengths = [len(t) for t in transcripts]
# %%
BATCH = 4
BOUNDARIES = list(range(min(lengths) + 1, max(lengths) - 1, 20))
BUCKET_SIZES = [BATCH for _ in BOUNDARIES]
text_ds = tf.data.Dataset.from_generator(lambda: iter(transcripts),
                                         output_signature=tf.TensorSpec([None], tf.int32))
# %%
bucketed = text_ds.bucket_by_sequence_length(
    element_length_func=lambda t: tf.shape(t)[0],
    bucket_boundaries=BOUNDARIES,
    bucket_batch_sizes=BUCKET_SIZES,
)
for batch in bucketed.take(1):
    print(batch.shape)
