# source: https://github.com/tensorflow/tensorflow/issues/38369
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:3
# raise: 4:1
# culprit: make_probe | probe
# expect: the probe model is built by make_probe inside the tf.function `explain`, so each trace creates new model variables, which tf.function forbids after the first trace; build the probe model once outside the function and pass or capture it
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
def make_probe():
    return keras.Sequential([keras.layers.Conv2D(4, 3, activation="relu"), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(2)])
images = tf.random.uniform([2, 24, 24, 3])
# %%
@tf.function
def explain(batch):
    probe = make_probe()
    with tf.GradientTape() as tape:
        tape.watch(batch)
        score = tf.reduce_sum(probe(batch)[:, 1])
    return tape.gradient(score, batch)
# %%
saliency = explain(images)
