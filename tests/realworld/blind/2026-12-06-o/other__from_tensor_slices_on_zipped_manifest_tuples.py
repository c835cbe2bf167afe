# source: https://github.com/tensorflow/tensorflow/issues/20481
# family: other
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: zip | scan_paths
# expect: zip(*manifest) returns Python tuples, and tf.data treats a tuple as a structure of separate components, so every file name becomes its own scalar component that cannot be sliced ("Unbatching a tensor is only supported for rank >= 1"); convert the columns to lists or arrays (list(scan_paths), np.array(scan_labels)) before from_tensor_slices.
# %%
import numpy as np
import tensorflow as tf

manifest_text = """scan_0001.png,0
scan_0002.png,1
scan_0003.png,0
scan_0004.png,2
scan_0005.png,1"""
manifest = [(line.split(",")[0], int(line.split(",")[1])) for line in manifest_text.splitlines()]
# %%
scan_paths, scan_labels = zip(*manifest)
print(len(scan_paths), "scans")
# %%
scan_ds = tf.data.Dataset.from_tensor_slices((scan_paths, scan_labels))
for path, label in scan_ds.take(2):
    print(path.numpy(), label.numpy())
