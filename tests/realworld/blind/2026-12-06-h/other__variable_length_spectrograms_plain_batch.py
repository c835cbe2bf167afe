# source: https://github.com/keras-team/keras/issues/14532
# family: other
# raises: InvalidArgumentError
# cause: 2:9
# raise: 4:1
# culprit: batch | spec_ds
# expect: The clips have different lengths, so each STFT spectrogram has a different number of frames, and Dataset.batch can only stack equal shapes ("Cannot batch tensors with different shapes in component 0"). Pad or crop the waveforms to a fixed length before the STFT, or use padded_batch(8, padded_shapes=([None, 129], [])).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(80)
lengths = rng.integers(4000, 8000, size=24)
waveforms = [rng.normal(size=n).astype("float32") for n in lengths]
labels = rng.integers(0, 4, size=24)
# %%
def to_spectrogram(waveform, label):
    stft = tf.signal.stft(waveform, frame_length=255, frame_step=128)
    return tf.abs(stft), label

wave_ds = tf.data.Dataset.from_generator(
    lambda: zip(waveforms, labels),
    output_signature=(tf.TensorSpec([None], tf.float32), tf.TensorSpec([], tf.int64)))
spec_ds = wave_ds.map(to_spectrogram)
train_ds = spec_ds.shuffle(24, seed=0).batch(8)
# %%
model = keras.Sequential([
    keras.Input((None, 129)),
    keras.layers.Conv1D(16, 3, activation="relu"),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(4),
])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
model.fit(train_ds, epochs=1, verbose=0)
