# source: https://github.com/ArdhenduBehera/cap/issues/10
# family: other
# raises: TypeError
# cause: 1:20
# raise: 3:1
# culprit: get_config | ContextPooling
# expect: ContextPooling overrides get_config but returns only the base config, so cluster_size and output_dim are not written to the .keras file; on load Keras calls ContextPooling(**config) without them and the constructor fails. Add the constructor arguments to the returned config (config.update({"cluster_size": ..., "output_dim": ...})).
# %%
import numpy as np
import tensorflow as tf
import keras

@keras.saving.register_keras_serializable(package="cap")
class ContextPooling(keras.layers.Layer):
    def __init__(self, cluster_size, output_dim, **kwargs):
        super().__init__(**kwargs)
        self.cluster_size = cluster_size
        self.output_dim = output_dim
        self.assign = keras.layers.Dense(cluster_size, activation="softmax")
        self.proj = keras.layers.Dense(output_dim)

    def call(self, x):
        weights = self.assign(x)
        pooled = tf.matmul(weights, x, transpose_a=True)
        return self.proj(tf.reshape(pooled, [-1, self.cluster_size * x.shape[-1]]))

    def get_config(self):
        return super().get_config()
# %%
rng = np.random.default_rng(37)
feat_in = keras.Input((10, 12))
logits = keras.layers.Dense(5)(ContextPooling(cluster_size=4, output_dim=16)(feat_in))
cap_model = keras.Model(feat_in, logits)
cap_model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
cap_model.fit(rng.random((16, 10, 12)), rng.integers(0, 5, 16), epochs=1, verbose=0)
cap_model.save("/tmp/b12_cap_model.keras")
# %%
reloaded = keras.models.load_model("/tmp/b12_cap_model.keras")
print(reloaded.predict(rng.random((2, 10, 12)), verbose=0).shape)
