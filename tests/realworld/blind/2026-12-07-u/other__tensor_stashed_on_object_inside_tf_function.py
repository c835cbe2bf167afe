# source: https://github.com/tensorflow/tensorflow/issues/57756
# family: other
# raises: TypeError
# cause: 2:12
# raise: 3:3
# culprit: last_residuals | self.last_residuals
# expect: solve() is a tf.function, so inside it `self.last_residuals = ...` stores a symbolic graph tensor on the Python object; after the trace finishes that tensor is out of scope, and using solver.last_residuals eagerly in cell 3 fails. Return the residuals from the function (or write them into a tf.Variable) instead of stashing them on self.
# %%
import numpy as np
import tensorflow as tf
A = tf.constant(np.random.rand(6, 6) + 6 * np.eye(6), dtype=tf.float32)
b = tf.constant(np.random.rand(6), dtype=tf.float32)
# %%
class JacobiSolver(tf.Module):
    def __init__(self, n_iter=20):
        self.n_iter = n_iter
        self.last_residuals = None

    @tf.function
    def solve(self, A, b):
        x = tf.zeros_like(b)
        d = tf.linalg.diag_part(A)
        for _ in range(self.n_iter):
            x = (b - tf.linalg.matvec(A, x) + d * x) / d
        self.last_residuals = b - tf.linalg.matvec(A, x)
        return x
# %%
solver = JacobiSolver()
x_hat = solver.solve(A, b)
print("max residual", float(tf.reduce_max(tf.abs(solver.last_residuals))))
