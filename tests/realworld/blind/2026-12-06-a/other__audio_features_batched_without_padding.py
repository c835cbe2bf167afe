# source: https://github.com/vineeths96/Spoken-Keyword-Spotting/issues/15
# family: other
# raises: InvalidArgumentError
# cause: 2:12
# raise: 3:5
# culprit: batch | log_mel_frames
# expect: Each clip has a different length, so log_mel_frames returns a different number of frames per element and .batch(4) cannot stack them (TF reports "Cannot add tensor to the batch: number of elements does not match"); use padded_batch (or crop/pad the clips to a fixed length) before batching.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(21)
clip_frames = rng.integers(80, 120, size=12)
waveforms = [rng.normal(size=int(n) * 160).astype("float32") for n in clip_frames]
keywords = rng.integers(0, 2, size=12).astype("int32")
# %%
def log_mel_frames(wave):
    frames = tf.signal.frame(wave, frame_length=320, frame_step=160)
    spec = tf.abs(tf.signal.rfft(frames))[:, :40]
    return tf.math.log(spec + 1e-6)

def clip_gen():
    for wave, kw in zip(waveforms, keywords):
        yield wave, kw

signature = (tf.TensorSpec([None], tf.float32), tf.TensorSpec([], tf.int32))
get_data = tf.data.Dataset.from_generator(clip_gen, output_signature=signature)
get_data = get_data.map(lambda w, k: (log_mel_frames(w), k)).batch(4)
# %%
feature_extractor = tf.keras.Sequential([
    tf.keras.layers.GlobalAveragePooling1D(),
    tf.keras.layers.Dense(16, activation="relu"),
])
X_train = feature_extractor.predict(get_data, verbose=0)
