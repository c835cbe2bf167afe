# source: https://github.com/tensorflow/tensorflow/issues/35601
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: no problem: the training function is called repeatedly, and each call creates its MirroredStrategy and then builds the model, the optimizer and compiles inside that strategy's scope, so no strategy objects are mixed across runs.
# %%
import numpy as np
import tensorflow as tf
import keras
features = np.random.rand(128, 20).astype("float32")
targets = np.random.randint(0, 3, size=128)
# %%
def build_and_train(stage, epochs=1):
    strategy = tf.distribute.MirroredStrategy([d.name for d in tf.config.list_logical_devices("CPU")])
    with strategy.scope():
        net = keras.Sequential([
            keras.Input((20,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(3),
        ])
        opt = keras.optimizers.Adam(1e-3 / stage)
        net.compile(optimizer=opt, loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    hist = net.fit(features, targets, batch_size=32, epochs=epochs, verbose=0)
    return hist.history["loss"][-1]
# %%
for stage in range(1, 3):
    print(stage, build_and_train(stage))
