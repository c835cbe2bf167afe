"""unbuilt_layer: a Keras layer/model whose weights do not exist yet is used as if they did.

Eager Keras creates weights on the first call. Reading ``model.trainable_variables`` (or
``weights``) before that gives an empty list, and loops over it silently do nothing. Evidence:
the AST reads such an attribute from a name, and the live object has no variables while it
holds unbuilt layers (``state.unbuilt_object``, the same judgement ``%tfgraph`` makes, worded
by ``describe_unbuilt`` for both).
"""

from __future__ import annotations

import ast
import re
import types

from ...report import Finding
from .. import astutil, origins, phrases, provenance, state
from ..state import variable_count

VARIABLE_LISTS = {"trainable_variables", "variables", "weights", "trainable_weights",
                  "non_trainable_variables", "non_trainable_weights", "get_weights",
                  "set_weights", "count_params"}
# What a layer or model has once it has been called (its graph of inputs and outputs).
CALL_ATTRIBUTES = frozenset({"input", "output", "inputs", "outputs", "input_shape",
                             "output_shape"})
UNBUILT_MESSAGES = (r"(?i)has not yet been built", r"(?i)you must build", r"(?i)must be built",
                    r"(?i)weights are not yet created", r"(?i)isn't built", r"(?i)is not built",
                    r"(?i)has no variables", r"(?i)not been built", r"was expecting 0 weights",
                    r"(?i)not yet been created", r"(?i)not yet built", r"(?i)before it is built",
                    r"(?i)\bunbuilt\b", r"has never been called and thus has no defined")


def empty_variable_reads(evidence) -> list[tuple[int, str, object, list]]:
    """(body line, name, object, unbuilt layers) for reads of an empty variable list."""
    return evidence.memo("empty_variable_reads", lambda: _empty_variable_reads(evidence))


def _empty_variable_reads(evidence):
    if evidence.tree is None or not evidence.mentions(*VARIABLE_LISTS):
        return []
    found, seen = [], set()
    for node in astutil.module_level_nodes(evidence.tree):
        if isinstance(node, ast.Attribute) and node.attr in VARIABLE_LISTS and \
                isinstance(node.value, ast.Name):
            name = node.value.id
            if name in seen:
                continue
            obj = evidence.value(name)
            if obj is None or _read_count(obj, node.attr) != 0:
                continue
            unbuilt = state.unbuilt_object(obj, name)
            if unbuilt is not None:
                seen.add(name)
                found.append((evidence.body_line_of(node), name, obj, unbuilt))
    return sorted(found, key=lambda item: item[0])


def _read_count(obj, attribute: str) -> int | None:
    """How many variables reading ``obj.<attribute>`` gives: the list itself for the trainable
    and whole lists (a Dropout's seed variable makes ``variables`` non-empty while
    ``trainable_variables`` is empty), every variable for the non-trainable lists and the
    methods (a Dense model has no non-trainable variables at all)."""
    if attribute in ("trainable_variables", "trainable_weights", "weights", "variables"):
        try:
            return len(getattr(obj, attribute))
        except Exception:  # noqa: BLE001
            return None
    return variable_count(obj)


def unbuilt_receiver(evidence):
    """(name, object, unbuilt layers, attribute) for ``name.attribute`` on the raise line when
    the object is a Keras layer/model that is not built."""
    if evidence.tree is None or evidence.raise_line is None:
        return None
    stmt = evidence.statement_at(evidence.raise_line)
    for node in ast.walk(stmt) if stmt is not None else ():
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            obj = evidence.value(node.value.id)
            unbuilt = state.unbuilt_object(obj, node.value.id) if obj is not None else None
            if unbuilt is not None:
                return node.value.id, obj, unbuilt, node.attr
    return None


_KIND_WORDS = {"model": "Keras model", "layer": "Keras layer", "module": "tf.Module"}


def describe_unbuilt(name: str, unbuilt: state.UnbuiltObject) -> str:
    """"Keras model `m` (Sequential 'sequential') is not built: its layers m.layers[0]
    ('dense') ... have no weights yet" — the one wording of ``%tfgraph`` and ``%%tfcheck``."""
    label = f"{_KIND_WORDS[unbuilt.kind]} `{name}` ({unbuilt.class_name}" + (
        f" '{unbuilt.layer_name}')" if unbuilt.layer_name else ")")
    inner = [(path, layer) for path, layer in unbuilt.pending if path != name]
    if not inner:
        return f"{label} is not built: its weights do not exist yet"
    shown = phrases.names_and_more([f"{path} ('{layer}')" for path, layer in inner])
    state_words = ("holds Keras layers that are not built" if unbuilt.kind == "module" else
                   "is built but has no weights" if unbuilt.built else "is not built")
    return (f"{label} {state_words}: {'its layer' if len(inner) == 1 else 'its layers'} "
            f"{shown} {'has' if len(inner) == 1 else 'have'} no weights yet")


def unbuilt_culprits(name: str, unbuilt: state.UnbuiltObject) -> list[str]:
    inner = [(path, layer) for path, layer in unbuilt.pending if path != name] or \
        unbuilt.pending
    return list(dict.fromkeys([name] + [p for p, _ in inner[:5]] + [n for _, n in inner[:5]]))


def _finding(evidence, line, name, obj, unbuilt, attribute=None, *, severity) -> Finding:
    """``attribute``: what the line reads of the object; an input or output (``cae.input``)
    is named, as it is what exists only once the object has been called."""
    used = f"reads `{name}.{attribute}`" if attribute in CALL_ATTRIBUTES else "uses its weights"
    return Finding(
        kind="unbuilt_layer", severity=severity, line=line,
        raise_line=evidence.raise_line if severity == "error" else None,
        culprits=unbuilt_culprits(name, unbuilt),
        summary=(describe_unbuilt(name, unbuilt)
                 + f" when {phrases.line_ref(line, None, evidence)} {used}: "
                 + ("code that loops over its variable list does nothing." if severity ==
                    "warning" else "anything that needs its weights fails there." if
                    used == "uses its weights" else
                    "that exists only once it has been called on data (or starts from a "
                    "`keras.Input`).")),
        fix=(f"Build it first: call {name}(sample_inputs) once (or {name}.build(input_shape)) "
             "before reading or copying its variables."),
        evidence=[provenance.fact(evidence, None, line,
                                  f"{name}'s weights read while it has none")],
        rule="unbuilt")


def unbuilt_object_finding(name: str, obj) -> Finding | None:
    """A Keras layer, model or tf.Module in the namespace whose weights do not exist yet
    (``%tfgraph``'s eager check), or None."""
    unbuilt = state.unbuilt_object(obj, name)
    if unbuilt is None:
        return None
    build = (f"`{unbuilt.pending[0][0]}.build(input_shape)` for each layer"
             if unbuilt.kind == "module" else f"`{name}.build(input_shape)`")
    fix = (f"Build it before using its weights: call it once on a batch (`{name}(x[:1])`), or "
           + build
           + (", or give the first layer an `Input(shape=...)`." if unbuilt.kind == "model"
              else "."))
    return Finding(
        kind="unbuilt_layer", severity="warning", culprits=unbuilt_culprits(name, unbuilt),
        summary=(describe_unbuilt(name, unbuilt) + f", so `{name}.weights` is "
                 + ("missing them" if unbuilt.kind == "module" else "empty")
                 + " and get_weights/set_weights, load_weights and checkpoint restores have "
                 "nothing to fill."),
        fix=fix, rule="unbuilt_object")


def unbuilt_optimizer_finding(name: str, optimizer) -> Finding | None:
    """A Keras optimizer whose slot variables do not exist yet (``%tfgraph``), or None."""
    from ..._tf import keras

    if keras.optimizer_is_built(optimizer) is not False:
        return None
    return Finding(
        kind="unbuilt_layer", severity="warning", culprits=[name],
        summary=(f"Optimizer `{name}` ({type(optimizer).__name__}) is not built: its slot "
                 "variables (moments, accumulators) do not exist yet, so restoring optimizer "
                 "state into it now keeps those values pending."),
        fix=(f"They appear on the first `apply_gradients`/`fit`; to create them now call "
             f"`{name}.build(model.trainable_variables)` before restoring a checkpoint."),
        rule="unbuilt_optimizer")


def has_empty_variable_read(evidence) -> bool:
    return bool(empty_variable_reads(evidence))


def empty_variable_list(evidence) -> Finding | None:
    """A generic error after reading the (empty) variable list of a model never called.

    ``ValueError: not enough values to unpack (expected 2, got 0)``
    """
    reads = empty_variable_reads(evidence)
    return _at_creation(evidence, _finding(evidence, *reads[0], severity="error"),
                        reads[0][1]) if reads else None


def unbuilt_layer(evidence) -> Finding | None:
    """Keras says the layer, model or optimizer is not built.

    ``ValueError: You called `set_weights(weights)` on layer 'sequential' with a weight list of
    length 4, but the layer was expecting 0 weights.``
    """
    reads = empty_variable_reads(evidence)
    if reads:
        return _at_creation(evidence, _finding(evidence, *reads[0], severity="error"),
                            reads[0][1])
    used = unbuilt_receiver(evidence)
    if used is not None:
        # The object is used unbuilt at the raise line. Where it was made — and never called
        # between there and this use — is where a call or a build belongs (on the blind
        # batches the creation was a cited cause in 17 of 19 such cases, the use alone in 2).
        return _at_creation(evidence, _finding(evidence, evidence.raise_line, *used,
                                               severity="error"), used[0])
    return Finding(kind="unbuilt_layer", severity="error", line=evidence.raise_line,
                   raise_line=evidence.raise_line, culprits=[],
                   summary=("A layer or model is used before its weights exist (it has "
                            "not been built)."),
                   fix="Call the model on a batch (or .build(input_shape)) first.",
                   rule="unbuilt")


def _at_creation(evidence, finding: Finding, name: str) -> Finding:
    """Say where the unbuilt object was made (it was never called between there and the
    failing line), with that chain as evidence, and point the error there."""
    trail = provenance.made(evidence, name)
    if trail is not None and isinstance(provenance.value_of(trail.origin), ast.Call):
        # Only a call creates the object (a constructor, or a function that builds it); a
        # binding read from elsewhere (``x = holder.part``) is not where it was made.
        made = trail.origin
        finding.line, finding.cell = made.line, made.cell
        finding.summary += f" It was created at {made.where(evidence)} and never called since."
        finding.evidence = [provenance.fact(evidence, None, evidence.raise_line,
                                            f"{name} is not built here")] + \
            trail.as_evidence(evidence)
    return finding


def unbuilt_layer_warnings(evidence) -> list[Finding]:
    return [_finding(evidence, *item, severity="warning") for item in
            empty_variable_reads(evidence)]


# ---------------------------------------------------------------- Keras state (everyday TF2)
OPTIMIZER_REUSED = (r"This optimizer can only be called for the variables it was originally "
                    r"built with",)
TABLE_NOT_INITIALIZED = (r"Table not initialized",)
LOOKUP_LAYERS = ("TextVectorization", "StringLookup", "IntegerLookup")


def optimizer_reused(evidence) -> Finding | None:
    """A Keras 3 optimizer already built for one model's variables asked to update another's:
    the cause is the one optimizer object shared between models.

    ``ValueError: Unknown variable: <Variable path=sequential_1/dense_2/kernel, shape=(5, 16),
    dtype=float32>. This optimizer can only be called for the variables it was originally built
    with. When working with a new set of variables, you should recreate a new optimizer
    instance.``
    """
    optimizer = evidence.frame_local(
        "self", lambda v: any(c.__name__ == "Optimizer" for c in type(v).__mro__))
    if optimizer is None:
        return None
    names = evidence.names_of(optimizer)
    trail = provenance.made(evidence, names[0]) if names else None
    made = trail.origin if trail else None
    variable = re.search(r"Unknown variable: <Variable path=([\w/.\-]+)", evidence.message)
    line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
    label = names[0] if names else f"The {type(optimizer).__name__} optimizer"
    return Finding(
        kind="unbuilt_layer", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (names[0] if names else None, type(optimizer).__name__,
                                         variable.group(1) if variable else None) if c],
        summary=(f"{label}"
                 + (f" (created at {made.where(evidence)})" if made else "")
                 + " was already built for another set of variables and is now asked to update "
                 + (f"{variable.group(1)}, " if variable else "variables ")
                 + "which it was not built with: one optimizer instance is shared by two "
                 "models."),
        fix=("Create a new optimizer for each model (e.g. `optimizer=keras.optimizers.Adam(...)` "
             "inside the function that builds and compiles it)."),
        evidence=trail.as_evidence(evidence) if trail else [],
        rule="unbuilt")


def lookup_never_adapted(evidence) -> Finding | None:
    """A ``TextVectorization``/``StringLookup`` layer called before ``adapt`` (or a
    vocabulary): its lookup table is empty.

    ``FailedPreconditionError: Exception encountered when calling TextVectorization.call().
    Table not initialized. [Op:LookupTableFindV2]``
    """
    # The outermost lookup layer on the traceback (TextVectorization holds a StringLookup).
    from ..common import raise_statements

    called = [evidence.value(name) for stmt in raise_statements(evidence)
              for name in origins.names_in(stmt)]
    called += [evidence.frame_local("self", lambda v, k=kind: type(v).__name__ == k)
               for kind in LOOKUP_LAYERS]
    candidates = [layer for layer in called if type(layer).__name__ in LOOKUP_LAYERS] or [
        v for _, v in evidence.user_layers() if type(v).__name__ in LOOKUP_LAYERS]
    for candidate in candidates:
        try:
            size = candidate.vocabulary_size()
        except Exception:  # noqa: BLE001 - an uninitialised table may raise here too
            size = 0
        if size and size > 2:
            continue
        names = evidence.names_of(candidate)
        trail = provenance.made(evidence, names[0]) if names else None
        made = trail.origin if trail else None
        line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
        label = names[0] if names else candidate.name
        kind = type(candidate).__name__
        return Finding(
            kind="unbuilt_layer", severity="error", line=line, raise_line=evidence.raise_line,
            cell=cell, culprits=[label, kind],
            summary=(f"{label} is a {kind}"
                     + (f" created at {made.where(evidence)}" if made else "")
                     + " with no vocabulary: it was never adapted, so its lookup table is "
                     "empty (\"Table not initialized\")."),
            fix=(f"Call `{label}.adapt(texts)` on the training data (or pass `vocabulary=`) "
                 "before using it."),
            evidence=trail.as_evidence(evidence) if trail else [],
            rule="unbuilt")
    return None


# ---------------------------------------------------------------- silent Keras state
def _cell_level_values(evidence, wanted) -> list[tuple[str, object]]:
    """(name, value) for names the cell reads at cell level, in order, without repeats, whose
    value ``wanted`` may accept (the caller still checks each one).

    Why the namespace first in a long cell: finding the names read means walking every node
    of the cell (~30 µs a statement: ~150 ms for a 5,000-line cell on the shared 2-core
    machine); asking ``wanted`` of each namespace value (~2 µs a name) and searching the text
    for the names it accepts shows first whether there is anything to find. A cell with few
    statements beside a large namespace is walked straight away (same answer, less work).
    """
    if evidence.tree is None:
        return []
    if len(astutil.statements(evidence.tree)) * 15 < len(evidence.user_ns):
        return evidence.memo("cell_level_values", lambda: _all_cell_level_values(evidence))
    accepted = {name for name, value in list(evidence.user_ns.items())
                if _may_accept(wanted, value)}
    if not any(evidence.mentions(name) for name in accepted):
        return []
    return [(name, value) for name, value in evidence.memo(
        "cell_level_values", lambda: _all_cell_level_values(evidence)) if name in accepted]


def _may_accept(wanted, value) -> bool:
    if isinstance(value, types.ModuleType):  # ``tf``, ``np``: never a layer or a function
        return False
    try:
        return bool(wanted(value))
    except Exception:  # noqa: BLE001 - the caller's own check meets the same value
        return True


def _all_cell_level_values(evidence):
    seen, out = set(), []
    for node in astutil.module_level_nodes(evidence.tree):
        if isinstance(node, ast.Name) and node.id not in seen:
            seen.add(node.id)
            if node.id in evidence.user_ns:
                out.append((node.id, evidence.user_ns[node.id]))
    return out


def _holds_normalization(value) -> bool:
    """``value`` or one of its layers is a Normalization layer (what
    ``normalization_never_adapted_warnings`` looks at, by class name only)."""
    if not hasattr(value, "built"):
        return False
    layers = [value] + list(getattr(value, "layers", None) or [])
    return any(type(layer).__name__ == "Normalization" for layer in layers)


def _traced_function(value) -> bool:
    """``value`` is a tf.function traced at least once."""
    tracing_count = getattr(value, "experimental_get_tracing_count", None)
    return getattr(value, "python_function", None) is not None and \
        tracing_count is not None and bool(tracing_count())


def _never_adapted_normalization(layer) -> bool:
    """A built ``Normalization`` with no mean given whose statistics are still the values it
    starts with (mean 0, variance 1): ``adapt`` never ran, so it passes data through."""
    if type(layer).__name__ != "Normalization" or not getattr(layer, "built", False):
        return False
    try:
        if layer.get_config().get("mean") is not None:
            return False
        stats = {w.path.rsplit("/", 1)[-1]: w.numpy() for w in layer.weights}
    except Exception:  # noqa: BLE001
        return False
    if "mean" not in stats or "variance" not in stats:
        return False
    return bool((stats["mean"] == 0).all() and (stats["variance"] == 1).all())


def normalization_never_adapted_warnings(evidence) -> list[Finding]:
    """A Normalization layer used by this cell's code (directly or inside a model it names)
    that was built but never adapted: it scales nothing, silently."""
    found, seen = [], set()
    for name, value in _cell_level_values(evidence, _holds_normalization):
        layers = [value] + list(getattr(value, "layers", None) or []) \
            if hasattr(value, "built") else []
        for layer in layers:
            if id(layer) in seen or not _never_adapted_normalization(layer):
                continue
            seen.add(id(layer))
            owner = evidence.names_of(layer)
            label = owner[0] if owner else layer.name
            made = provenance.assignment(evidence, label) if owner else None
            if made is None:
                continue
            found.append(Finding(
                kind="unbuilt_layer", severity="warning", line=made.line, cell=made.cell,
                culprits=[label, "Normalization"] + ([name] if name != label else []),
                summary=(f"{label} (a Normalization layer created at {made.where(evidence)}) "
                         "was never adapted: its mean is still 0 and its variance 1, so it "
                         "passes the features through unscaled."),
                fix=(f"Call `{label}.adapt(features)` on the training data before building "
                     "or training the model (or pass `mean=` and `variance=`)."),
                rule="unbuilt"))
    return found


def rebound_model_left_unbuilt_warnings(evidence) -> list[Finding]:
    """A traced ``tf.function`` called in this cell reads a global Keras model that is unbuilt
    after the cell ran: the name was rebound to a new model the traced graph never calls (it
    keeps the model it captured), so the loop silently trains the old one."""
    found = []
    for name, value in _cell_level_values(evidence, _traced_function):
        python_function = getattr(value, "python_function", None)
        tracing_count = getattr(value, "experimental_get_tracing_count", None)
        if python_function is None or tracing_count is None or not tracing_count():
            continue
        for global_name in getattr(python_function, "__code__", None).co_names:
            model = evidence.user_ns.get(global_name)
            if model is None or not hasattr(model, "built") or model.built or \
                    state.unbuilt_object(model, global_name) is None:
                continue
            made = provenance.assignment(evidence, global_name)
            if made is None:
                continue
            found.append(Finding(
                kind="unbuilt_layer", severity="warning", line=made.line, cell=made.cell,
                culprits=[global_name, name],
                summary=(f"{name} is a traced tf.function that reads the global {global_name}, "
                         f"but {global_name} (bound at {made.where(evidence)}) is still unbuilt "
                         f"after this cell: the traced graph never called it, so {name} keeps "
                         "training the model it captured when it was traced."),
                fix=(f"Re-run the cell that defines {name} after rebuilding {global_name}, or "
                     "pass the model to the function as an argument."),
                rule="unbuilt"))
    return found


def stale_variable_lists(evidence) -> list[tuple[str, object, str]]:
    """(name, origin, owner) for empty lists the failing statements read that were copied from
    a model's variable list (``params = model.trainable_variables``) while the model had no
    variables — the model has them now, the copy stays empty."""
    def compute():
        from ..common import raise_statements

        found = []
        for stmt in raise_statements(evidence):
            for name in origins.names_in(stmt):
                value = evidence.value(name)
                if not isinstance(value, list) or value:
                    continue
                made = provenance.assignment(evidence, name)
                source = getattr(made.node, "value", None) if made else None
                if isinstance(source, (ast.ListComp, ast.GeneratorExp)) and \
                        len(source.generators) == 1:
                    # ``[v for v in model.trainable_weights if ...]``: a filtered copy.
                    source = source.generators[0].iter
                elif isinstance(source, ast.Call) and astutil.call_name(source.func) == "list" \
                        and len(source.args) == 1:
                    source = source.args[0]
                if not (isinstance(source, ast.Attribute) and source.attr in VARIABLE_LISTS
                        and isinstance(source.value, ast.Name)):
                    continue
                owner = evidence.value(source.value.id)
                if owner is not None and variable_count(owner):
                    found.append((name, made, source.value.id))
        return found

    return evidence.memo("stale_variable_lists", compute)


def has_stale_variable_list(evidence) -> bool:
    return bool(stale_variable_lists(evidence))


def stale_variable_list(evidence) -> Finding | None:
    """A variable list copied before the model's first call is empty for good, and the code
    that zips or unpacks it fails.

    ``ValueError: not enough values to unpack (expected 2, got 0)``
    """
    found = stale_variable_lists(evidence)
    if not found:
        return None
    name, made, owner = found[0]
    return Finding(
        kind="unbuilt_layer", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=[name, owner],
        summary=(f"{name} was copied from {owner}'s variable list at {made.where(evidence)}, "
                 f"before {owner} had any variables: {name} is an "
                 f"empty list and stays empty, although {owner} has variables now."),
        fix=(f"Read `{owner}.trainable_variables` after the first call (e.g. inside the loop), "
             f"or build {owner} before copying its variable list."),
        evidence=[provenance.fact(evidence, made.cell, made.line,
                                  f"{name} copied from {owner}'s variable list, then empty"),
                  provenance.fact(evidence, None, evidence.raise_line,
                                  f"{name} is still empty here, while {owner} has variables")],
        rule="unbuilt")
