"""Every touch of TensorFlow/Keras private API, version-guarded, split by job.

Nothing outside this package imports ``tensorflow.python`` or reads a private attribute of a
TensorFlow or Keras object; the rest of tfmagic calls the small functions here, which degrade to
"unknown" (``None`` or an empty result) on a TensorFlow that lacks what they need.
"""
