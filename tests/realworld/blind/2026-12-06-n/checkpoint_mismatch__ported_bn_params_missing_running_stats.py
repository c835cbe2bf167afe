# source: https://github.com/keras-team/keras/issues/2772
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:5
# raise: 3:3
# culprit: set_weights | bn1 | moving_mean
# expect: The ported Torch parameters for each batch-norm layer are packed as [weight, bias] only, but a Keras BatchNormalization layer holds four arrays (gamma, beta, moving_mean, moving_variance), so set_weights raises "with a weight list of length 2, but the layer was expecting 4 weights". Include the running_mean and running_var arrays in the list.
# %%
import numpy as np
import keras

rng = np.random.default_rng(27)
torch_state = {
    "conv1.weight": rng.normal(size=(16, 3, 3, 3)).astype("float32"),
    "bn1.weight": np.ones(16, "float32"), "bn1.bias": np.zeros(16, "float32"),
    "bn1.running_mean": rng.normal(size=16).astype("float32"), "bn1.running_var": np.ones(16, "float32"),
}
# %%
def torch_conv_to_keras(w):
    return np.transpose(w, (2, 3, 1, 0))

ported = {"conv1": [torch_conv_to_keras(torch_state["conv1.weight"])],
          "bn1": [torch_state["bn1.weight"], torch_state["bn1.bias"]]}
# %%
stem = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Conv2D(16, 3, padding="same", use_bias=False, name="conv1"), keras.layers.BatchNormalization(name="bn1")])
stem.get_layer("conv1").set_weights(ported["conv1"])
stem.get_layer("bn1").set_weights(ported["bn1"])
