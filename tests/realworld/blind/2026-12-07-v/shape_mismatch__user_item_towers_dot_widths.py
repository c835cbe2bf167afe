# source: https://github.com/maciejkula/triplet_recommendations_keras/issues/17
# family: shape_mismatch
# raises: ValueError
# cause: 2:10, 2:2
# raise: 3:1
# culprit: item_repr | Dot
# expect: the Dot layer needs both towers to have the same width, but the item representation concatenates a 24-wide item embedding with a 16-wide genre embedding (40) while the user vector is 32 wide. Project item_repr to USER_DIM with a Dense layer (or size ITEM_DIM + GENRE_DIM to match USER_DIM) before the dot product.
# %%
import numpy as np
import keras
from keras import layers
n_users, n_items = 500, 300
user_ids = np.random.randint(0, n_users, size=(256, 1))
item_ids = np.random.randint(0, n_items, size=(256, 1))
ratings = np.random.rand(256, 1).astype("float32")
# %%
USER_DIM = 32
ITEM_DIM = 24
GENRE_DIM = 16
u_in = keras.Input((1,), name="user")
i_in = keras.Input((1,), name="item")
g_in = keras.Input((1,), name="genre")
u_vec = layers.Flatten()(layers.Embedding(n_users, USER_DIM)(u_in))
i_vec = layers.Flatten()(layers.Embedding(n_items, ITEM_DIM)(i_in))
g_vec = layers.Flatten()(layers.Embedding(12, GENRE_DIM)(g_in))
item_repr = layers.Concatenate()([i_vec, g_vec])
# %%
score = layers.Dot(axes=1)([u_vec, item_repr])
recommender = keras.Model([u_in, i_in, g_in], score)
