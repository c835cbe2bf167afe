# source: https://github.com/tensorflow/tensorflow/issues/33512
# family: other
# raises: OutOfRangeError
# cause: 2:5, 1:5
# raise: 3:5
# culprit: default_timeit_steps | repeat
# expect: timeit pulls default_timeit_steps = 100 batches, but the pipeline is not repeated and only yields 32 batches (1000 images / 32), so get_next runs past the end of the sequence; add .repeat() to the dataset (or time at most the number of batches it has).
# %%
import time
import numpy as np
import tensorflow as tf

default_timeit_steps = 100
BATCH_SIZE = 32
images = np.random.default_rng(1).integers(0, 256, size=(1000, 28, 28), dtype=np.uint8)
# %%
def to_float(img):
    return tf.cast(img, tf.float32)[..., None] / 255.0

fashion_ds = tf.data.Dataset.from_tensor_slices(images).map(to_float)
fashion_ds = fashion_ds.shuffle(256, seed=0).batch(BATCH_SIZE).prefetch(2)
# %%
def timeit(ds, steps=default_timeit_steps):
    start = time.time()
    it = iter(ds)
    for i in range(steps):
        batch = it.get_next()
        if i % 10 == 0:
            print(".", end="")
    duration = time.time() - start
    print(f"\n{steps} batches: {duration:.2f} s")

timeit(fashion_ds)
