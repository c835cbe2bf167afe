"""Checkpoint keys against the variables of a graph or object: what matches, what is missing,
what is extra, what changed shape, and the consistent prefix change (a renamed or added scope)
that explains the most of the difference.

Pure functions over ``{name: shape}`` dicts (no TensorFlow), shared by ``%tfgraph --checkpoint``
and the ``checkpoint_mismatch`` rules of ``%%tfcheck``, so both name the same rename and
suggest the same ``assignment_map``.
"""

from __future__ import annotations

from dataclasses import dataclass

# Checkpoint keys that describe the checkpoint itself rather than a variable.
BOOKKEEPING_KEYS = ("_CHECKPOINTABLE_OBJECT_GRAPH", "save_counter/.ATTRIBUTES/VARIABLE_VALUE")


@dataclass
class PrefixRename:
    """Checkpoint names that equal the target's names up to a consistent prefix."""

    checkpoint_prefix: str
    target_prefix: str
    pairs: list[tuple[str, str]]  # (checkpoint key, target name)


@dataclass
class KeyComparison:
    """Checkpoint keys against the variables of a graph or object."""

    matched: list[str]
    missing: list[str]          # in the graph/object, not in the checkpoint
    unexpected: list[str]       # in the checkpoint, matching nothing
    shape_mismatch: list[tuple[str, tuple, tuple]]  # (name, target shape, checkpoint shape)
    rename: PrefixRename | None = None


def without_bookkeeping(keys: dict) -> dict:
    return {k: v for k, v in keys.items() if k not in BOOKKEEPING_KEYS}


def compare_keys(target: dict, checkpoint: dict) -> KeyComparison:
    """Compare {name: shape} of a graph/object with {key: shape} of a checkpoint."""
    common = target.keys() & checkpoint.keys()
    mismatch = sorted((k, _tuple(target[k]), _tuple(checkpoint[k])) for k in common
                      if not shapes_agree(target[k], checkpoint[k]))
    missing = sorted(target.keys() - checkpoint.keys())
    unexpected = sorted(checkpoint.keys() - target.keys())
    comparison = KeyComparison(matched=sorted(common), missing=missing, unexpected=unexpected,
                               shape_mismatch=mismatch)
    comparison.rename = find_prefix_rename(missing, unexpected, target, checkpoint)
    return comparison


def find_prefix_rename(missing: list[str], unexpected: list[str], target: dict,
                       checkpoint: dict) -> PrefixRename | None:
    """The prefix change (added to or removed from every name) that turns the most unexpected
    checkpoint keys into missing target names with equal shapes, or None.

    Every (missing name, unexpected key) pair that shares a tail votes for the prefix pair that
    would turn one into the other; a pair only votes when the shapes agree, and the prefix pair
    with the most distinct keys wins (the shorter prefixes on a tie). One missing name alone
    cannot tell a rename from a coincidence of leaf names (``kernel``), so the rename is a
    statement about all the keys it pairs, never a guess from one."""
    if not missing or not unexpected:
        return None
    candidates: dict[tuple[str, str], list[tuple[str, str]]] = {}
    unexpected_set = set(unexpected)
    by_tail: dict[str, list[str]] = {}
    for key in unexpected:
        parts = key.split("/")
        for i in range(len(parts)):
            by_tail.setdefault("/".join(parts[i:]), []).append(key)
    for name in missing:
        parts = name.split("/")
        for i in range(len(parts)):
            tail = "/".join(parts[i:])
            for key in by_tail.get(tail, ()):
                if not shapes_agree(target[name], checkpoint[key]):
                    continue
                ckpt_prefix = key[: len(key) - len(tail)]
                target_prefix = name[: len(name) - len(tail)]
                if ckpt_prefix == target_prefix:
                    continue
                candidates.setdefault((ckpt_prefix, target_prefix), []).append((key, name))
    if not candidates:
        return None
    (ckpt_prefix, target_prefix), pairs = max(
        candidates.items(), key=lambda item: (len({k for k, _ in item[1]}),
                                              -len(item[0][0]) - len(item[0][1])))
    pairs = sorted({(k, n) for k, n in pairs if k in unexpected_set})
    return PrefixRename(ckpt_prefix, target_prefix, pairs)


def scope_map_applies(rename: PrefixRename, target: dict, checkpoint: dict) -> bool:
    """Whether ``{ckpt_prefix: target_prefix}`` is safe for ``init_from_checkpoint``: it loads
    every variable under the target prefix and raises on any without a same-shaped key."""
    if not rename.target_prefix:
        return False  # mapping into the root is not a scope mapping init_from_checkpoint takes
    for name, shape in target.items():
        if not name.startswith(rename.target_prefix):
            continue
        key = rename.checkpoint_prefix + name[len(rename.target_prefix):]
        if key not in checkpoint or not shapes_agree(shape, checkpoint[key]):
            return False
    return True


def shapes_agree(a, b) -> bool:
    if a is None or b is None:
        return True
    a, b = tuple(a), tuple(b)
    return len(a) == len(b) and all(x is None or y is None or x == y for x, y in zip(a, b))


def _tuple(shape):
    return tuple(shape) if shape is not None else None
