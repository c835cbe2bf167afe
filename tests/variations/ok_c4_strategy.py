# family: none
# raises: NONE
# culprit: -
import tensorflow as tf
strategy = tf.distribute.MirroredStrategy()
with strategy.scope():
    model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
model.fit(tf.random.normal([32, 4]), tf.random.normal([32, 1]), epochs=1, verbose=0)
print(len(model.weights))
