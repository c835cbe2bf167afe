# source: https://github.com/BinRoot/TensorFlow-Book/issues/9
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:6, 2:5
# raise: 3:2
# culprit: Variable | Saver | spikes
# expect: Only spikes.initializer was run, but tf.compat.v1.train.Saver() with no var_list saves every global variable, including the unnamed "Variable" left over from the exploration cell, which was never initialized. Give the Saver only what you want to keep (Saver([spikes]) or {"spikes": spikes}), or initialize all variables.
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
sess = tf.compat.v1.InteractiveSession()

# quick exploration of variables
scratch = tf.Variable(tf.zeros([3]))
print(scratch)
# %%
raw_data = [1.0, 2.0, 8.0, -1.0, 0.0, 5.5, 6.0, 13.0]
spikes = tf.Variable([False] * len(raw_data), name="spikes")
flag = tf.compat.v1.placeholder(tf.bool, [len(raw_data)])
update = tf.compat.v1.assign(spikes, flag)
spikes.initializer.run()
saver = tf.compat.v1.train.Saver()

mask = [False] * len(raw_data)
for i in range(1, len(raw_data)):
    mask[i] = raw_data[i] - raw_data[i - 1] > 5
sess.run(update, {flag: mask})
# %%
ckpt_dir = tempfile.mkdtemp()
save_path = saver.save(sess, os.path.join(ckpt_dir, "spikes.ckpt"))
print("saved to", save_path)
