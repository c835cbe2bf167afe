# source: https://github.com/aapatel09/handson-unsupervised-learning/issues/9
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 4:1
# culprit: features | idx
# expect: features = table[:, :-1] keeps the exported row-index column ("idx"), so the matrix has 13 columns while the model was built for N_FEATURES = 12 measurement columns; Keras rejects the input with an axis -1 mismatch. Drop the index column too (table[:, 1:-1]).
# %%
import io
import numpy as np
import keras
rng = np.random.default_rng(5)
rows = ["idx," + ",".join(f"v{i}" for i in range(12)) + ",label"]
for k in range(64):
    vals = ",".join(f"{x:.4f}" for x in rng.normal(size=12))
    rows.append(f"{k},{vals},{int(rng.integers(0, 2))}")
csv_text = "\n".join(rows)
# %%
table = np.genfromtxt(io.StringIO(csv_text), delimiter=",", skip_header=1, dtype="float32")
features = table[:, :-1]      # everything except the label
labels = table[:, -1:]
N_FEATURES = 12               # v0..v11
# %%
detector = keras.Sequential([
    keras.Input(shape=(N_FEATURES,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
detector.compile(optimizer="adam", loss="binary_crossentropy")
# %%
detector.fit(features, labels, epochs=1, batch_size=16, verbose=0)
