# source: https://github.com/TannerGilbert/Tutorials/issues/1
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:2
# culprit: n_books | input_dim
# expect: Book ids run from 1 to max_id inclusive, but the Embedding was sized input_dim=n_books=max_id, so id max_id falls outside [0, max_id) ("indices[...] = N is not in [0, N)"). Use input_dim=max_id + 1.
# %%
import numpy as np
import keras

rng = np.random.default_rng(10)
book_ids = rng.integers(1, 501, size=2000)
user_ids = rng.integers(1, 301, size=2000)
book_ids[7] = 500
ratings = rng.integers(1, 6, size=2000).astype(np.float32)
# %%
n_books, n_users = int(book_ids.max()), int(user_ids.max()) + 1
book_in = keras.Input((1,), name="book")
user_in = keras.Input((1,), name="user")
book_vec = keras.layers.Flatten()(keras.layers.Embedding(n_books, 8, name="book_emb")(book_in))
user_vec = keras.layers.Flatten()(keras.layers.Embedding(n_users, 8, name="user_emb")(user_in))
score = keras.layers.Dot(axes=1)([book_vec, user_vec])
recsys = keras.Model([book_in, user_in], score)
recsys.compile(optimizer="adam", loss="mse")
# %%
inputs = {"book": book_ids[:, None], "user": user_ids[:, None]}
recsys.fit(inputs, ratings, epochs=1, batch_size=256, verbose=0)
