# source: https://github.com/VisualComputingInstitute/triplet-reid/issues/60
# family: other
# raises: OutOfRangeError
# cause: 2:3, 2:4
# raise: 4:4
# culprit: make_one_shot_iterator | repeat
# expect: The pipeline is built without .repeat(), so the one-shot iterator delivers a single pass of 40 crops (10 batches of 4) and IteratorGetNext raises "End of sequence" once the training loop asks for the 11th batch. Add .repeat() to the dataset (or stop the loop on tf.errors.OutOfRangeError / size the loop to one epoch).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(21)
crops = rng.random((40, 16, 8, 3), dtype=np.float32)
person_ids = np.repeat(np.arange(10), 4)
cfg = {"batch_p": 4, "train_iterations": 25, "lr": 3e-4}
# %%
def make_pipeline(images, pids, batch):
    ds = tf.data.Dataset.from_tensor_slices((images, pids))
    ds = ds.shuffle(len(images), seed=1)
    ds = ds.batch(batch)
    return tf.compat.v1.data.make_one_shot_iterator(ds).get_next()

batch_images, batch_pids = make_pipeline(crops, person_ids, cfg["batch_p"])
# %%
embed_w = tf.compat.v1.get_variable("embed_w", [16 * 8 * 3, 32])
emb = tf.matmul(tf.reshape(batch_images, [-1, 16 * 8 * 3]), embed_w)
dists = tf.reduce_sum(tf.square(emb[:, None, :] - emb[None, :, :]), axis=-1)
same = tf.cast(tf.equal(batch_pids[:, None], batch_pids[None, :]), tf.float32)
loss = tf.reduce_mean(same * dists - (1.0 - same) * tf.minimum(dists, 1.0))
train_op = tf.compat.v1.train.AdamOptimizer(cfg["lr"]).minimize(loss)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for it in range(cfg["train_iterations"]):
        _, it_loss = sess.run([train_op, loss])
        if it % 5 == 0:
            print(it, it_loss)
