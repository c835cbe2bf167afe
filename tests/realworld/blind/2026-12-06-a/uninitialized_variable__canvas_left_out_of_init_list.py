# source: https://github.com/sarahmfrost/manumorph/issues/2
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:3, 3:4
# raise: 4:4
# culprit: canvas
# expect: Cell 3 initializes only the optimizer's variables (the list filtered on "Adam"/"power"), so the image variable canvas being optimized is never initialized; add canvas to the variables_initializer list (or run global_variables_initializer).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

photo = np.random.default_rng(0).random((1, 16, 16, 3)).astype("float32")
target_gram = np.eye(3, dtype="float32") * 0.1
# %%
canvas = tf.Variable(photo, name="canvas")
photo_t = tf.constant(photo)

def gram(img):
    flat = tf.reshape(img, [-1, 3])
    return tf.matmul(flat, flat, transpose_a=True) / 256.0

content_loss = tf.reduce_mean(tf.square(canvas - photo_t))
style_loss = tf.reduce_mean(tf.square(gram(canvas) - target_gram))
total_loss = content_loss + 10.0 * style_loss
# %%
opt = tf.compat.v1.train.AdamOptimizer(0.02)
train_op = opt.minimize(total_loss, var_list=[canvas])
new_vars = [v for v in tf.compat.v1.global_variables() if "Adam" in v.name or "power" in v.name]
init_new_vars_op = tf.compat.v1.variables_initializer(new_vars)
# %%
sess = tf.compat.v1.Session()
sess.run(init_new_vars_op)
for it in range(3):
    _, loss_val = sess.run([train_op, total_loss])
    print(it, loss_val)
