# source: https://github.com/tensorflow/tensorflow/issues/36612
# family: other
# raises: TypeError
# cause: 2:4, 3:2
# raise: 3:4
# culprit: ReduceLROnPlateau | ExponentialDecay | LearningRateSchedule
# expect: The optimizer was built with an ExponentialDecay schedule from HPARAMS, so its learning rate cannot be set; when ReduceLROnPlateau tries to lower it after a flat epoch, fit fails with TypeError. Use a float learning rate with ReduceLROnPlateau, or drop the callback and keep the schedule.
# %%
import numpy as np
import keras

rng = np.random.default_rng(7)
sensor_x = rng.normal(size=(64, 6)).astype("float32")
sensor_y = (sensor_x @ rng.normal(size=(6, 1))).astype("float32")
val_x, val_y = sensor_x[:16], sensor_y[:16]
# %%
HPARAMS = {
    "hidden": 8,
    "epochs": 4,
    "lr": keras.optimizers.schedules.ExponentialDecay(1e-4, decay_steps=100, decay_rate=0.9),
}

def make_regressor(hp):
    net = keras.Sequential([
        keras.Input((6,)),
        keras.layers.Dense(hp["hidden"], activation="relu"),
        keras.layers.Dense(1),
    ])
    net.compile(optimizer=keras.optimizers.Adam(learning_rate=hp["lr"]), loss="mse")
    return net

regressor = make_regressor(HPARAMS)
# %%
callbacks = [
    keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=1, min_delta=0.5),
]
history = regressor.fit(sensor_x, sensor_y, validation_data=(val_x, val_y),
                        epochs=HPARAMS["epochs"], batch_size=16, callbacks=callbacks, verbose=0)
