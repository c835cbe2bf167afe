# source: https://github.com/iNLyze/DeepLearning-SeGAN-Segmentation/issues/6
# family: other
# raises: ValueError
# cause: 2:7, 2:8
# raise: 3:6
# culprit: critic | compile
# expect: Only the combined segmentor model was compiled; the critic sub-model taken from it was never compiled, so critic.train_on_batch() fails ("You must call compile() before using the model"). Compile the critic with its own optimizer and loss before training it.
# %%
import numpy as np
import keras

rng = np.random.default_rng(61)
scans = rng.random((32, 16, 16, 1), dtype=np.float32)
masks = (rng.random((32, 16, 16, 1)) > 0.5).astype(np.float32)
# %%
img_in = keras.Input((16, 16, 1))
seg = keras.layers.Conv2D(1, 3, padding="same", activation="sigmoid", name="segmentor")(img_in)
segmentor = keras.Model(img_in, seg, name="segmentor_net")
mask_in = keras.Input((16, 16, 1))
h = keras.layers.Conv2D(8, 3, activation="relu")(mask_in)
realness = keras.layers.Dense(1)(keras.layers.GlobalAveragePooling2D()(h))
critic = keras.Model(mask_in, realness, name="critic")
segmentor.compile(optimizer="adam", loss="binary_crossentropy")
# %%
critic_losses = []
for step in range(2):
    fake = segmentor.predict(scans[:8], verbose=0)
    batch = np.concatenate([masks[:8], fake])
    target = np.concatenate([np.ones((8, 1)), -np.ones((8, 1))]).astype(np.float32)
    critic_losses.append(critic.train_on_batch(batch, target))
