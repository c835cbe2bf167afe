# source: https://github.com/Viredery/tf-eager-fasterrcnn/issues/27
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: detector | TinyRCNN
# expect: TinyRCNN is a subclassed model whose layers are only built on the first call; load_weights is called right after construction, before any forward pass, so the model has no variables to load into. Call detector on a dummy batch (or detector.build(...)) before load_weights.
# %%
import os, tempfile
import numpy as np
import keras

class TinyRCNN(keras.Model):
    def __init__(self, num_classes=4, **kwargs):
        super().__init__(**kwargs)
        self.backbone = keras.layers.Conv2D(8, 3, strides=2, activation="relu")
        self.pool = keras.layers.GlobalAveragePooling2D()
        self.cls_head = keras.layers.Dense(num_classes)
        self.box_head = keras.layers.Dense(4 * num_classes)

    def call(self, images):
        feats = self.pool(self.backbone(images))
        return self.cls_head(feats), self.box_head(feats)
# %%
weights_dir = tempfile.mkdtemp()
pretrained = TinyRCNN()
pretrained(np.zeros((1, 64, 64, 3), "float32"))
pretrained.save_weights(os.path.join(weights_dir, "faster_rcnn.weights.h5"))
batch_imgs = np.random.rand(2, 64, 64, 3).astype("float32")
# %%
detector = TinyRCNN(num_classes=4)
detector.load_weights(os.path.join(weights_dir, "faster_rcnn.weights.h5"))
cls_logits, boxes = detector(batch_imgs, training=True)
