# source: https://github.com/nanotheorygroup/kaldo/issues/235
# family: other
# raises: InvalidArgumentError
# cause: 1:11
# raise: 2:6
# culprit: third_values | float32 | sparse_dense_matmul
# expect: The third-order force constants were stored as float32 to save space and are loaded without a dtype, while the eigenvectors are float64, so tf.sparse.sparse_dense_matmul gets a float sparse operand and a double dense one. Cast the loaded values to float64 (or the eigenvectors to float32) before the product.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(27)
n_modes = 6
store = os.path.join(tempfile.mkdtemp(), "third.npz")
coords = np.array([[0, 1], [2, 3], [4, 5], [5, 0]])
np.savez(store, coords=coords, values=rng.normal(size=4).astype("float32"))
third = np.load(store)
third_values = third["values"]
# %%
eigvecs = tf.constant(np.linalg.qr(rng.normal(size=(n_modes, n_modes)))[0])
print("eigvecs", eigvecs.dtype)

def project_amorphous(values, vectors):
    sparse_phi = tf.sparse.SparseTensor(third["coords"], values, [n_modes, n_modes])
    return tf.sparse.sparse_dense_matmul(sparse_phi, vectors)

projected = project_amorphous(third_values, eigvecs)
