# source: https://github.com/tensorflow/tensorflow/issues/39864
# family: none
# raises: NONE
# cause: 1:11
# raise: NONE
# culprit: tf.Variable
# expect: nothing to report: the tf.Variable is created inside the tf.function only on the first trace (guarded by `if self.scale is None`) and reused afterwards, which tf.function allows.
# %%
import tensorflow as tf

class RunningScaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.scale = None

    @tf.function
    def __call__(self, x):
        if self.scale is None:
            self.scale = tf.Variable(tf.ones([x.shape[-1]]), name="scale")
        self.scale.assign(0.9 * self.scale + 0.1 * tf.reduce_max(tf.abs(x), axis=0))
        return x / self.scale
# %%
scaler = RunningScaler()
for step in range(3):
    out = scaler(tf.random.normal([8, 4], seed=step))
print(out.shape, scaler.scale.numpy().round(3))
