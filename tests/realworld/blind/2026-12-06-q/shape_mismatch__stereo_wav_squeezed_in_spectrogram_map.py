# source: https://github.com/mozilla/DeepSpeech/issues/675
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2, 2:3
# raise: 3:1
# culprit: squeeze | desired_channels
# expect: One recording in the folder is stereo; decode_wav keeps its 2 channels, so tf.squeeze(waveform, axis=-1) in the map function fails when the iterator reaches it ("Can not squeeze dim[1], expected a dimension of 1, got 2"). Decode with desired_channels=1 (or downmix) instead of assuming mono.
# %%
import os
import wave
import numpy as np
import tensorflow as tf
os.makedirs("/tmp/b17_speech", exist_ok=True)
rng = np.random.default_rng(1)
for idx, channels in enumerate([1, 1, 2]):
    pcm = (rng.normal(size=(1600, channels)) * 2000).astype(np.int16)
    with wave.open(f"/tmp/b17_speech/utt_{idx}.wav", "wb") as fh:
        fh.setnchannels(channels)
        fh.setsampwidth(2)
        fh.setframerate(16000)
        fh.writeframes(pcm.tobytes())
wav_paths = sorted(tf.io.gfile.glob("/tmp/b17_speech/*.wav"))
# %%
def wav_to_spectrogram(path):
    waveform, _ = tf.audio.decode_wav(tf.io.read_file(path))
    waveform = tf.squeeze(waveform, axis=-1)
    stft = tf.signal.stft(waveform, frame_length=256, frame_step=128)
    return tf.abs(stft)
spec_ds = tf.data.Dataset.from_tensor_slices(wav_paths).map(wav_to_spectrogram)
# %%
shapes = [spec.shape for spec in spec_ds]
