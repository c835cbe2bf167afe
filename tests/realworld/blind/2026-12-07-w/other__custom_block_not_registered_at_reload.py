# source: https://github.com/keras-team/keras/issues/5956
# family: other
# raises: TypeError
# cause: 3:1, 1:6
# raise: 3:1
# culprit: PlusOne
# expect: the saved .keras file refers to the custom layer class PlusOne, which was neither registered with keras.saving.register_keras_serializable nor passed to load_model, so deserialization cannot locate the class. Pass custom_objects={"PlusOne": PlusOne} to load_model (or decorate the class with @keras.saving.register_keras_serializable()).
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers

class PlusOne(layers.Layer):
    def call(self, inputs):
        return inputs + 1.0
# %%
seq = keras.Sequential([keras.Input((10,)), PlusOne(), layers.Dense(2)])
seq.compile(optimizer="adam", loss="mse")
seq.fit(np.random.rand(16, 10), np.random.rand(16, 2), epochs=1, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "plus_one.keras")
seq.save(path)
# %%
restored = keras.models.load_model(path)
print(restored.predict(np.zeros((1, 10)), verbose=0))
