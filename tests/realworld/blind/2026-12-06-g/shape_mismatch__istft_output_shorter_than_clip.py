# source: https://github.com/tensorflow/tensorflow/issues/32619
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2, 1:6
# raise: 2:6
# culprit: inverse_stft | FRAME_STEP | clip
# expect: inverse_stft returns only whole frames, so for a 12080-sample clip (not a multiple of the 512-sample step) the reconstruction has 11776 samples and subtracting it from the clip fails on shape. Pad the clip to a multiple of frame_step (or stft with pad_end=True and trim), or compare only the reconstructed length.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(24)
FRAME_LEN, FRAME_STEP = 2048, 512
clip = tf.constant(rng.random(12080).astype("float32"))
print("clip samples:", clip.shape[0])
# %%
def reconstruction_error(wave):
    spec = tf.signal.stft(wave, FRAME_LEN, FRAME_STEP)
    recon = tf.signal.inverse_stft(
        spec, FRAME_LEN, FRAME_STEP,
        window_fn=tf.signal.inverse_stft_window_fn(FRAME_STEP))
    return tf.reduce_mean(tf.abs(recon - wave))

print(reconstruction_error(clip))
