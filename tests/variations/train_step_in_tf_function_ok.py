# family: none
# raises: NONE
# culprit: -
import tensorflow as tf
class Net(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.d1 = tf.keras.layers.Dense(8, activation="relu")
        self.d2 = tf.keras.layers.Dense(1)
    def call(self, x):
        return self.d2(self.d1(x))
net = Net()
opt = tf.keras.optimizers.SGD(0.01)
mean_loss = tf.keras.metrics.Mean()
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(net(x) - y))
    grads = tape.gradient(loss, net.trainable_variables)
    opt.apply_gradients(zip(grads, net.trainable_variables))
    mean_loss.update_state(loss)
    return loss
for _ in range(5):
    train_step(tf.random.normal([16, 3]), tf.random.normal([16, 1]))
print(float(mean_loss.result()))
