# family: other
# raises: ValueError
# culprit: best_weights
import keras
best_weights = "/tmp/tfmagic_variation_best.h5"  # <- cause
saver = keras.callbacks.ModelCheckpoint(filepath=best_weights, save_weights_only=True)  # <- raises
