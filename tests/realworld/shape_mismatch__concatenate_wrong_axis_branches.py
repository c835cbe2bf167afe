# source: https://github.com/titu1994/Inception-v4/issues/3
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 1:6
# culprit: Concatenate | concatenate
# expect: The two branches are (None, 32, 32, 16) and (None, 32, 32, 32); they agree on every axis except the channel axis, but Concatenate(axis=1) joins along the height axis, which needs all other axes (including channels) to match. Concatenate on the channel axis: axis=-1.
# %%
import keras

image = keras.Input(shape=(32, 32, 3))
branch_a = keras.layers.Conv2D(16, 1, padding="same")(image)
branch_b = keras.layers.Conv2D(32, 3, padding="same")(image)
merged = keras.layers.Concatenate(axis=1)([branch_a, branch_b])
