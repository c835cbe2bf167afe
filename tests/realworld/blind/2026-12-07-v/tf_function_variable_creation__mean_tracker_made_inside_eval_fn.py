# source: https://github.com/tensorflow/tensorflow/issues/36511
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 2:8
# culprit: tracker | Mean
# expect: the Mean metric is constructed inside the @tf.function, so its total/count variables are created during tracing and tf.function rejects them (variables must be singletons created once). Create the metric outside the function (or as an attribute built once) and only call update_state/result inside it.
# %%
import tensorflow as tf
eval_ds = tf.data.Dataset.range(10).map(lambda v: tf.cast(v, tf.float32)).batch(5)
# %%
@tf.function
def running_mean(ds):
    tracker = tf.keras.metrics.Mean(name="mean")
    for step in tf.range(3):
        for y in ds:
            tracker.update_state(y + tf.cast(step, tf.float32))
    return tracker.result()
print(running_mean(eval_ds))
