# source: https://github.com/tf-encrypted/tf-encrypted/issues/400
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:3
# culprit: party_device | input-provider
# expect: party_device maps each party to task index PARTIES.index(name), so "input-provider" is placed on /job:localhost/replica:0/task:4, but this single-process runtime only has task:0; the explicit device does not exist. Map all parties onto existing devices (task 0, e.g. /cpu:0) when running locally, or start a cluster with one task per party
# %%
import numpy as np
import tensorflow as tf

PARTIES = ["server0", "server1", "crypto-producer", "model-owner", "input-provider"]
rng = np.random.default_rng(35)
# %%
def party_device(name):
    return f"/job:localhost/replica:0/task:{PARTIES.index(name)}/device:CPU:0"
# %%
features = rng.random((4, 3)).astype("float32")
with tf.device(party_device("input-provider")):
    encoded = tf.constant(features) * 2.0 ** 16
print(encoded.device)
