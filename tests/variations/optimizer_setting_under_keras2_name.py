# family: other
# raises: ValueError
# culprit: lr
import keras
settings = {
    "lr": 0.01,  # <- cause
    "beta_1": 0.8,
}
optimizer = keras.optimizers.Adam(**settings)  # <- raises
