# source: https://github.com/keras-team/keras/issues/19748
# family: other
# raises: InvalidArgumentError
# cause: 2:3, 2:5
# raise: 3:1
# culprit: FRAME_LEN | output_signature
# expect: The output_signature promises frames of shape (FRAME_LEN,) = (256,), but the generator yields whole recordings whose length varies (the last ones are 300 samples), so tf.data raises when the first longer element is produced. Crop/pad every recording to FRAME_LEN inside the generator, or declare the shape as (None,) and pad in the pipeline.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(15)
recordings = [rng.normal(size=256).astype(np.float32) for _ in range(6)]
recordings += [rng.normal(size=300).astype(np.float32) for _ in range(2)]
labels = rng.integers(0, 2, size=len(recordings))

FRAME_LEN = 256
# %%
def recording_gen():
    for wave, label in zip(recordings, labels):
        yield wave, label

signature = (tf.TensorSpec(shape=(FRAME_LEN,), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.int64))
audio_ds = tf.data.Dataset.from_generator(recording_gen, output_signature=signature).batch(4)
# %%
for waves, labs in audio_ds:
    print(waves.shape, labs.numpy())
