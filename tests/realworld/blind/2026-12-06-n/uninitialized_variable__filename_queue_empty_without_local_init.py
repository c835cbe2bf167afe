# source: https://github.com/tensorflow/tensorflow/issues/3131
# family: uninitialized_variable
# raises: NONE
# cause: 3:1, 3:3
# raise: NONE
# culprit: limit_epochs | epochs | local_variables_initializer
# expect: string_input_producer(num_epochs=10) creates a local epoch-counter variable; no initializer is run before start_queue_runners, so the queue-runner thread dies on the uninitialized counter and the filename queue stays empty (size 0) without the main cell failing. Run tf.compat.v1.local_variables_initializer() (and the global one) before starting the queue runners.
# %%
import os
import time
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

shard_dir = "/tmp/b14_shards"
os.makedirs(shard_dir, exist_ok=True)
shard_names = []
for i in range(3):
    path = os.path.join(shard_dir, "part-%d.txt" % i)
    with open(path, "w") as f:
        f.write("row %d\n" % i)
    shard_names.append(path)
# %%
filename_queue = tf.compat.v1.train.string_input_producer(shard_names, num_epochs=10, shuffle=False)
queue_size = filename_queue.size()
# %%
sess = tf.compat.v1.InteractiveSession()
coord = tf.compat.v1.train.Coordinator()
threads = tf.compat.v1.train.start_queue_runners(sess=sess, coord=coord)
time.sleep(0.5)
print("filenames queued:", sess.run(queue_size))
