# source: https://github.com/hegongshan/deep_matrix_factorization/issues/1
# family: shape_mismatch
# raises: ValueError
# cause: 3:5
# raise: 3:6
# culprit: items_input | item_input | rating_matrix
# expect: The model takes one item id per sample (item_input of shape (1,)), but the evaluation helper appends rating_matrix[:, item] (the whole column of ratings, 40 values) instead of the id, so predict gets an array of shape (n, 40) for item_input. Append the item id itself (items_input.append(item)).
# %%
import numpy as np
import keras
from keras import layers

N_USERS, N_ITEMS, DIM = 40, 25, 8
rng = np.random.default_rng(99)
rating_matrix = (rng.random((N_USERS, N_ITEMS)) < 0.2).astype("float32")
users, items = np.nonzero(rating_matrix)
# %%
user_input = keras.Input(shape=(1,), dtype="int32", name="user_input")
item_input = keras.Input(shape=(1,), dtype="int32", name="item_input")
u = layers.Flatten()(layers.Embedding(N_USERS, DIM)(user_input))
v = layers.Flatten()(layers.Embedding(N_ITEMS, DIM)(item_input))
score = layers.Dense(1, activation="sigmoid")(layers.Multiply()([u, v]))
mf_model = keras.Model([user_input, item_input], score)
mf_model.compile(optimizer="adam", loss="binary_crossentropy")
mf_model.fit([users, items], np.ones(len(users)), epochs=1, batch_size=16, verbose=0)
# %%
def evaluate_one_user(user, candidate_items, k=5):
    users_input, items_input = [], []
    for item in candidate_items:
        users_input.append(user)
        items_input.append(rating_matrix[:, item])
    predictions = mf_model.predict([np.array(users_input), np.array(items_input)],
                                   batch_size=101, verbose=0)
    return np.argsort(-predictions.ravel())[:k]

print(evaluate_one_user(3, list(range(N_ITEMS))))
