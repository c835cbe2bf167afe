# source: https://github.com/SonySemiconductorSolutions/mct-model-optimization/issues/428
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1, 3:2
# raise: 3:2
# culprit: student_block | set_weights
# expect: The freshly constructed Conv2DBNBlock has never been called or built, so it owns no weights yet and set_weights rejects the 5 arrays copied from the trained block. Build it first (student_block.build((None, 16, 16, 3)) or call it on a sample batch) before copying the weights.
# %%
import numpy as np
import tensorflow as tf
import keras

class Conv2DBNBlock(keras.layers.Layer):
    def __init__(self, filters, **kwargs):
        super().__init__(**kwargs)
        self.conv = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)
        self.bn = keras.layers.BatchNormalization()

    def call(self, x, training=False):
        return tf.nn.relu6(self.bn(self.conv(x), training=training))
# %%
rng = np.random.default_rng(6)
batch = rng.random((8, 16, 16, 3)).astype(np.float32)
teacher_block = Conv2DBNBlock(8, name="teacher_block")
teacher_out = teacher_block(batch, training=True)
print(len(teacher_block.get_weights()), teacher_out.shape)
# %%
student_block = Conv2DBNBlock(8, name="student_block")
student_block.set_weights(teacher_block.get_weights())
student_out = student_block(batch)
