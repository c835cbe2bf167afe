# source: https://github.com/keras-team/keras/issues/8612
# family: other
# raises: TypeError
# cause: 3:1
# raise: 3:1
# culprit: ProjectionLayer | custom_objects
# expect: The saved model contains the custom ProjectionLayer, which is neither registered with @keras.saving.register_keras_serializable nor passed to load_model, so Keras cannot rebuild it from the .keras file. Pass custom_objects={"ProjectionLayer": ProjectionLayer} to load_model (or register the class).
# %%
import numpy as np
import tensorflow as tf
import keras

class ProjectionLayer(keras.layers.Layer):
    def __init__(self, output_dim, **kwargs):
        super().__init__(**kwargs)
        self.output_dim = output_dim

    def build(self, input_shape):
        self.kernel = self.add_weight(name="kernel", shape=(input_shape[-1], self.output_dim), initializer="uniform")

    def call(self, x):
        return tf.matmul(x, self.kernel)

    def get_config(self):
        config = super().get_config()
        config.update({"output_dim": self.output_dim})
        return config
# %%
rng = np.random.default_rng(14)
model = keras.Sequential([keras.Input((20,)), keras.layers.Dense(32), ProjectionLayer(10)])
model.compile(optimizer="sgd", loss="mse")
model.fit(rng.random((32, 20)), rng.random((32, 10)), epochs=1, verbose=0)
model.save("/tmp/b12_projection_model.keras")
# %%
restored = keras.models.load_model("/tmp/b12_projection_model.keras")
restored.summary()
