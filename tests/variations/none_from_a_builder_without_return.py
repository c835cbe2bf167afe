# family: other
# raises: AttributeError
# culprit: build_head
import keras


def build_head(units):
    head = keras.Sequential([keras.Input((4,)), keras.layers.Dense(units)])
    head.compile("sgd", "mse")  # <- cause


head = build_head(3)
head.summary()  # <- raises
