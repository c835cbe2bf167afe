"""Provenance: where a value got its property — one facility for every rule.

"Where did ``xb`` get its dtype?" is answered by following the value back through the cells'
code: the statement that last bound ``xb`` before the failure (``xb = X[i:i+32]``), then the
value it was derived from (``X``), and so on, to the statement that *introduced* the property
(``X = np.load(...).astype("uint8")``). Each step is a ``Link`` (cell, line, the code, the
value's facts when they can be read), so a report can show the chain and a reader can check it:
"`xb` <- `X[i:i+32]` (line 25) <- `X` uint8 array (60000, 28, 28) (line 18 of In[3])".

The walk follows *derivations* only: a subscript or slice, an attribute, a conversion
(``np.asarray``, ``iter``, ``tf.convert_to_tensor``, ``tf.constant`` without a dtype), a
``tf.data`` stage that keeps the elements (``batch``, ``shuffle``, ``prefetch``...; not ``map``,
whose function makes new ones), ``Dataset.from_tensor_slices`` of one value (of a tuple: the
component a ``for`` loop unpacks), a ``for`` loop's target, and a function's parameter (the
argument its caller passed, read from the traceback's next frame out). Any other right-hand
side (a call that makes a new value, arithmetic on two values, a literal) is where the value
was made, and the chain ends there. Where the cells' code does not say (the
name was bound by a function, an ``exec``, a cell that is gone), the chain stops, and
``Chain.complete`` says whether it reached a statement that made the value.

Nothing here runs user code: values are read from the failing frame and the namespace through
``values.facts`` (known types only), statements from the cells' parsed trees.
"""

from __future__ import annotations

import ast
import types
from dataclasses import dataclass, field

from . import astutil, values
from .origins import (Origin, binds, at_cell_level, cell_order, cells_newest_first,
                      raise_limit)

# Calls whose result is the same data as their one argument, in another container.
CONVERSIONS = frozenset({
    "np.asarray", "np.array", "numpy.asarray", "numpy.array", "np.ascontiguousarray",
    "tf.convert_to_tensor", "tf.constant", "tf.identity", "list", "tuple", "iter",
    "tf.data.Dataset.from_tensor_slices", "tf.data.Dataset.from_tensors",
    "Dataset.from_tensor_slices", "Dataset.from_tensors",
})
# Methods whose result keeps (or re-batches) the data of their receiver.
DERIVING_METHODS = frozenset({
    "copy", "batch", "padded_batch", "shuffle", "repeat", "prefetch", "cache", "take",
    "skip", "filter", "unbatch", "rebatch", "with_options", "squeeze", "flatten", "ravel",
    "numpy", "to_numpy", "as_numpy_iterator", "__iter__",
})
# Attributes that hand back (part of) their owner's data or parts: ``a.T``, ``df.values``,
# ``model.layers[i]`` (a layer is made where the model that holds it was made).
FOLLOWED_ATTRIBUTES = frozenset({"T", "values", "data", "layers"})
MAX_LINKS = 6  # a chain longer than this is cut (its last link is then not "made here")


@dataclass(frozen=True)
class Link:
    """One step back: ``name`` was bound at (``cell``, ``line``) by ``code``."""

    name: str
    cell: str | None        # None: the failing cell (as ``Finding.cell``)
    line: int               # body line
    code: str               # the right-hand side, shortened
    facts: str = ""         # the value's facts when this binding is the one alive now
    made_here: bool = False  # the statement made the value (no derivation to follow)
    node: ast.AST | None = field(default=None, compare=False, repr=False)
    via: str = ""           # how it was bound when not by an assignment ("argument of f()")

    def where(self, evidence) -> str:
        from .phrases import line_ref

        return line_ref(self.line, self.cell, evidence)

    def text(self, evidence) -> str:
        """"`xb` = `X[i:i+32]` (line 25)"; the facts when known."""
        facts = f", {self.facts}" if self.facts else ""
        via = f"{self.via}, " if self.via else ""
        return f"`{self.name}` = `{self.code}` ({via}{self.where(evidence)}{facts})"

    def as_dict(self, evidence) -> dict:
        return {"cell": self.cell, "line": self.line, "name": self.name, "code": self.code,
                "text": self.text(evidence)}


@dataclass
class Chain:
    links: list[Link] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether the chain reached the statement that made the value."""
        return bool(self.links) and self.links[-1].made_here

    @property
    def origin(self) -> Link | None:
        return self.links[-1] if self.links else None

    def as_evidence(self, evidence) -> list[dict]:
        return [link.as_dict(evidence) for link in self.links]

    def text(self, evidence) -> str:
        """"`xb` = `X[i:i+32]` (line 25) <- `X` = ... (line 18 of In[3])"."""
        return " <- ".join(link.text(evidence) for link in self.links)


def made(evidence, name: str, keep=None) -> Chain | None:
    """``name``'s chain when it reaches the statement that made the value (``Chain.complete``),
    else None: what a rule asks before it names that statement as a cause."""
    found = chain(evidence, name, keep=keep)
    return found if found.complete else None


def fact(evidence, cell: str | None, line: int | None, text: str) -> dict:
    """One link of recorded evidence that is not a binding — a traceback frame, a timeline
    event, a ledger record — in ``Finding.evidence``'s form, its place written once."""
    from .phrases import line_ref

    return {"cell": cell, "line": line, "text": f"{text} ({line_ref(line, cell, evidence)})"}


# ---------------------------------------------------------------- the last binding of a name
def assignment(evidence, name: str, skip_raise_line: bool = True,
               before: tuple[str | None, int] | None = None) -> Origin | None:
    """The statement that last bound ``name`` at cell level before the failure — or, with
    ``before=(cell, body line)``, before that line of that cell (cells older than it after).

    The failing cell counts up to its outermost statement on the traceback (assignments after
    it had not run yet), then earlier cells newest first.
    """
    cells = cells_newest_first(evidence)
    start, limit = 0, None
    if before is None:
        limit = raise_limit(evidence)
    else:
        label, line = before
        for index, (cell_label, _, offset, _) in enumerate(cells):
            if cell_label == (None if evidence.in_this_cell(label) else label):
                start, limit = index, line + offset
                break
        else:
            return None
        skip_raise_line = True
    for index, (label, _, offset, tree) in enumerate(cells[start:], start):
        candidates = [n for n in astutil.assignments_to(tree, name)
                      if at_cell_level(evidence, tree, n) and binds(n, name)]
        if index == start and limit is not None:
            candidates = [n for n in candidates
                          if n.lineno < limit or (n.lineno == limit and not skip_raise_line)]
        if candidates:
            node = candidates[-1]
            return Origin(label, node.lineno - offset, node)
    return None


def other_reads(evidence, name: str, besides: tuple[str | None, int]) -> list[tuple]:
    """(cell, body line) of every statement in the cells that reads ``name``, other than
    ``besides``: a setting read for other purposes too (an input shape, the data's size) holds
    the value those uses need, so a wrong use of it is the use's fault, not the setting's."""
    label, line = besides
    label = None if evidence.in_this_cell(label) else label
    found = []
    for each, _, offset, tree in cells_newest_first(evidence):
        for node in astutil.name_loads(tree, name):
            if (each, node.lineno - offset) != (label, line):
                found.append((each, node.lineno - offset))
    return sorted(set(found), key=lambda item: (str(item[0]), item[1]))


# ---------------------------------------------------------------- the chain
def chain(evidence, name: str, keep=None, limit: int = MAX_LINKS, frame=None) -> Chain:
    """Follow ``name`` back to the statement that made its value.

    ``frame`` is the cell frame (``CellFrame``) whose scope ``name`` is read in; by default
    the scope ``Evidence.value`` reads (the deepest cell frame of the traceback). Inside a
    function the walk reads the function's own assignments, then — for a parameter — the
    argument its caller passed (the caller's frame is the next one out on the traceback).
    ``keep(value) -> bool`` (optional) says whether a derived-from value still has the property
    in question; the walk stops at the link whose source lacks it (that link introduced it).
    """
    found = Chain()
    state = _State(name, frame if frame is not None else _value_frame(evidence), None, ())
    seen = set()
    while len(found.links) < limit and \
            (state.name, state.component, state.before) not in seen:
        seen.add((state.name, state.component, state.before))
        step = _step(evidence, state)
        if step is None:
            break
        link, parent = step
        if keep is not None and parent is None and _calls_cell_function(evidence, link.node,
                                                                        link.name):
            # Asked about a property (shape, dtype...), a value returned by a function the
            # cells define got it inside that function, where this walk does not go: the
            # chain is not complete.
            found.links.append(link)
            break
        if parent is not None and parent.frame_is_module and \
                (not evidence.has_value(parent.name) or
                 (keep is not None and not parent.component and
                  (parent.name == link.name or not keep(evidence.value(parent.name))))):
            # The source is gone or lacks the property: made here. A name derived from its
            # own older value (``x = x[mask]``) has only its new value left to read, so the
            # property cannot be followed past this link.
            parent = None
        if parent is None:
            link = Link(link.name, link.cell, link.line, link.code, link.facts, True, link.node,
                        link.via)
        found.links.append(link)
        if parent is None:
            break
        state = parent
    return found


@dataclass(frozen=True)
class _State:
    """Where the walk is: a name, read in a frame's scope (None: cell level) before a line,
    and which component of the value's elements is meant (``(1,)``: the labels of a dataset
    of (features, labels))."""

    name: str
    frame: object            # CellFrame of a function, or None for cell level
    before: tuple | None     # (cell, body line) the binding must precede
    component: tuple

    @property
    def frame_is_module(self) -> bool:
        return self.frame is None


def _value_frame(evidence):
    """The cell frame ``Evidence.value`` reads locals from, when it runs a function."""
    frame = evidence.raise_frames[-1] if evidence.raise_frames else None
    return frame if frame is not None and frame.function not in ("", "<module>") else None


def _step(evidence, state: _State):
    """(the link for ``state.name``, the next state or None) — or None when unknown."""
    if state.frame is not None:
        return _step_in_function(evidence, state)
    origin = assignment(evidence, state.name, before=state.before)
    if origin is None:
        return None
    alive = state.before is None or _is_newest(evidence, state.name, origin)
    facts = values.describe(evidence.value(state.name)) \
        if alive and not state.component and evidence.has_value(state.name) else ""
    return _follow(evidence, state, origin.cell, origin.line, origin.node, facts, None)


def _follow(evidence, state: _State, cell, line, stmt, facts, frame):
    """The link for the binding ``stmt`` of ``state.name`` and where its value came from."""
    if isinstance(stmt, (ast.For, ast.AsyncFor)):
        path = _target_path(stmt.target, state.name)
        source, component = _iterated(stmt.iter, (path or ()) + state.component)
        link = Link(state.name, cell, line, "for ... in " + _short(stmt.iter, 50), facts,
                    node=stmt)
        if source is None:
            return link, None
        return link, _State(source, frame, (cell, line), component)
    rhs = _value_for(stmt, state.name)
    link = Link(state.name, cell, line, _short(rhs if rhs is not None else stmt), facts,
                node=stmt)
    if rhs is None:
        return link, None
    source, component = _source_of(rhs, state.component)
    if source is None:
        return link, None
    return link, _State(source, frame, (cell, line), component)


def _step_in_function(evidence, state: _State):
    frame = state.frame
    func, tree, offset = function_node(evidence, frame)
    if func is None:
        return None
    limit = (state.before[1] if state.before else frame.line) + offset
    bindings = [n for n in astutil.assignments_to(func, state.name)
                if n.lineno < limit and binds(n, state.name)]
    if bindings:
        stmt = bindings[-1]
        return _follow(evidence, state, _label(evidence, frame.label), stmt.lineno - offset,
                       stmt, "", frame)
    params = [a.arg for a in func.args.posonlyargs + func.args.args]
    if state.name not in params and state.name not in [a.arg for a in func.args.kwonlyargs]:
        # Not bound in the function: a name it reads from the cells' namespace.
        return _step(evidence, _State(state.name, None, None, state.component))
    caller = _caller_of(evidence, frame)
    if caller is None:
        return None
    arg = _argument_passed(evidence, caller, func.name, state.name, params)
    if arg is None:
        return None
    cell = _label(evidence, caller.label)
    link = Link(state.name, cell, caller.line, _short(arg, 50), "", node=arg,
                via=f"argument of {func.name}()")
    source, component = _source_of(arg, state.component)
    if source is None:
        return link, None
    outer = caller if caller.function not in ("", "<module>") else None
    return link, _State(source, outer, (caller.label, caller.line), component)


def _label(evidence, label):
    return None if evidence.in_this_cell(label) else label


def function_node(evidence, frame):
    """(the innermost FunctionDef spanning the frame's line, its cell's tree, offset)."""
    if evidence.in_this_cell(frame.label):
        tree, offset = evidence.tree, evidence.offset
    else:
        info = evidence.registry.filename_for(frame.label)
        if info is None:
            return None, None, 0
        tree, offset = evidence.tree_of(info.filename), info.offset
    if tree is None:
        return None, None, 0
    best = None
    file_line = frame.line + offset
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.name == frame.function and \
                node.lineno <= file_line <= (node.end_lineno or node.lineno):
            best = node
    return best, tree, offset


def _caller_of(evidence, frame):
    frames = evidence.raise_frames
    for index, item in enumerate(frames):
        if item is frame or (item.filename, item.lineno, item.function) == \
                (frame.filename, frame.lineno, frame.function):
            return frames[index - 1] if index > 0 else None
    return None


def _argument_passed(evidence, caller, function: str, param: str, params: list[str]):
    """The expression the caller's statement passes as ``param`` to ``function(...)``."""
    stmt = evidence.statement_at(caller.line, caller.label)
    if stmt is None:
        return None
    for call in astutil.calls(stmt):
        if astutil.last_part(call) != function and astutil.call_name(call.func) != function:
            continue
        for kw in call.keywords:
            if kw.arg == param:
                return kw.value
        index = params.index(param) if param in params else -1
        if params and params[0] in ("self", "cls"):
            index -= 1
        if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred)
                                                   for a in call.args[:index + 1]):
            return call.args[index]
    return None


def _target_path(target, name: str, path=()) -> tuple | None:
    """Indices leading to ``name`` in a (nested) for-loop target: ``(xb, yb)`` -> (1,)."""
    if isinstance(target, ast.Name):
        return path if target.id == name else None
    if isinstance(target, (ast.Tuple, ast.List)):
        for index, elt in enumerate(target.elts):
            found = _target_path(elt, name, path + (index,))
            if found is not None:
                return found
    return None


def _iterated(node, component: tuple):
    """What a for loop iterates, and the component of its elements meant: ``enumerate(ds)``
    with (1, 0) -> ("ds", (0,)); ``zip(a, b)`` with (1,) -> ("b", ())."""
    if isinstance(node, ast.Call) and astutil.call_name(node.func) == "enumerate" and \
            node.args and component[:1] == (1,):
        return _source_of(node.args[0], component[1:])
    if isinstance(node, ast.Call) and astutil.call_name(node.func) == "zip" and component and \
            component[0] < len(node.args):
        return _source_of(node.args[component[0]], component[1:])
    return _source_of(node, component)


def _source_of(node, component: tuple):
    """(name, component) the value of ``node`` is derived from, or (None, ())."""
    while True:
        if isinstance(node, ast.Name):
            return node.id, component
        if isinstance(node, (ast.Tuple, ast.List)) and component and \
                component[0] < len(node.elts):
            node, component = node.elts[component[0]], component[1:]
            continue
        if isinstance(node, ast.Subscript):
            node = node.value
            continue
        if isinstance(node, ast.Attribute) and node.attr in FOLLOWED_ATTRIBUTES:
            node = node.value
            continue
        if isinstance(node, ast.Call):
            func = node.func
            name = astutil.call_name(func)
            if (name in CONVERSIONS or name.endswith((".from_tensor_slices", ".from_tensors"))) \
                    and len(node.args) == 1 and \
                    not any(kw.arg == "dtype" for kw in node.keywords):
                node = node.args[0]
                continue
            if isinstance(func, ast.Attribute) and func.attr in DERIVING_METHODS:
                node = func.value
                continue
        return None, ()


def _calls_cell_function(evidence, stmt, name: str) -> bool:
    """Whether ``stmt`` binds ``name`` to the result of calling a function a cell defined."""
    rhs = _value_for(stmt, name) if isinstance(stmt, ast.stmt) else None
    if not isinstance(rhs, ast.Call) or not isinstance(rhs.func, ast.Name):
        return False
    function = evidence.value(rhs.func.id)
    if not isinstance(function, types.FunctionType):
        return False
    return bool(evidence.registry.is_cell(function.__code__.co_filename))


def same_shape(value):
    """A ``keep`` predicate for ``chain``: the source still has ``value``'s shape."""
    want = values.facts(value)
    want = want.shape if want is not None else None

    def keep(source):
        found = values.facts(source)
        return want is None or found is None or found.shape is None or found.shape == want
    return keep


def value_of(link: Link):
    """The expression a link's statement bound to its name (None for a ``for`` target or a
    binding the statement does not spell out)."""
    return _value_for(link.node, link.name)


def _is_newest(evidence, name: str, origin: Origin) -> bool:
    """Whether ``origin`` is the newest binding of ``name``: its value is the one alive now."""
    newest = assignment(evidence, name)
    return newest is not None and newest.node is origin.node


def _value_for(stmt, name: str):
    """The expression bound to ``name`` by ``stmt`` (an element of a tuple assignment when
    the right side is a literal tuple of the same length), None for other statements."""
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Name) and target.id == name:
                return stmt.value
            if isinstance(target, (ast.Tuple, ast.List)) and \
                    isinstance(stmt.value, (ast.Tuple, ast.List)) and \
                    len(target.elts) == len(stmt.value.elts):
                for elt, value in zip(target.elts, stmt.value.elts):
                    if isinstance(elt, ast.Name) and elt.id == name:
                        return value
        return stmt.value
    if isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        return stmt.value
    return None


def _short(node, width: int = 60) -> str:
    try:
        text = ast.unparse(node)
    except Exception:  # noqa: BLE001
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


# ---------------------------------------------------------------- a None from a function's end
@dataclass(frozen=True)
class FallsOff:
    """A function the cells define that can end without a ``return`` that gives a value:
    Python returns None after ``line``, its last statement."""

    function: str
    cell: str | None     # as ``Finding.cell``
    line: int            # body line of the function's last statement
    def_line: int        # body line of its ``def``
    returns_value: bool  # whether any ``return`` in it gives a value


def none_returned(evidence, link: Link) -> FallsOff | None:
    """Where the None that ``link`` bound came from, when its statement called (by name) a
    function an earlier statement of the cells defines and that function can end without a
    ``return <value>``: its last statement. None otherwise (the value is not None, another
    call, or every path returns)."""
    value = getattr(link.node, "value", None)
    if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Name) or \
            not evidence.has_value(link.name) or evidence.value(link.name) is not None:
        return None
    name = value.func.id
    for label, _, offset, tree in cells_newest_first(evidence):
        defs = [f for f in getattr(tree, "body", ())
                if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name == name]
        if not defs:
            continue
        func = defs[-1]
        if not _can_fall_off(func.body):
            return None
        returns = [n for n in _own_nodes(func) if isinstance(n, ast.Return)
                   and n.value is not None
                   and not (isinstance(n.value, ast.Constant) and n.value.value is None)]
        cell = None if evidence.in_this_cell(label) else label
        return FallsOff(name, cell, func.body[-1].lineno - offset, func.lineno - offset,
                        bool(returns))
    return None


def _can_fall_off(body: list) -> bool:
    """Whether running ``body`` can reach its end (Python then returns None)."""
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return False
    if isinstance(last, ast.If):
        return _can_fall_off(last.body) or not last.orelse or _can_fall_off(last.orelse)
    if isinstance(last, (ast.With, ast.AsyncWith)):
        return _can_fall_off(last.body)
    if isinstance(last, ast.Try):
        return _can_fall_off(last.orelse or last.body) or \
            any(_can_fall_off(h.body) for h in last.handlers)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and \
            last.test.value is True:
        return False
    return True


def _own_nodes(func):
    """The nodes of ``func``'s body, not those of functions or classes defined inside it."""
    stack = list(func.body)
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                 ast.Lambda)):
            stack.extend(ast.iter_child_nodes(node))


# ---------------------------------------------------------------- a setting rebound between cells
@dataclass(frozen=True)
class SettingChange:
    """A cell-level setting — a name, or one key of a name's dict — written as an int literal,
    then written again with another one (``NUM_CLASSES = 6`` ... ``NUM_CLASSES = 4``,
    ``HP = {"hidden": 64}`` ... ``HP["hidden"] = 32``), and still holding the newer value."""

    setting: str        # NUM_CLASSES, HP["hidden"]
    name: str           # the name bound (NUM_CLASSES, HP)
    key: object         # the dict key ("hidden"), None for a plain name
    old: int
    new: int
    earlier: Origin     # the last binding to ``old``
    later: Origin       # the binding to ``new``, the newest one


def setting_changes(evidence) -> list[SettingChange]:
    """Every setting whose newest binding, in the order the cells ran (the failing cell up to
    its outermost statement on the traceback), changed an int literal written before it."""
    def compute():
        limit = raise_limit(evidence)
        seen: dict[str, list[tuple[Origin, int, str]]] = {}
        for label, _, offset, tree in reversed(cells_newest_first(evidence)):
            statements = astutil.module_level_statements(tree)
            for stmt in ast.walk(tree):
                if id(stmt) not in statements or not isinstance(stmt, ast.Assign) or (
                        label is None and limit is not None and stmt.lineno >= limit):
                    continue
                for name, key, node, value in _int_settings(stmt):
                    seen.setdefault((name, key), []).append(
                        (Origin(label, node.lineno - offset, stmt), value))
        changes = []
        for (name, key), bindings in seen.items():
            bindings.sort(key=lambda b: (cell_order(evidence, b[0].cell), b[0].line))
            later, new = bindings[-1]
            older = [b for b in bindings[:-1] if b[1] != new]
            if older and _holds(evidence, name, key, new):
                setting = name if key is None else f"{name}[{key!r}]"
                changes.append(SettingChange(setting, name, key, older[-1][1], new,
                                             older[-1][0], later))
        return changes

    return evidence.memo("provenance.setting_changes", compute)


def _int_settings(stmt: ast.Assign):
    """(name, dict key or None, node, int) for each int literal ``stmt`` writes to a
    setting."""
    if len(stmt.targets) != 1:
        return
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, ast.Name) and _is_int(value):
        yield target.id, None, stmt, value.value
    elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
            and isinstance(target.slice, ast.Constant) and _is_int(value):
        yield target.value.id, target.slice.value, stmt, value.value
    elif isinstance(target, ast.Name) and isinstance(value, ast.Dict):
        for key, item in zip(value.keys, value.values):
            if isinstance(key, ast.Constant) and _is_int(item):
                yield target.id, key.value, item, item.value


def _is_int(node) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int


def _holds(evidence, name: str, key, new: int) -> bool:
    """Whether the setting still has its newest value where the cell failed (plain ints and
    dicts only: tfmagic reads no other object)."""
    value = evidence.value(name)
    if key is not None:
        value = value.get(key) if type(value) is dict else None
    return type(value) is int and value == new
