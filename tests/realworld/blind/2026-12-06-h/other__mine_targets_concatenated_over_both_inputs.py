# source: https://github.com/Fritschek/MINE-Mutual-Information-Neural-Estimator/issues/1
# family: other
# raises: ValueError
# cause: 2:4
# raise: 4:1
# culprit: mine_targets | targets
# expect: The model takes the pair (paired_xy, shuffled_xy), each with 900 rows, but the target array is built by concatenating two 900-row blocks into 1800 rows, so fit sees x sizes 900, 900 and y size 1800 ("Data cardinality is ambiguous"). Give the estimator one target per input row (900), e.g. a dummy array of length len(paired_xy).
# %%
import numpy as np
import keras

rng = np.random.default_rng(30)
n = 900
x = rng.normal(size=(n, 1)).astype("float32")
y = (x + 0.5 * rng.normal(size=(n, 1))).astype("float32")
# %%
paired_xy = np.concatenate([x, y], axis=1)
shuffled_xy = np.concatenate([x, rng.permutation(y)], axis=1)
dummy = np.zeros((n, 1), dtype="float32")
mine_targets = np.concatenate([dummy, dummy], axis=0)
# %%
joint_in = keras.Input((2,), name="joint")
marg_in = keras.Input((2,), name="marginal")
critic_net = keras.Sequential([keras.Input((2,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
t_joint, t_marg = critic_net(joint_in), critic_net(marg_in)
scores = keras.layers.Concatenate()([t_joint, t_marg])
mine_model = keras.Model([joint_in, marg_in], scores)
mine_model.compile(optimizer="adam", loss=lambda _, t: -(keras.ops.mean(t[:, :1]) - keras.ops.log(keras.ops.mean(keras.ops.exp(t[:, 1:])))))
# %%
mine_history = mine_model.fit((paired_xy, shuffled_xy), mine_targets, epochs=2, batch_size=200, verbose=0)
