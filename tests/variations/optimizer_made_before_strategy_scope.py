# family: other
# raises: RuntimeError
# culprit: adam
import numpy as np
import tensorflow as tf
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0"])
adam = keras.optimizers.Adam(1e-3)  # <- cause
with strategy.scope():
    regressor = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
    regressor.compile(optimizer=adam, loss="mse")
regressor.fit(np.ones((8, 4), "float32"), np.ones((8, 1), "float32"), epochs=1, verbose=0)  # <- raises
