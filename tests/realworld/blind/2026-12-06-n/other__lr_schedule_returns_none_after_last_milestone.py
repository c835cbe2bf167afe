# source: https://github.com/jtguan/Wavelet-Deep-Neural-Network-for-Stripe-Noise-Removal/pull/2
# family: other
# raises: ValueError
# cause: 2:1, 2:5
# raise: 3:3
# culprit: step_decay | schedule
# expect: step_decay only returns a value for epochs below 4 (its if/elif chain has no final branch), so at epoch 4 LearningRateScheduler receives None and raises "The output of the `schedule` function should be a float". Add a final return (e.g. return 1e-4) so every epoch gets a float learning rate.
# %%
import numpy as np
import keras

rng = np.random.default_rng(2)
noisy = rng.random((48, 16, 16, 1)).astype("float32")
clean = np.clip(noisy - 0.1 * rng.random((48, 16, 16, 1)), 0, 1).astype("float32")
denoiser = keras.Sequential([
    keras.Input((16, 16, 1)),
    keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
    keras.layers.Conv2D(1, 3, padding="same"),
])
denoiser.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
# %%
def step_decay(epoch, lr):
    if epoch < 2:
        return 1e-3
    elif epoch < 4:
        return 5e-4
# %%
lr_cb = keras.callbacks.LearningRateScheduler(step_decay, verbose=0)
print("training")
history = denoiser.fit(noisy, clean, epochs=6, batch_size=16, callbacks=[lr_cb], verbose=0)
