"""What live objects say about their state right now: Keras objects whose weights do not exist
yet, checkpoint restores that left values unused or waiting, sessions that were closed.

One judgement per question, shared by ``%%tfcheck`` (its rules and its success warnings) and
``%tfgraph``: the callers differ in how they *find* the objects (the cell's code, the
namespace, the restores the hook recorded), never in how they judge them or word the finding
(the wording lives in the kind modules, ``rules/unbuilt_layer.py``,
``rules/checkpoint_mismatch.py``, ``rules/uninitialized_variable.py``). Plain facts here, no
sentences; every private TensorFlow touch stays in ``tfmagic._tf``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._tf import checkpoints, keras, runtime
from .._tf.safe import instance_of, is_tf_object

MAX_DEPTH = 4
UNBOUND_PATH = re.compile(r"path=([\w/.\-]+)")


# ---------------------------------------------------------------- unbuilt Keras objects
@dataclass
class UnbuiltObject:
    """A Keras layer or model, or a ``tf.Module`` holding layers, whose weights do not exist.

    ``pending``: (attribute path, layer name) of each layer that creates weights in ``build``
    and has not been built — the objects whose weights are missing, the first one being the
    object itself when it is such a layer."""

    kind: str            # "model", "layer" or "module"
    class_name: str
    layer_name: str
    built: bool          # the object's own ``built`` flag (False for a tf.Module)
    pending: list[tuple[str, str]] = field(default_factory=list)


def unbuilt_object(obj, path: str) -> UnbuiltObject | None:
    """Whether ``obj`` (reachable as ``path``) lacks weights it will create when built.

    A layer counts only when its class defines ``build`` (Dropout, Flatten... have no weights
    to create), and an object that is built and has variables is complete even when one of
    its sublayers is unused. Measured against the two earlier versions: ``built`` alone
    flagged a model of weightless layers; "any unbuilt sublayer" counted Dropout."""
    layer_classes = keras.keras_layer_classes()
    module_class = runtime.tf_module_class()
    is_layer = instance_of(obj, layer_classes)
    if not is_layer and not (module_class is not None and instance_of(obj, module_class)):
        return None
    if is_layer and keras.layer_is_built(obj) and variable_count(obj):
        return None
    pending = [(p, getattr(layer, "name", type(layer).__name__))
               for p, layer in layers_within(obj, path, layer_classes)
               if not keras.layer_is_built(layer) and keras.keras_layer_build_overridden(layer)]
    if not pending:
        return None
    kind = "model" if keras.is_keras_model(obj) else "layer" if is_layer else "module"
    return UnbuiltObject(kind, type(obj).__name__, getattr(obj, "name", "") if is_layer else "",
                         is_layer and keras.layer_is_built(obj), pending)


def layers_within(obj, path: str, layer_classes=None, depth: int = MAX_DEPTH):
    """(attribute path, layer) for ``obj`` itself when it is a Keras layer and for the layers
    reachable from it: a model's ``layers`` and public attributes (lists, tuples and dicts
    included), ``depth`` levels down, each layer once."""
    layer_classes = keras.keras_layer_classes() if layer_classes is None else layer_classes
    if not layer_classes:
        return
    seen = set()
    stack = [(path, obj, 0)]
    while stack:
        here, value, level = stack.pop(0)
        if id(value) in seen:
            continue
        seen.add(id(value))
        if instance_of(value, layer_classes):
            yield here, value
        if level >= depth:
            continue
        for child_path, child in _children(here, value):
            if id(child) not in seen and (instance_of(child, layer_classes) or
                                          (is_tf_object(child) and
                                           hasattr(type(child), "_trackable_children"))):
                stack.append((child_path, child, level + 1))


def _children(path: str, obj):
    if not is_tf_object(obj):  # the type rule (_tf/safe.py): nothing else is read
        return
    try:
        layers = getattr(obj, "layers", None) if hasattr(obj, "built") else None
        layers = list(layers) if type(layers) in (list, tuple) else []
    except Exception:  # noqa: BLE001 - some models raise before being built
        layers = []
    for index, layer in enumerate(layers):
        yield f"{path}.layers[{index}]", layer
    try:
        attributes = vars(obj)
    except TypeError:
        return
    for attr, value in list(attributes.items()):
        if attr.startswith("_"):
            continue
        if type(value) in (list, tuple):
            yield from ((f"{path}.{attr}[{i}]", v) for i, v in enumerate(value))
        elif type(value) is dict:
            yield from ((f"{path}.{attr}[{k!r}]", v) for k, v in value.items())
        else:
            yield f"{path}.{attr}", value


def variable_count(obj) -> int | None:
    if not is_tf_object(obj):
        return None
    for attribute in ("variables", "weights", "trainable_variables"):
        try:
            value = getattr(obj, attribute)
        except Exception:  # noqa: BLE001
            continue
        try:
            return len(value)
        except TypeError:
            continue
    return None


# ---------------------------------------------------------------- checkpoint restores
MATCHED_NOTHING = "matched_nothing"          # no saved value reached any object
EXISTING_UNRESTORED = "existing_unrestored"  # objects that exist got no saved value
DEFERRED = "deferred"                        # saved values wait for objects not created yet
UNUSED_VALUES = "unused_values"              # saved values that match no object at all


@dataclass
class RestoreProblem:
    """What a ``tf.train.Checkpoint`` restore left undone, judged from its status (and the
    object it restores into)."""

    what: str
    paths: list[str] = field(default_factory=list)
    path: str = ""                          # the checkpoint read ("" unknown)
    detail: str = ""                        # TensorFlow's assertion, first line
    saved_roots: list[str] = field(default_factory=list)
    given_roots: list[str] = field(default_factory=list)

    @property
    def loses_values(self) -> bool:
        """Values that should have reached existing objects did not (a silent bug now);
        deferred and unused values are pending state, not yet a loss."""
        return self.what in (MATCHED_NOTHING, EXISTING_UNRESTORED)


def restore_problem(status=None, root=None) -> RestoreProblem | None:
    """The first thing a restore left undone, in order of harm, or None.

    ``assert_nontrivial_match`` (nothing matched) and ``assert_existing_objects_matched``
    (existing objects left out) come first: they are values lost now. Then values deferred for
    objects that do not exist yet (``assert_consumed`` does not see those: a restore into an
    unbuilt Keras 3 model passes it but for ``save_counter``). Last, saved values no object
    matches (``assert_consumed``), unless ``expect_partial()`` declared that intentional — TF
    itself stays quiet then, and so does this. A restore of nothing on purpose
    (``restore(None)``) and a file without ``save_counter`` (``write``) are no problem."""
    path = ""
    if status is not None:
        if checkpoints.is_fresh_start_status(status):
            return None
        root = checkpoints.restore_root(status) if root is None else root
        path = checkpoints.restore_path(status)
        if _fails(status, "assert_nontrivial_match") is not None:
            problem = RestoreProblem(MATCHED_NOTHING, path=path)
            problem.saved_roots, problem.given_roots = _root_names(path, root)
            return problem
        message = _fails(status, "assert_existing_objects_matched")
        if message is not None and not checkpoints.only_save_counter_unbound(message):
            problem = RestoreProblem(EXISTING_UNRESTORED, _unbound_paths(message), path,
                                     _first_line(message))
            problem.saved_roots, problem.given_roots = _root_names(path, root)
            return problem
    if status is not None and checkpoints.restore_expects_partial(status):
        return None
    deferred = checkpoints.deferred_restorations(root) if root is not None else []
    if deferred:
        return RestoreProblem(DEFERRED, deferred, path)
    if status is not None:
        message = _fails(status, "assert_consumed")
        if message is not None and not checkpoints.only_save_counter_unbound(message):
            return RestoreProblem(UNUSED_VALUES, _unbound_paths(message), path,
                                  _first_line(message))
    return None


def _fails(status, assertion: str) -> str | None:
    """The AssertionError message of ``status.<assertion>()``, None when it passes or cannot
    be asked (graph-mode statuses need a session: unknown is not a failure)."""
    check = getattr(status, assertion, None)
    if check is None:
        return None
    try:
        check()
    except AssertionError as exc:
        return str(exc)
    except Exception:  # noqa: BLE001
        return None
    return None


def _root_names(path: str, root) -> tuple[list[str], list[str]]:
    """(root names in the checkpoint file, names the restoring object gives its children) when
    they share none — ``Checkpoint(model=...)`` saved, ``Checkpoint(net=...)`` restoring."""
    if not path or root is None:
        return [], []
    try:
        keys = checkpoints.list_checkpoint_keys(path)
    except Exception:  # noqa: BLE001
        return [], []
    saved = sorted({k.split("/", 1)[0] for k in keys} - {"save_counter",
                                                        "_CHECKPOINTABLE_OBJECT_GRAPH"})
    given = [n for n in checkpoints.child_names(root) if n != "save_counter"]
    if not saved or not given or set(saved) & set(given):
        return [], []
    return saved, given


def _unbound_paths(message: str) -> list[str]:
    return sorted(set(UNBOUND_PATH.findall(message)))


def _first_line(message: str) -> str:
    lines = message.strip().splitlines()
    return lines[0][:300] if lines else ""


# ---------------------------------------------------------------- sessions
@dataclass
class SessionClosed:
    """Where the timeline saw a session closed, and whether its own ``with`` block did it."""

    cell: str | None
    line: int | None
    by_with: bool


def session_created(timeline, session):
    """The timeline's creation of the live ``session`` (None when no checked cell saw it made).
    A live object's ``id`` can only have belonged to objects that died before it was made, so
    the newest creation with its id and its graph's is its own."""
    from .. import timeline as tl

    if timeline is None or session is None:
        return None
    graph = getattr(session, "graph", None)
    created = [e for e in timeline.of(tl.SESSION_CREATED, session=session)
               if graph is None or e.graph == id(graph)]
    return created[-1] if created else None


def session_closed_at(timeline, session) -> SessionClosed | None:
    """The last recorded close of ``session`` (None when no checked cell saw it close)."""
    from .. import timeline as tl

    if timeline is None or session is None:
        return None
    closed = timeline.of(tl.SESSION_CLOSED, session=session)
    if not closed or closed[-1].line is None:
        return None
    event = closed[-1]
    made = session_created(timeline, session)
    by_with = made is not None and (made.cell, made.line) == (event.cell, event.line)
    return SessionClosed(event.cell, event.line, by_with)
