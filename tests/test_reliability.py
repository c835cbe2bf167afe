"""What tfmagic guarantees whatever happens: the user's exception untouched, faults inside tfmagic
degraded to a note, nothing pinned in memory, nothing left behind, tfmagic invisible in
tracebacks and logs. Each test here is named in README's "What is guaranteed" section.
"""

from __future__ import annotations

import ast
import os

TFMAGIC_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tfmagic")
PRIVATE_MODULES = ("tensorflow.python", "tensorflow.core", "keras.src", "tf_keras.src")


def _private_imports(path: str) -> list[str]:
    tree = ast.parse(open(path, encoding="utf-8").read(), filename=path)
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) \
                in ("import_module", "__import__") and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            names = [node.args[0].value]
        found += [f"{os.path.relpath(path, TFMAGIC_DIR)}:{node.lineno} {name}" for name in names
                  if name.startswith(PRIVATE_MODULES)]
    return found


def test_private_tensorflow_and_keras_only_in_tf_package():
    """``tensorflow.python`` and private Keras modules are imported nowhere outside tfmagic/_tf."""
    outside, inside = [], []
    for root, _, files in os.walk(TFMAGIC_DIR):
        for name in files:
            if name.endswith(".py"):
                path = os.path.join(root, name)
                in_tf = os.path.relpath(path, TFMAGIC_DIR).startswith("_tf" + os.sep)
                (inside if in_tf else outside).extend(_private_imports(path))
    assert outside == []
    assert inside, "the scan finds nothing at all: it would not notice a private import either"
