# source: https://github.com/smallcorgi/Faster-RCNN_TF/issues/165
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: conv1_1 | vehicle_net
# expect: both detector networks are built into the same default graph with no enclosing scope, so loading the second one asks get_variable for "conv1_1/weights" a second time and fails. Build each model in its own tf.Graph (with its own Session) or under distinct variable scopes.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

class TinyDetector:
    def __init__(self, n_classes):
        self.images = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3])
        net = self.images
        for name, ch in [("conv1_1", 8), ("conv2_1", 16)]:
            with tf.compat.v1.variable_scope(name):
                w = tf.compat.v1.get_variable("weights", [3, 3, net.shape[-1], ch])
                net = tf.nn.relu(tf.nn.conv2d(net, w, strides=2, padding="SAME"))
        flat = tf.reshape(net, [-1, 8 * 8 * 16])
        with tf.compat.v1.variable_scope("cls_score"):
            w = tf.compat.v1.get_variable("weights", [8 * 8 * 16, n_classes])
        self.scores = tf.matmul(flat, w)
# %%
person_net = TinyDetector(n_classes=2)
sess_person = tf.compat.v1.Session()
sess_person.run(tf.compat.v1.global_variables_initializer())
frame = np.random.rand(1, 32, 32, 3).astype(np.float32)
print(sess_person.run(person_net.scores, {person_net.images: frame}))
# %%
# second model for the vehicle classes
vehicle_net = TinyDetector(n_classes=4)
sess_vehicle = tf.compat.v1.Session()
