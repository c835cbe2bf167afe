# family: other
# raises: ValueError
# culprit: compile
import numpy as np
import keras
source = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
source.compile(optimizer="sgd", loss="mse")
source.save("/tmp/tfmagic_variation_uncompiled.keras")
served = keras.models.load_model("/tmp/tfmagic_variation_uncompiled.keras", compile=False)  # <- cause
served.evaluate(np.ones((4, 3)), np.ones((4, 1)), verbose=0)  # <- raises
