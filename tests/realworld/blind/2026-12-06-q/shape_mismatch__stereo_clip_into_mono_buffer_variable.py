# source: https://github.com/carlini/audio_adversarial_examples/issues/6
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:3
# culprit: original_audio | desired_channels
# expect: The recorded command is a stereo WAV, and decode_wav without desired_channels keeps both channels, so the clip is (4000, 2) while the original_audio variable was made for mono audio (1, 4000, 1); the assign fails with a shape mismatch. Decode with desired_channels=1 (or average the channels) before assigning.
# %%
import os
import wave
import numpy as np
import tensorflow as tf
SAMPLE_RATE = 8000
CLIP_SAMPLES = 4000
os.makedirs("/tmp/b17_audio", exist_ok=True)

def write_wav(path, channels):
    pcm = (np.random.default_rng(0).normal(size=(CLIP_SAMPLES, channels)) * 3000).astype(np.int16)
    with wave.open(path, "wb") as fh:
        fh.setnchannels(channels)
        fh.setsampwidth(2)
        fh.setframerate(SAMPLE_RATE)
        fh.writeframes(pcm.tobytes())

write_wav("/tmp/b17_audio/command.wav", channels=2)
# %%
def load_clip(path):
    audio, rate = tf.audio.decode_wav(tf.io.read_file(path))
    return audio
clip = load_clip("/tmp/b17_audio/command.wav")
# %%
perturbation = tf.Variable(tf.zeros([1, CLIP_SAMPLES, 1]), name="perturbation")
original = tf.Variable(tf.zeros([1, CLIP_SAMPLES, 1]), trainable=False, name="original_audio")
original.assign(clip[tf.newaxis])
