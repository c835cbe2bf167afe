# family: other
# raises: TypeError
# culprit: self.spread
import tensorflow as tf

class Stats(tf.Module):
    @tf.function
    def run(self, v):
        self.spread = v * 2.0  # <- cause
        return tf.reduce_sum(v)

meter = Stats()
meter.run(tf.ones([3]))
print(tf.reduce_max(meter.spread))  # <- raises
