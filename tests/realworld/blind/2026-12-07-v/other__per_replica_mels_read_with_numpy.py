# source: https://github.com/TensorSpeech/TensorFlowTTS/issues/309
# family: other
# raises: AttributeError
# cause: 3:6
# raise: 3:6
# culprit: mels | PerReplica
# expect: with two replicas, strategy.run returns a PerReplica value holding one tensor per device, which has no .numpy(). Gather it first with strategy.experimental_local_results(mels) (or strategy.gather / strategy.reduce) and then convert.
# %%
import numpy as np
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
# %%
with strategy.scope():
    vocoder = tf.keras.Sequential([tf.keras.Input((16,)), tf.keras.layers.Dense(4)])
frames = tf.data.Dataset.from_tensor_slices(np.random.rand(32, 16).astype("float32")).batch(8)
dist_frames = strategy.experimental_distribute_dataset(frames)
# %%
@tf.function
def infer_step(batch):
    return strategy.run(vocoder, args=(batch,))
for batch in dist_frames:
    mels = infer_step(batch)
    print(mels.numpy().shape)
    break
