# source: https://github.com/austineaero/Remaining-Useful-Life-RUL-Estimation/issues/13
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:2
# culprit: X_train | sequence_generator | (100, 24)
# expect: The LSTM model expects windows of shape (50, 24), but X_train is the raw per-cycle frame of shape (100, 24) because the sequence generator was never applied. Build X_train with sequence_generator (shape (N, 50, 24)) before fit.
# %%
import numpy as np
import keras

rng = np.random.default_rng(4)
SEQ_LEN, N_SENSORS = 50, 24
engine_frame = rng.normal(size=(150, N_SENSORS)).astype("float32")
rul = np.linspace(149, 0, 150).astype("float32")

def sequence_generator(frame, labels, seq_len):
    xs = [frame[i:i + seq_len] for i in range(len(frame) - seq_len)]
    ys = [labels[i + seq_len] for i in range(len(frame) - seq_len)]
    return np.stack(xs), np.array(ys)
# %%
train_rows = slice(0, 100)
X_train = engine_frame[train_rows]
y_train = rul[train_rows]

inp = keras.Input(shape=(SEQ_LEN, N_SENSORS))
h = keras.layers.LSTM(64, return_sequences=True)(inp)
h = keras.layers.LSTM(32)(h)
rul_model = keras.Model(inp, keras.layers.Dense(1)(h))
rul_model.compile(optimizer="rmsprop", loss="mse")
# %%
print("training on", X_train.shape)
rul_model.fit(X_train, y_train, epochs=1, batch_size=32, verbose=0)
