"""checkpoint_mismatch: saved keys that do not match the graph or model being restored.

Keras 3 ``load_weights`` lists the objects it could not load; TF1 ``Saver.restore`` names only
the first missing key. Either way the rule reads the file itself (layer names and weight shapes
from the ``.weights.h5``, keys from ``tf.train.list_variables``), lines it up with the model or
graph, and names what changed: an added, removed or renamed layer, or a consistent prefix.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass, field

from ..._tf import checkpoints
from ...report import Finding
from .. import astutil, origins, phrases, provenance, state
from ..checkpoint_keys import (KeyComparison, PrefixRename, compare_keys, scope_map_applies,
                               without_bookkeeping)
from ..common import in_cell_label

KERAS_LOAD = (r"objects? could not be loaded", r"expected \d+ variables?, but received \d+ "
              r"variables? during loading", r"Shape mismatch in layer", r"Received saved weight",
              r"mismatch when loading weights", r"trying to load a weight file")
KEY_NOT_FOUND = re.compile(r"Key ([\w/.\-]+) not found in checkpoint")
UNBOUND = (r"not bound to checkpointed values", r"Unresolved object in checkpoint",
           r"Some objects had attributes which were not restored")
SAVER_SHAPES = r"Restoring from checkpoint failed[\s\S]*lhs shape= \["
ASSIGN_SHAPES = re.compile(r"lhs shape= (\[[^\]]*\]) rhs shape= (\[[^\]]*\])")
AUTO_NAME = re.compile(r"^(.*?)(_\d+)?$")
UNBOUND_PATH = state.UNBOUND_PATH
MAX_NAMES = 5


@dataclass
class LayerSig:
    name: str
    shapes: list = field(default_factory=list)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _score(saved: LayerSig, current: LayerSig) -> float:
    name_score = difflib.SequenceMatcher(None, _norm(saved.name), _norm(current.name)).ratio()
    shape_score = 2.0 if saved.shapes and saved.shapes == current.shapes else 0.0
    return name_score + shape_score


def align(saved: list[LayerSig], current: list[LayerSig], threshold: float = 0.75):
    """Greedy best-first matching: (pairs, added current layers, removed saved layers)."""
    candidates = sorted(((_score(s, c), i, j) for i, s in enumerate(saved)
                         for j, c in enumerate(current)), reverse=True)
    used_s, used_c, pairs = set(), set(), []
    for score, i, j in candidates:
        if score < threshold or i in used_s or j in used_c:
            continue
        used_s.add(i)
        used_c.add(j)
        pairs.append((saved[i], current[j]))
    added = [c for j, c in enumerate(current) if j not in used_c]
    removed = [s for i, s in enumerate(saved) if i not in used_s]
    return pairs, added, removed


def saved_layers_h5(path: str) -> list[LayerSig]:
    import h5py

    layers: list[LayerSig] = []
    with h5py.File(path, "r") as handle:
        root = handle["model_weights"] if "model_weights" in handle else handle
        if "layer_names" in root.attrs:  # tf_keras / Keras 2 format, layers in saved order
            for raw in root.attrs["layer_names"]:
                name = raw.decode() if isinstance(raw, bytes) else str(raw)
                group = root[name]
                weights = [w.decode() if isinstance(w, bytes) else str(w)
                           for w in group.attrs.get("weight_names", [])]
                if weights:
                    layers.append(LayerSig(name, [tuple(group[w].shape) for w in weights]))
            return layers

        def visit(name, obj):
            if name.endswith("vars") and hasattr(obj, "keys"):
                label = obj.attrs.get("name", name.rsplit("/", 2)[-2] if "/" in name else name)
                if isinstance(label, bytes):
                    label = label.decode()
                keys = sorted(obj.keys(), key=lambda k: int(k) if k.isdigit() else k)
                shapes = [tuple(obj[k].shape) for k in keys]
                if shapes:
                    layers.append(LayerSig(str(label), shapes))
        handle.visititems(visit)
    return layers


def current_layers(model) -> list[LayerSig]:
    layers = getattr(model, "layers", None) or []
    return [LayerSig(layer.name, [tuple(w.shape) for w in layer.weights]) for layer in layers
            if layer.weights]


def layer_definition_line(evidence, layer_name: str):
    """Body line constructing a layer ``name="layer_name"`` (or ``self.layer_name = ...``)."""
    if evidence.tree is None:
        return None
    limit = (evidence.raise_line or 10**9)
    named = [evidence.body_line_of(call) for value, call in
             astutil.string_keywords(evidence.tree) if value == layer_name]
    before = [line for line in named if line <= limit]
    if before or named:
        # The model being loaded is built closest before the load (an older model with the
        # same layer names may be defined earlier in the cell).
        return max(before) if before else named[0]
    for func in astutil.function_defs(evidence.tree):
        for attr, stmt, _ in astutil.self_attribute_assignments(func):
            if attr == layer_name:
                return evidence.body_line_of(stmt)
    return None


def saver_shape_changed(evidence) -> Finding | None:
    """A Saver restore whose saved value has another shape than the graph's variable.

    ``InvalidArgumentError: Restoring from checkpoint failed. ... Assign requires shapes of both
    tensors to match. lhs shape= [10,3] rhs shape= [10,2]``
    """
    if not ASSIGN_SHAPES.search(evidence.message):
        return None
    return _saver_shape_mismatch(evidence)


def setting_changed(evidence) -> Finding | None:
    """A restore or ``load_weights`` whose saved values have other shapes than the model's,
    where a setting the notebook wrote as an int literal (``NUM_CLASSES = 6``) was written again
    with another one (``NUM_CLASSES = 4``) and the new model read it: the saved shape has the
    old value on an axis where the model's has the new one, so the rebinding is what changed
    the model since it was saved. Exactly one such setting, or no finding.

    ``InvalidArgumentError: Restoring from checkpoint failed. ... Assign requires shapes of both
    tensors to match. lhs shape= [16,4] rhs shape= [16,6]``
    """
    changes = provenance.setting_changes(evidence)
    pairs = _saved_and_current_shapes(evidence) if changes else []
    if not pairs:
        return None
    found = {}
    for change in changes:
        hit = next((variable for variable, saved, current in pairs if len(saved) == len(current)
                    and (change.old, change.new) in zip(saved, current)), None)
        read = _read_since(evidence, change) if hit is not None else None
        if read is not None:
            found[change.setting] = (change, hit, read)
    if len(found) != 1:
        return None
    (change, variable, read), = found.values()
    where, before = change.later.where(evidence), change.earlier.where(evidence)
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=change.later.line,
        raise_line=evidence.raise_line, cell=change.later.cell,
        culprits=[change.setting, variable],
        summary=(f"{phrases.code(change.setting)} was {change.old} ({before}) and is "
                 f"{change.new} since {where}: the saved '{variable}' has {change.old} where the "
                 f"one built now has {change.new}, so what is built with the new setting no "
                 "longer matches what was saved."),
        fix=(f"Restore with {phrases.code(change.setting)} = {change.old}, the setting the "
             "checkpoint was saved with; or, to change it, build the new parts fresh and "
             "restore only the unchanged ones."),
        evidence=[provenance.fact(evidence, change.earlier.cell, change.earlier.line,
                                  f"{change.setting} = {change.old}"),
                  provenance.fact(evidence, change.later.cell, change.later.line,
                                  f"{change.setting} = {change.new}"),
                  provenance.fact(evidence, read[0], read[1], f"{change.name} read after it"),
                  provenance.fact(evidence, None, evidence.raise_line,
                                  f"'{variable}': saved with {change.old}, now {change.new}")],
        rule="checkpoint")


def _saved_and_current_shapes(evidence) -> list[tuple[str, tuple, tuple]]:
    """(variable or layer, saved shape, current shape) that the failure shows differ."""
    match = ASSIGN_SHAPES.search(evidence.message)
    if match:
        return [(_restored_variable(evidence) or "the variable", _dims(match.group(2)),
                 _dims(match.group(1)))]
    match = re.search(INCOMPATIBLE_RESTORE, evidence.message)
    if match:
        return [(match.group(3).split(":")[0], _dims(match.group(1)), _dims(match.group(2)))]
    if not any(re.search(p, evidence.message) for p in KERAS_LOAD):
        return []
    model, path = _keras_load(evidence)
    if model is None:
        return []
    _, _, aligned, _, _ = _keras_layers(evidence, model, path)
    return [(c.name, tuple(a), tuple(b)) for s, c in aligned
            for a, b in zip(s.shapes, c.shapes) if tuple(a) != tuple(b)]


def _restored_variable(evidence) -> str:
    """The variable a failing restore's assign op writes (its first input), "" if unknown."""
    op = evidence.op
    return op.inputs[0].op.name if op is not None and getattr(op, "inputs", None) else ""


def _dims(text: str) -> tuple[int, ...]:
    """``[16,4]`` or ``(5, 32)`` -> (16, 4) / (5, 32)."""
    return tuple(int(n) for n in re.findall(r"-?\d+", text))


def _read_since(evidence, change) -> tuple[str | None, int] | None:
    """(cell, line) of the first cell-level read of the setting's name after the change (the
    failing cell included, up to its outermost statement on the traceback): what is built
    from there on is built with the new value."""
    order = (origins.cell_order(evidence, change.later.cell), change.later.line)
    limit = origins.raise_limit(evidence)
    reads = []
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == change.name \
                    and isinstance(node.ctx, ast.Load) and origins.at_cell_level(
                        evidence, tree, node) \
                    and (label is not None or limit is None or node.lineno <= limit):
                place = (origins.cell_order(evidence, label), node.lineno - offset)
                if place > order:
                    reads.append((place, label))
    if not reads:
        return None
    (_, line), label = min(reads)
    return label, line


def saver_key_missing(evidence) -> Finding | None:
    """A Saver restore that looks for a key the checkpoint does not have.

    ``NotFoundError: Restoring from checkpoint failed. ... Key encoder/dense/kernel not found in
    checkpoint``
    """
    return _saver_mismatch(evidence)


def object_unmatched(evidence) -> Finding | None:
    """An object-based restore whose status assertion found unmatched objects.

    ``AssertionError: Unresolved object in checkpoint (root).head.kernel: attributes {...}``
    """
    return _object_checkpoint_mismatch(evidence)


INCOMPATIBLE_RESTORE = (r"Received incompatible tensor with shape \(([^)]*)\) when attempting "
                        r"to restore variable with shape \(([^)]*)\) and name ([\w/.\-]+)")


def restored_shape_incompatible(evidence) -> Finding | None:
    """An object-based restore whose saved value has another shape than the variable it is
    matched to: the layer that variable belongs to is the one added or changed.

    ``ValueError: Received incompatible tensor with shape (4, 1) when attempting to restore
    variable with shape (4, 2) and name sequential_1/dense_3/kernel:0.``
    """
    match = re.search(INCOMPATIBLE_RESTORE, evidence.message)
    if not match:
        return None
    saved, wanted, variable = match.groups()
    path = variable.split(":")[0]
    layer_name = path.rsplit("/", 2)[-2] if path.count("/") >= 1 else path
    line, cell, owner = evidence.raise_line, None, None
    for name, obj in evidence.user_layers():
        if "[" in name or not hasattr(obj, "layers"):
            continue
        found = sequential_position_line(evidence, obj, layer_name)
        if found is not None:
            line, owner = found, name
            break
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
        culprits=[c for c in (owner, layer_name, path) if c],
        summary=(f"The checkpoint's value for '{path}' has shape ({saved}) but the variable has "
                 f"shape ({wanted}): layer '{layer_name}'"
                 + (f" of {owner} ({phrases.line_ref(line, cell, evidence)})" if owner else "")
                 + " does not line up with the saved model — a layer was added, removed or "
                 "resized, so the saved values are matched to the wrong layers."),
        fix=("Restore into the architecture that was saved, or restore only the unchanged "
             "part (e.g. `tf.train.Checkpoint(model=...)` of a sub-model) and build the new "
             "layers fresh; `tf.train.list_variables(path)` shows what was saved."),
        evidence=_links(evidence, line, cell, f"layer '{layer_name}' is built here, with "
                        f"shape ({wanted}) where the checkpoint has ({saved})"),
        rule="checkpoint")


def keras_weights_mismatch(evidence) -> Finding | None:
    """Keras ``load_weights`` into a model whose layers differ from the saved ones.

    ``ValueError: A total of 1 objects could not be loaded. Example error message for object
    <Dense name=dense_2, built=True>: Layer 'dense_2' expected 2 variables, but received 0
    variables during loading. Expected: ['kernel', 'bias']``
    """
    model, path = _keras_load(evidence)
    if model is None:
        return None
    return _keras_mismatch(evidence, model, path)


def _keras_load(evidence):
    """(model, path) of the failing ``load_weights``: its frame's locals, else (Keras filters
    its own frames out of the traceback) the call on the raise line."""
    model = evidence.frame_local("self", lambda v: hasattr(v, "layers"), function="load_weights")
    path = evidence.frame_local("filepath", lambda v: isinstance(v, str), function="load_weights")
    return (model, path) if model is not None else _load_call(evidence)


def _load_call(evidence):
    """(model, path) from ``name.load_weights(path_expression)`` on the raise line."""
    if evidence.tree is None or evidence.raise_line is None:
        return None, None
    stmt = evidence.statement_at(evidence.raise_line)
    for call in astutil.calls(stmt) if stmt is not None else ():
        if astutil.last_part(call) == "load_weights" and isinstance(call.func, ast.Attribute) \
                and isinstance(call.func.value, ast.Name):
            model = evidence.value(call.func.value.id)
            path = evidence.safe_string(call.args[0]) if call.args else None
            return model, path
    return None, None


def _keras_layers(evidence, model, path):
    """(saved layers, current layers, aligned pairs, added, removed) of a Keras load; the
    weights file is read once per failure, whichever rule asks first."""
    def compute():
        current = current_layers(model)
        try:
            saved = saved_layers_h5(path) if path and path.endswith(".h5") else []
        except Exception:  # noqa: BLE001 - unreadable file: fall back to the message alone
            saved = []
        return (saved, current) + tuple(align(saved, current))

    return evidence.memo(f"checkpoint.keras_layers.{id(model)}.{path}", compute)


def _keras_mismatch(evidence, model, path) -> Finding:
    saved, current, pairs, added, removed = _keras_layers(evidence, model, path)
    renamed = [(s.name, c.name) for s, c in pairs if s.name != c.name and
               AUTO_NAME.match(s.name).group(1) != AUTO_NAME.match(c.name).group(1)]
    reshaped = [(c.name, s.shapes, c.shapes) for s, c in pairs if s.shapes != c.shapes]
    parts = []
    if added:
        parts.append("new in the model: " + ", ".join(f"'{c.name}'" for c in added))
    if removed:
        parts.append("only in the file: " + ", ".join(f"'{s.name}'" for s in removed))
    if renamed:
        parts.append("renamed: " + ", ".join(f"'{a}' -> '{b}'" for a, b in renamed))
    if reshaped:
        parts.append("shape changed: " + ", ".join(
            f"'{n}' {list(a)} -> {list(b)}" for n, a, b in reshaped))
    focus = [c.name for c in added] or [s.name for s in removed] or [b for _, b in renamed] or \
        [n for n, _, _ in reshaped]
    line = None
    for name in focus:
        line = layer_definition_line(evidence, name)
        if line is not None:
            break
    if line is None and focus:
        line = sequential_position_line(evidence, model, focus[0])
    model_name = getattr(model, "name", "the model")
    if saved:
        summary = (f"The weights file holds {len(saved)} layer(s) "
                   f"({', '.join(s.name for s in saved)}) but {model_name} has {len(current)} "
                   f"({', '.join(c.name for c in current)}); " + "; ".join(parts)
                   + ". Keras matches weights by layer structure and name, so they do not load.")
    else:
        summary = (f"The saved weights do not match {model_name}'s layers: "
                   + (evidence.message.splitlines()[0] if evidence.message else ""))
    fix = ("Load into the architecture that saved the file (same layers, names and order), "
           "then copy the matching layers into the new model with "
           "`new.get_layer(name).set_weights(old.get_layer(name).get_weights())`; or pass "
           "`skip_mismatch=True` to keep only what matches.")
    return Finding(kind="checkpoint_mismatch", severity="error",
                   line=line if line is not None else evidence.raise_line,
                   raise_line=evidence.raise_line, culprits=focus + [model_name],
                   summary=summary, fix=fix, rule="checkpoint",
                   evidence=_links(evidence, line, None, f"layer '{focus[0]}' is built here, "
                                   "unlike the saved file's") if focus else [])


def _saver_mismatch(evidence) -> Finding:
    match = KEY_NOT_FOUND.search(evidence.message)
    missing = match.group(1) if match else ""
    save_path = evidence.frame_local("save_path", lambda v: isinstance(v, str),
                                     function="restore")
    saved = {}
    if save_path:
        try:
            saved = checkpoints.list_checkpoint_keys(save_path)
        except Exception:  # noqa: BLE001
            saved = {}
    shifted = _auto_name_shift(evidence, missing, saved)
    if shifted is not None:
        return shifted
    graph = _restored_graph(evidence)
    target = dict(evidence.collection_shapes(graph, "variables"))
    # The same comparison as `%tfgraph --checkpoint`: every key against every variable, so a
    # rename is stated only for the keys it explains (never guessed from one leaf name).
    rename = compare_keys(target, without_bookkeeping(saved)).rename if target and saved \
        else None
    pair = next(((k, n) for k, n in rename.pairs if n == missing), None) if rename else None
    if pair is None:
        rename = None
    mapping_hint = ""
    records = evidence.records_named(missing)
    record = records[0] if records else None
    line = record.line if record is not None and evidence.in_this_cell(record.cell) else \
        evidence.raise_line
    if rename is not None:
        mapping_hint = (f" The checkpoint stores it under '{pair[0]}': "
                        f"{phrases.plural(len(rename.pairs), 'key')} of the checkpoint "
                        f"{'matches' if len(rename.pairs) == 1 else 'match'}"
                        f" this graph's variables under another prefix, "
                        f"'{rename.checkpoint_prefix}' -> '{rename.target_prefix}'.")
        if record is not None and evidence.in_this_cell(record.cell) and evidence.tree:
            for node in reversed(astutil.enclosing_withs(evidence.tree,
                                                         record.line + evidence.offset)):
                if astutil.with_calls(node, lambda c: astutil.last_part(c) in (
                        "variable_scope", "name_scope")):
                    line = evidence.body_line_of(node)
                    break
    summary = (f"Restoring failed: the graph variable '{missing}' has no key in the checkpoint."
               + mapping_hint)
    if rename is not None:
        fix = rename_fix(save_path, rename, True, None, None, target, saved)
    else:
        fix = ("Map checkpoint keys to variables explicitly: `tf.compat.v1.train.Saver(var_list="
               "{'<checkpoint key>': variable, ...})` or `tf.compat.v1.train.init_from_checkpoint("
               "path, assignment_map={...})`; `%tfgraph --checkpoint PATH` compares them.")
    return Finding(kind="checkpoint_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line,
                   culprits=[c for c in (missing, rename.target_prefix.rstrip("/") if rename
                                         else None) if c],
                   summary=summary, fix=fix, rule="checkpoint", cell=in_cell_label(evidence, None),
                   evidence=_links(evidence, line, None, f"'{missing}' is built under this "
                                   "scope, a prefix the checkpoint does not have")
                   if rename is not None else [])


def _built_again(evidence, missing: str, extra: str, first: str, graph) -> Finding | None:
    """The model was built a second time into the graph that already held it: TensorFlow
    gave the second copy's variables suffixed names (``W1_1``), which the checkpoint of the
    first copy does not have. The cause is the cell statement that ran the second build, read
    from the timeline (both creations, in that order, in the same graph, no reset between)."""
    if evidence.timeline is None or graph is None:
        return None
    again = evidence.timeline.created(extra, graph)
    before = evidence.timeline.created(first, graph)
    if again is None or before is None or before.seq > again.seq or \
            again.site_line is None or before.site_line is None:
        return None
    first_at = phrases.line_ref(before.site_line, before.site_cell, evidence)
    again_at = phrases.line_ref(again.site_line, again.site_cell, evidence)
    links = [
        provenance.fact(evidence, in_cell_label(evidence, before.site_cell), before.site_line,
                        f"'{first}' created"),
        provenance.fact(evidence, in_cell_label(evidence, again.site_cell), again.site_line,
                        f"'{extra}' created later in the same graph, with no graph reset "
                        "between"),
    ]
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=again.site_line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, again.site_cell),
        culprits=[missing, extra, "reset_default_graph"],
        summary=(f"The checkpoint has no '{missing}': the model was built again at {again_at} "
                 f"into the graph that already held it (built at {first_at}), so TensorFlow "
                 f"named the second copy's variables with a suffix ('{extra}'), and the Saver "
                 "asks the checkpoint for those names."),
        fix=("Call `tf.compat.v1.reset_default_graph()` before building the model again (or "
             "build it once and reuse its variables and Saver)."),
        rule="checkpoint", evidence=links)


def _links(evidence, line, cell, what: str) -> list[dict]:
    """The evidence of a cause named away from the failing restore: the restore and what the
    comparison of the saved keys or values with the model found at that line."""
    if line is None or (line == evidence.raise_line and evidence.in_this_cell(cell)):
        return []
    return [provenance.fact(evidence, None, evidence.raise_line, "the restore failed"),
            provenance.fact(evidence, in_cell_label(evidence, cell), line, what)]


def _restored_graph(evidence):
    """The graph a failing Saver restore runs in: the failing op's, else the session's."""
    graph = getattr(evidence.op, "graph", None)
    if graph is None:
        session = evidence.frame_local("sess", lambda v: hasattr(v, "graph"), function="restore")
        graph = getattr(session, "graph", None)
    return graph


def _auto_name_shift(evidence, missing: str, keys) -> Finding | None:
    """An unnamed variable added before others shifts TensorFlow's automatic names
    (``Variable``, ``Variable_1``, ...): the graph asks for a ``Variable_N`` the checkpoint
    never had. Lining up the graph's variables of that base name with the checkpoint's, in
    creation order and by shape, finds the first one the checkpoint has no counterpart for:
    its creation line is the cause.

    ``NotFoundError: Restoring from checkpoint failed. ... Key Variable_2 not found in
    checkpoint``
    """
    match = AUTO_NAME.match(missing)
    base = match.group(1) if match else ""
    if not base or not isinstance(keys, dict) or base not in keys:
        return None
    graph = _restored_graph(evidence)
    graph_vars = [(n, s) for n, s in evidence.collection_shapes(graph, "variables")
                  if AUTO_NAME.match(n).group(1) == base]
    saved = sorted(((k, s) for k, s in keys.items() if AUTO_NAME.match(k).group(1) == base),
                   key=lambda item: _auto_index(item[0]))
    if len(graph_vars) <= len(saved):
        return None
    extra = None
    for index, (name, shape) in enumerate(graph_vars):
        if index >= len(saved) or tuple(saved[index][1]) != tuple(shape):
            extra = name
            break
    if extra is None:
        return None
    if index == len(saved):
        # Every saved variable of that name lines up, in order and shape, with the graph's
        # first ones: the extras are a second copy built into the same graph.
        return _built_again(evidence, missing, extra, saved[0][0], graph)
    records = evidence.records_named(extra, graph)
    record = records[0] if records else None
    if record is None or record.line is None:
        return None
    created = phrases.line_ref(record.line, record.cell, evidence)
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=record.line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, record.cell),
        culprits=[missing, extra] + evidence.names_of(record.alive())[:1],
        summary=(f"The checkpoint has no '{missing}': its unnamed variables are "
                 f"{phrases.quote([k for k, _ in saved])}, but this graph has "
                 f"{phrases.plural(len(graph_vars), 'unnamed variable')}. The extra one, "
                 f"'{extra}' (shape {list(dict(graph_vars)[extra])}), created at {created}, "
                 "took an automatic name and shifted every later "
                 "one by one."),
        fix=("Give every variable an explicit `name=` (so checkpoint keys do not depend on "
             "creation order), or restore with `Saver(var_list={checkpoint key: variable})`."),
        rule="checkpoint",
        evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                  f"the restore asks for '{missing}'"),
                  provenance.fact(evidence, in_cell_label(evidence, record.cell), record.line,
                                  f"'{extra}' created, the first of the graph's "
                                  f"'{base}' variables without a saved counterpart of its "
                                  "shape")])


def _auto_index(name: str) -> int:
    suffix = AUTO_NAME.match(name).group(2)
    return int(suffix[1:]) if suffix else 0


def _object_checkpoint_mismatch(evidence) -> Finding:
    """A ``tf.train.Checkpoint`` restore whose saved values matched nothing (or not all)."""
    # Sorted: TensorFlow lists them from an identity set, in an order that varies between
    # runs (the restore-time check in ``state`` sorts them the same way).
    unmatched = sorted(set(UNBOUND_PATH.findall(evidence.message)))
    line = evidence.raise_line
    if evidence.tree is not None and evidence.raise_line is not None:
        restores = [c for c in astutil.calls(evidence.tree)
                    if astutil.last_part(c) in ("restore", "read")
                    and evidence.body_line_of(c) <= evidence.raise_line]
        if restores:
            call = restores[-1]
            line = evidence.body_line_of(call)
            receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name):
                stmt = astutil.last_assignment_before(evidence.tree, receiver.id, call.lineno)
                if stmt is not None:
                    line = evidence.body_line_of(stmt)
    owners = sorted({p.rsplit("/", 1)[0] for p in unmatched})
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=line,
        raise_line=evidence.raise_line, culprits=owners + unmatched[:6],
        summary=("The checkpoint restore matched none (or not all) of the objects: "
                 + (", ".join(unmatched[:6]) if unmatched else "some variables")
                 + " got no saved value. tf.train.Checkpoint matches by the attribute names "
                 "used when saving (e.g. Checkpoint(net=...) vs Checkpoint(model=...))."),
        fix=("Restore through a Checkpoint built with the same keyword names and object "
             "structure as the one that saved; `tf.train.list_variables(path)` shows the saved "
             "keys (`%tfgraph --checkpoint PATH --object NAME` compares them)."),
        evidence=_links(evidence, line, None, "the Checkpoint restored from is built here"),
        rule="checkpoint")


def sequential_position_line(evidence, model, layer_name):
    """Body line of a layer inside ``name = Sequential([...])`` found by its position.

    Auto-named layers (``dense_3``) appear nowhere in the source; their place in the list
    literal that built the model does.
    """
    names = evidence.names_of(model)
    layers = list(getattr(model, "layers", []) or [])
    index = next((i for i, layer in enumerate(layers) if layer.name == layer_name), None)
    if not names or index is None or evidence.tree is None:
        return None
    stmt = astutil.last_assignment_before(evidence.tree, names[0],
                                          (evidence.raise_line or 10**9) + evidence.offset)
    value = getattr(stmt, "value", None)
    if not (isinstance(value, ast.Call) and value.args and isinstance(value.args[0], ast.List)):
        return None
    elements = [e for e in value.args[0].elts
                if not (isinstance(e, ast.Call) and astutil.last_part(e) in ("Input",
                                                                             "InputLayer"))]
    if index < len(elements):
        return evidence.body_line_of(elements[index])
    return None


def _saver_shape_mismatch(evidence) -> Finding:
    """Saver.restore into a variable whose shape differs from the saved value."""
    want, have = ASSIGN_SHAPES.search(evidence.message).groups()
    variable = _restored_variable(evidence)
    records = evidence.records_named(variable) if variable else []
    record = records[0] if records else None
    line = record.line if record is not None and evidence.in_this_cell(record.cell) else \
        evidence.raise_line
    return Finding(
        kind="checkpoint_mismatch", severity="error", line=line,
        raise_line=evidence.raise_line, culprits=[c for c in (variable, want, have) if c],
        summary=(f"The checkpoint's value for '{variable or 'a variable'}' has shape {have} but "
                 f"the variable in this graph has shape {want}" +
                 (f" (created{phrases.at_line(record.line, record.cell, evidence)})"
                  if record is not None and record.line is not None else "") +
                 ": the model changed since the checkpoint was saved."),
        fix=("Build the variable with the saved shape, or leave it out of the Saver "
             "(`Saver(var_list=[...])`) and initialize it fresh."),
        evidence=_links(evidence, line, None, f"'{variable}' created with shape {want}, the "
                        f"checkpoint has {have}"),
        rule="checkpoint")


def checkpoint_restore_warnings(evidence) -> list[Finding]:
    """``status = ckpt.restore(path)`` in a succeeding cell whose status says that nothing (or
    not everything existing) was matched: the model silently keeps its fresh weights. Judged
    by ``state.restore_problem`` and worded by ``pending_restore``, as ``%tfgraph`` does;
    pending state that is no loss yet (values deferred until a model is built, values no
    object asked for) is left to ``%tfgraph``."""
    if evidence.exc is not None or evidence.tree is None:
        return []
    findings = []
    for node in astutil.module_level_nodes(evidence.tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and
                astutil.last_part(node.value) in ("restore", "read")):
            continue
        for name in astutil.assigned_names(node):
            problem = state.restore_problem(evidence.value(name))
            if problem is not None and problem.loses_values:
                findings.append(pending_restore(evidence, name, problem,
                                                evidence.body_line_of(node), None))
    return findings


def pending_restore(evidence, label: str | None, problem: state.RestoreProblem,
                    line: int | None = None, cell: str | None = None) -> Finding:
    """The finding for a restore that left values unused or waiting, the same sentence for
    ``%%tfcheck``'s success warning and ``%tfgraph`` (which has no current cell, so it names
    the cell of the line)."""
    where = f" at {phrases.line_ref(line, cell, evidence)}" if line is not None else ""
    source = f" from {problem.path}" if problem.path else ""
    through = f"`{label}`" if label else "an unnamed tf.train.Checkpoint"
    head = f"The checkpoint restore{where} through {through}{source}"
    shown = phrases.names_and_more(problem.paths, MAX_NAMES)
    culprits = [label] if label else []
    roots = ""
    if problem.given_roots:
        roots = (f"; the checkpoint holds {phrases.quote(problem.saved_roots)} at its root but "
                 f"this Checkpoint names its objects {phrases.quote(problem.given_roots)}")
        culprits += problem.given_roots + problem.saved_roots
    if problem.what == state.MATCHED_NOTHING:
        summary = (f"{head} matched nothing in the checkpoint{roots}: the objects keep their "
                   "initial values and no error is raised.")
    elif problem.what == state.EXISTING_UNRESTORED:
        summary = (f"{head} left existing objects unrestored"
                   + (f" ({shown})" if problem.paths else "") + roots
                   + ": they keep their initial values and no error is raised.")
    elif problem.what == state.DEFERRED:
        summary = (f"{head} holds saved values for objects that do not exist yet ({shown}): "
                   "they stay unrestored until those weights are created.")
    else:
        summary = (f"{head} did not use every value of the checkpoint"
                   + (f" ({shown})" if problem.paths else
                      f" (assert_consumed: {problem.detail})" if problem.detail else "")
                   + "; call `.expect_partial()` on the status if that is intended.")
    culprits += problem.paths[:MAX_NAMES]
    if problem.what == state.DEFERRED:
        fix = ("Build the model (call it on a batch) and the optimizer "
               "(`optimizer.build(model.trainable_variables)`) — the pending values are "
               "assigned the moment the variables appear — then check with "
               "`status.assert_consumed()`.")
    elif problem.what == state.UNUSED_VALUES:
        fix = ("Create the missing objects first (build the model, `optimizer.build(...)`) and "
               "restore again, or compare the keys with `%tfgraph --checkpoint PATH --object "
               "NAME`; call `.expect_partial()` on the status if the partial restore is "
               "intended.")
    else:
        fix = ((f"Name the objects as the checkpoint does: `tf.train.Checkpoint("
                f"{problem.saved_roots[0]}=...)`. " if problem.given_roots else
                "Restore through an object graph with the same attribute names as the one "
                "that saved (compare with `tf.train.list_variables(path)`), build the model "
                "before restoring, ")
               + ("and call" if not problem.given_roots else "Call")
               + " `status.assert_consumed()` or `assert_existing_objects_matched()` to make "
               "mismatches fail loudly.")
    return Finding(kind="checkpoint_mismatch", severity="warning", line=line,
                   cell=None if evidence.in_this_cell(cell) else cell,
                   culprits=list(dict.fromkeys(culprits)), summary=summary, fix=fix,
                   rule="pending_restore")


# ---------------------------------------------------------------- %tfgraph --checkpoint
def key_comparison(path: str, comparison: KeyComparison, what: str, graph_mode: bool,
                   object_name: str | None, target: dict, checkpoint: dict,
                   root_name: str | None = None) -> tuple[list[str], list[Finding]]:
    """(notes, findings) for a checkpoint's keys compared with a graph or object: the rename
    with its ``assignment_map``, the variables with no value, the keys that match nothing,
    the shapes that differ."""
    notes = [f"Checkpoint {path}: {len(comparison.matched)} key(s) match {what}, "
             f"{len(comparison.missing)} of its variable(s) are missing from the checkpoint, "
             f"{len(comparison.unexpected)} checkpoint key(s) match nothing, "
             f"{len(comparison.shape_mismatch)} shape mismatch(es)."]
    findings = []
    rename = comparison.rename
    renamed_keys = {k for k, _ in rename.pairs} if rename else set()
    renamed_names = {n for _, n in rename.pairs} if rename else set()
    if rename:
        findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=(f"{len(rename.pairs)} checkpoint key(s) are {what}'s variables under "
                     f"another prefix: checkpoint {rename.checkpoint_prefix or '(no prefix)'!r}"
                     f" ↔ {'graph' if graph_mode else 'object'} "
                     f"{rename.target_prefix or '(no prefix)'!r} (e.g. "
                     f"{rename.pairs[0][0]} → {rename.pairs[0][1]}); restoring by name misses "
                     "them."),
            fix=rename_fix(path, rename, graph_mode, object_name, root_name, target,
                           checkpoint),
            culprits=[rename.checkpoint_prefix or "/", rename.target_prefix or "/"],
            rule="checkpoint_rename"))
    missing = [n for n in comparison.missing if n not in renamed_names]
    unexpected = [k for k in comparison.unexpected if k not in renamed_keys]
    if missing:
        findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=(f"{len(missing)} variable(s) of {what} have no value in {path}: "
                     f"{phrases.names_and_more(missing, MAX_NAMES)}. A restore leaves them at "
                     "their initializer (or fails with NotFoundError for a Saver)."),
            fix=("Restore only what the checkpoint has (`tf.compat.v1.train.Saver(var_list="
                 "[...])` / `init_from_checkpoint` with an assignment_map) and initialize the "
                 "rest, or check that the model definition matches the one that was saved."
                 if graph_mode else
                 "Build the same architecture that was saved (layer order and names), or "
                 "restore with `.expect_partial()` if these weights are meant to be new."),
            culprits=missing[:MAX_NAMES], rule="checkpoint_missing"))
    if unexpected:
        findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning" if not missing else "info",
            summary=(f"{len(unexpected)} key(s) of {path} match no variable of {what}: "
                     f"{phrases.names_and_more(unexpected, MAX_NAMES)}."),
            fix=("Harmless for a restore by object; these values are simply not loaded. If "
                 "they should be, create the objects that own them (an optimizer, extra "
                 "layers) before restoring."),
            culprits=unexpected[:MAX_NAMES], rule="checkpoint_unexpected"))
    if comparison.shape_mismatch:
        detail = "; ".join(f"{n}: {list(a)} here vs {list(b)} in the checkpoint"
                           for n, a, b in comparison.shape_mismatch[:MAX_NAMES])
        findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=f"{len(comparison.shape_mismatch)} variable(s) differ in shape: {detail}.",
            fix=("Restoring them raises InvalidArgumentError (shape mismatch). Rebuild the "
                 "layers with the saved sizes, or leave these variables out of the restore."),
            culprits=[n for n, _, _ in comparison.shape_mismatch[:MAX_NAMES]],
            rule="checkpoint_shape"))
    if not (rename or missing or unexpected or comparison.shape_mismatch):
        notes.append(f"Every key of {path} matches {what} with the same shape.")
    return notes, findings


def rename_fix(path, rename: PrefixRename, graph_mode: bool, object_name, root_name,
               target: dict, checkpoint: dict) -> str:
    """Code that restores the renamed values: an ``assignment_map`` for a graph (one scope
    entry when that is safe for ``init_from_checkpoint``, else one entry per variable), the
    checkpoint's attribute name for an object."""
    if graph_mode:
        intro = ("Map the checkpoint names onto the graph's — call before running the "
                 "initializer (init_from_checkpoint replaces the variables' initializers):\n")
        tail = (f"tf.compat.v1.train.init_from_checkpoint({path!r}, assignment_map)\n"
                "sess.run(tf.compat.v1.global_variables_initializer())")
        if scope_map_applies(rename, target, checkpoint):
            ckpt_prefix = rename.checkpoint_prefix or "/"
            new, old = rename.target_prefix, rename.checkpoint_prefix
            saver = ("\n# or restore with a Saver that maps the names:\n# saver = "
                     "tf.compat.v1.train.Saver(var_list={v.op.name.replace("
                     f"{new!r}, {old!r}, 1): v for v in tf.compat.v1.global_variables() "
                     f"if v.op.name.startswith({new!r})}})")
            return (intro + f"assignment_map = {{{ckpt_prefix!r}: {rename.target_prefix!r}}}\n"
                    + tail + saver)
        return intro + f"assignment_map = {_pairs_map(rename)}\n" + tail
    old_root = rename.checkpoint_prefix.rstrip("/")
    new_root = rename.target_prefix.rstrip("/")
    if old_root and new_root and "/" not in old_root and "/" not in new_root:
        child = object_name if root_name == new_root else f"{object_name}.{new_root}"
        return ("The checkpoint stores the object under another attribute name; attach it "
                "under that name when restoring:\n"
                f"status = tf.train.Checkpoint({old_root}={child}).restore({path!r})\n"
                "status.assert_existing_objects_matched()")
    return ("The names differ inside the object (renamed or reordered layers); load by "
            "position or map the values explicitly:\n"
            + "\n".join(f"# {k}  ->  {n}" for k, n in rename.pairs[:10])
            + "\nreader = tf.train.load_checkpoint(" + repr(path) + ")\n"
            "# then var.assign(reader.get_tensor(key)) for each pair above")


def _pairs_map(rename: PrefixRename) -> str:
    """One entry per renamed variable (ready to paste, however many there are)."""
    return "{" + ", ".join(f"{k!r}: {n!r}" for k, n in rename.pairs) + "}"


def restored_shape_warnings(evidence) -> list[Finding]:
    """A Saver restore in this cell that succeeded although the checkpoint's shapes differ
    from the graph's variables (TF 2.21 resource variables take the saved value, whatever its
    shape): the model silently runs with other shapes than it was built with. The cause is
    the statement that built the variables with the new shapes."""
    from ... import timeline as tl

    if evidence.exc is not None or evidence.timeline is None:
        return []
    findings = []
    for event in evidence.timeline.of(tl.RESTORE):
        if event.detail == "failed" or not event.path or \
                not evidence.in_this_cell(event.site_cell or event.cell):
            continue
        graph = next((r.graph_ref() for r in evidence.all_records if r.graph_ref is not None
                      and id(r.graph_ref()) == event.graph), None)
        if graph is None:
            continue
        try:
            saved = checkpoints.list_checkpoint_keys(event.path)
        except Exception:  # noqa: BLE001
            continue
        differ = [(name, shape, tuple(saved[name]))
                  for name, shape in evidence.collection_shapes(graph, "variables")
                  if name in saved and tuple(saved[name]) != tuple(shape)
                  and (not event.names or name in event.names)]
        if not differ:
            continue
        made = evidence.timeline.created(differ[0][0], graph)
        line, cell = (made.site_line, made.site_cell) if made is not None else \
            (event.line, event.cell)
        shown = ", ".join(f"'{n}' {list(s)} (checkpoint {list(c)})" for n, s, c in differ[:4])
        findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning", line=line,
            cell=None if evidence.in_this_cell(cell) else cell,
            culprits=[n for n, _, _ in differ[:10]],
            summary=(f"The restore at {phrases.line_ref(event.line, event.cell, evidence)} "
                     f"raised nothing, but the checkpoint's shapes differ from the variables "
                     f"built at {phrases.line_ref(line, cell, evidence)}: {shown}. The "
                     "variables now hold the saved values with the saved shapes, not the "
                     "shapes this graph was built for."),
            fix=("Rebuild the model with the hyper-parameters it was trained with (compare "
                 "with `tf.train.list_variables(path)`), or leave the changed variables out of "
                 "the Saver and initialize them fresh."),
            rule="checkpoint"))
    return findings
