# source: https://github.com/captain-pool/GSOC/issues/37
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:9
# raise: 3:1
# culprit: upsample_conv | Upsampler
# expect: the generator's call is decorated with @tf.function and builds a new Conv2D inside it, so the convolution's kernel and bias are created while the function is traced; tf.function only accepts variables created once, and calling the model fails. Create the convolution once in __init__ (self.upsample_conv) and only apply it in call.
# %%
import numpy as np
import tensorflow as tf
class Upsampler(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.scale = 2
    @tf.function
    def call(self, lowres):
        upsample_conv = tf.keras.layers.Conv2D(3 * self.scale ** 2, 3, padding="same")
        feats = upsample_conv(lowres)
        return tf.nn.depth_to_space(feats, self.scale)
# %%
esrgan = Upsampler()
lowres = tf.random.uniform((1, 16, 16, 3))
# %%
sr = esrgan(lowres)
print(sr.shape)
