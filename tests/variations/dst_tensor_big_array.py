# family: out_of_memory
# raises: InternalError
# culprit: frames
import numpy as np
import tensorflow as tf

def to_gpu(batch):
    # What a GPU raises when it cannot hold the copy (simulated: this machine has no GPU).
    raise tf.errors.InternalError(None, None, "Dst tensor is not initialized.")  # <- raises

frames = np.zeros((9000, 9000), np.float32)  # <- cause
labels = np.zeros((9000,), np.int64)
to_gpu(frames)
