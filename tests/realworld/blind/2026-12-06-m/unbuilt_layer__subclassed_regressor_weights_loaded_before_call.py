# source: https://github.com/tensorflow/tensorflow/issues/36362
# family: unbuilt_layer
# raises: ValueError
# cause: 2:3, 2:1
# raise: 2:3
# culprit: SquareWave | load_weights
# expect: A freshly constructed subclassed SquareWave has no variables until it is called or built, so load_weights has nothing to load into. Build it first (call it once on a batch, or restorer.build((None, 1))) before load_weights.
# %%
import numpy as np
import keras

class SquareWave(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense1 = keras.layers.Dense(5, activation="tanh", name="sqdense1")
        self.dense2 = keras.layers.Dense(5, activation="tanh", name="sqdense2")
        self.dense3 = keras.layers.Dense(1, activation="tanh", name="sqdense3")

    def call(self, inputs):
        return self.dense3(self.dense2(self.dense1(inputs)))

rng = np.random.default_rng(9)
xs = rng.uniform(-1, 1, size=(200, 1)).astype("float32")
trainer = SquareWave()
trainer.compile(optimizer="rmsprop", loss="mse")
trainer.fit(xs, xs ** 2, epochs=1, batch_size=20, verbose=0)
trainer.save_weights("/tmp/blind13_square_wave.weights.h5")
# %%
restorer = SquareWave()
restorer.compile(optimizer="rmsprop", loss="mse")
restorer.load_weights("/tmp/blind13_square_wave.weights.h5")
print(restorer.predict(xs[:3], verbose=0))
