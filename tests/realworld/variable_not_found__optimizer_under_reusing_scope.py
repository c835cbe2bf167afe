# source: https://github.com/jonbruner/generative-adversarial-networks/issues/8
# family: variable_not_found
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: critic | Adam
# expect: The optimizers are created inside the `with variable_scope(..., reuse=True)` block of cell 3, so Adam's slot variables (critic/w1/Adam) are looked up instead of created; move the minimize() calls out of the reusing scope (or reuse=tf.compat.v1.AUTO_REUSE).
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def critic(samples):
    with tf.compat.v1.variable_scope("critic", reuse=tf.compat.v1.AUTO_REUSE):
        w1 = tf.compat.v1.get_variable("w1", [4, 8])
        w2 = tf.compat.v1.get_variable("w2", [8, 1])
    return tf.matmul(tf.nn.relu(tf.matmul(samples, w1)), w2)
# %%
real = tf.compat.v1.placeholder(tf.float32, [None, 4])
fake = tf.random.normal([16, 4])
score_real, score_fake = critic(real), critic(fake)
critic_loss = tf.reduce_mean(score_fake) - tf.reduce_mean(score_real)
critic_vars = tf.compat.v1.trainable_variables("critic")
# %%
with tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=True):
    step_fake = tf.compat.v1.train.AdamOptimizer(3e-4).minimize(score_fake, var_list=critic_vars)
    step_real = tf.compat.v1.train.AdamOptimizer(3e-4).minimize(critic_loss, var_list=critic_vars)
