# source: https://github.com/tensorflow/tensorflow/issues/32348
# family: none
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: custom_objects
# expect: Correct: the model compiled with a custom loss is reloaded with custom_objects={"huber_like": huber_like}, so Keras can rebuild the compiled loss and training continues. No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
import keras

def huber_like(y_true, y_pred):
    err = tf.abs(y_true - y_pred)
    return tf.reduce_mean(tf.where(err < 1.0, 0.5 * tf.square(err), err - 0.5))

rng = np.random.default_rng(32)
digits = rng.random((60, 784)).astype("float32")
scores = rng.normal(size=(60, 10)).astype("float32")
# %%
inputs = keras.Input(shape=(784,), name="digits")
x = keras.layers.Dense(64, activation="relu", name="dense_1")(inputs)
outputs = keras.layers.Dense(10, name="predictions")(x)
mlp = keras.Model(inputs=inputs, outputs=outputs, name="3_layer_mlp")
mlp.compile(optimizer=keras.optimizers.RMSprop(), loss=huber_like)
mlp.fit(digits, scores, epochs=1, batch_size=20, verbose=0)
mlp.save("/tmp/b14_mlp.keras")
# %%
new_model = keras.models.load_model("/tmp/b14_mlp.keras", custom_objects={"huber_like": huber_like})
new_model.fit(digits, scores, epochs=1, batch_size=20, verbose=0)
print(new_model.loss)
