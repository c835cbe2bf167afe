# source: https://github.com/tensorflow/tensorflow/issues/35127
# family: other
# raises: TypeError
# cause: 2:2, 1:2
# raise: 3:1
# culprit: GENRE_TO_ID | StaticHashTable
# expect: Inside Dataset.map the genre is a symbolic string tensor, which cannot be used as a key of the Python dict GENRE_TO_ID. Put the mapping in a tf.lookup.StaticHashTable (KeyValueTensorInitializer of the keys and ids) and call table.lookup(genre).
# %%
import tensorflow as tf
GENRE_TO_ID = {"rock": 0, "jazz": 1, "pop": 2}
tracks = ["jazz", "rock", "pop", "rock"]
durations = [210.0, 185.5, 240.0, 199.0]
# %%
def encode(genre, duration):
    return {"duration": duration / 300.0}, GENRE_TO_ID[genre]
# %%
ds = tf.data.Dataset.from_tensor_slices((tracks, durations)).map(encode)
