# source: https://github.com/keras-team/keras/issues/18821
# family: other
# raises: AttributeError
# cause: 2:4
# raise: 3:6
# culprit: tie_kernel | kernel
# expect: tie_kernel shares the encoder kernel with the decoder by assigning dense.kernel, the tf.keras 2 trick; in Keras 3 Dense.kernel is a read-only property ("property 'kernel' of 'Dense' object has no setter"). Share weights by reusing a layer, or write a small tied Dense layer whose call uses ops.transpose(encoder.kernel).
# %%
import numpy as np
import keras

rng = np.random.default_rng(37)
ratings = rng.random((40, 20)).astype("float32")
# %%
def tie_kernel(src_layer, dst_layer, transpose=True):
    src = src_layer.kernel
    shared = keras.ops.transpose(src) if transpose else src
    dst_layer.kernel = shared
    return dst_layer
# %%
encode = keras.layers.Dense(6, activation="relu", name="encode")
decode = keras.layers.Dense(20, activation="sigmoid", name="decode")
rating_in = keras.Input((20,))
recon = decode(encode(rating_in))
tied_ae = keras.Model(rating_in, recon)
decode = tie_kernel(encode, decode)
tied_ae.compile("adam", "mse")
tied_ae.fit(ratings, ratings, epochs=1, verbose=0)
