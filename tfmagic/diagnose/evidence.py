"""Evidence a rule can use: tracebacks, op tracebacks, the ledger, the cell's AST, the timeline.

Collected once per failing (or succeeding) cell, so every rule sees the same facts and none
re-walks tracebacks or re-parses the cell.
"""

from __future__ import annotations

import ast
import itertools
import linecache
import re
from dataclasses import dataclass, field
from typing import Any

from .._tf import errors, safe
from ..report import VariableRecord


@dataclass
class CellFrame:
    """One traceback frame that runs notebook-cell code."""

    label: str
    line: int
    filename: str
    lineno: int
    function: str = ""


@dataclass
class Evidence:
    exc: BaseException | None
    message: str
    cell_label: str
    filename: str
    offset: int
    body: str
    registry: Any
    records: list[VariableRecord]
    earlier: list[VariableRecord]
    user_ns: dict
    raise_frames: list[CellFrame] = field(default_factory=list)
    raise_line: int | None = None
    raise_col: tuple[int, int] | None = None
    op: Any = None
    op_frames: list[CellFrame] = field(default_factory=list)
    tree: ast.AST | None = None
    tb_frames: list = field(default_factory=list)
    timeline: Any = None
    # The namespace as it is (user_ns holds only what tfmagic may read): for identity and
    # ``safe.static_attribute`` lookups only.
    raw_user_ns: dict = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ collection
    @classmethod
    def collect(cls, exc, compiled, registry, records, earlier, user_ns,
                timeline=None) -> "Evidence":
        info = registry.info(compiled.filename) if compiled else None
        evidence = cls(
            exc=exc,
            message=_message(exc) if exc is not None else "",
            cell_label=info.label if info else "",
            filename=compiled.filename if compiled else "",
            offset=info.offset if info else 0,
            body=compiled.body if compiled else "",
            registry=registry,
            records=list(records),
            earlier=list(earlier),
            # Only what tfmagic may read (the type rule, _tf/safe.py): rules never see the
            # user's other objects, so no rule can touch them.
            user_ns=safe.readable_items(user_ns) if user_ns is not None else {},
            timeline=timeline,
            raw_user_ns=user_ns if user_ns is not None else {},
        )
        # The runner's tree when it compiled the body (a %%tfcheck cell), else executing's.
        evidence.tree = getattr(compiled, "tree", None) or _parse(evidence.filename)
        if exc is not None:
            evidence._collect_traceback(exc)
            if errors.is_op_error(exc):
                evidence._collect_op(exc)
        return evidence

    def _collect_traceback(self, exc) -> None:
        tb = exc.__traceback__
        own_tb = None
        while tb is not None:
            frame = tb.tb_frame
            self.tb_frames.append(frame)
            located = self.registry.body_line(frame.f_code.co_filename, tb.tb_lineno)
            if located is not None:
                self.raise_frames.append(CellFrame(located[0], located[1],
                                                   frame.f_code.co_filename, tb.tb_lineno,
                                                   frame.f_code.co_name))
                if frame.f_code.co_filename == self.filename:
                    own_tb = tb
            tb = tb.tb_next
        own = [f for f in self.raise_frames if f.filename == self.filename]
        if own:
            self.raise_line = own[-1].line
        if own_tb is not None:
            self.raise_col = _failing_columns(own_tb, own[-1].lineno, self.tree)
        if isinstance(exc, SyntaxError) and exc.filename == self.filename and exc.lineno:
            self.raise_line = exc.lineno - self.offset

    def _collect_op(self, exc) -> None:
        op = errors.failing_op(exc)
        self.op = op
        if op is None:
            return
        self.op_frames = self.cell_frames_of(errors.op_traceback(op))

    def cell_frames_of(self, frames) -> list[CellFrame]:
        out = []
        for filename, lineno in frames:
            located = self.registry.body_line(filename, lineno)
            if located is not None:
                out.append(CellFrame(located[0], located[1], filename, lineno))
        return out

    # ------------------------------------------------------------------ queries
    @property
    def error_type(self) -> str:
        return type(self.exc).__name__ if self.exc is not None else ""

    @property
    def all_records(self) -> list[VariableRecord]:
        return self.earlier + self.records

    def records_named(self, name: str, graph=None) -> list[VariableRecord]:
        """Records whose TF or Keras name is ``name`` (with or without ':0'), newest first;
        with ``graph`` (default: the failing op's graph) records of that graph come first."""
        wanted = _strip_output(name)
        graph = graph if graph is not None else getattr(self.op, "graph", None)
        found = []
        for record in reversed(self.all_records):
            names = {_strip_output(record.name), _strip_output(record.tf_name or "")}
            if wanted in names:
                found.append(record)
        if graph is not None:
            found.sort(key=lambda r: not (r.graph_ref is not None and r.graph_ref() is graph))
        return found

    def line_text(self, line: int | None, label: str | None = None) -> str:
        if line is None:
            return ""
        if label in (None, self.cell_label):
            lines = self.body.splitlines()
            return lines[line - 1].strip() if 0 < line <= len(lines) else ""
        info = self.registry.filename_for(label)
        if info is None:
            return ""
        return linecache.getline(info.filename, line + info.offset).strip()

    def body_line_of(self, node: ast.AST) -> int:
        return node.lineno - self.offset

    def editor_line(self, line: int, label: str | None = None) -> int:
        """A body line as the editor numbers it (the ``%%tfcheck`` line counts) in the failing
        cell (``label`` None or its own) or in the cell ``label``."""
        if self.in_this_cell(label):
            return line + self.offset
        return line + (self.registry.offset_of(label) if self.registry is not None else 0)

    def in_this_cell(self, label: str | None) -> bool:
        return label is None or label == self.cell_label

    def frame_local(self, name: str, predicate=None, function: str | None = None):
        """A local ``name`` from the traceback's frames, innermost first (e.g. a Session's
        ``self`` in ``run``), optionally filtered by ``predicate`` and function name."""
        for frame in reversed(self.tb_frames):
            if function is not None and frame.f_code.co_name != function:
                continue
            if name in frame.f_locals:
                value = frame.f_locals[name]
                if not safe.readable(value):
                    continue
                if predicate is None or predicate(value):
                    return value
        return None

    def tree_of(self, filename: str):
        """The parsed source of any cell file (this cell's tree is already parsed)."""
        if filename == self.filename:
            return self.tree
        cache = self.__dict__.setdefault("_trees", {})
        if filename not in cache:
            cache[filename] = _parse(filename) if self.registry.is_cell(filename) else None
        return cache[filename]

    def mentions(self, *words: str) -> bool:
        """Whether this cell's source text contains any of ``words``: a node that names one
        (an attribute, a call, a variable) can exist only then. Why: rules that look for a
        name among every node of the cell ask this first; searching the text of a 5,000-line
        cell takes ~0.1 ms, walking its ~50,000 nodes ~150 ms."""
        text = self.memo("source_text", lambda: "".join(linecache.getlines(self.filename))
                         or self.body)
        return any(word in text for word in words)

    # ------------------------------------------------------------------ values and live objects
    def memo(self, key: str, compute):
        """``compute()`` once per evidence: rules share costly lookups (namespace walks)."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def _scopes(self) -> list[dict]:
        """Where names are looked up, innermost first: the locals of the deepest failing frame
        that runs cell code (a training function's locals), then the user namespace."""
        def compute():
            scopes = []
            for frame in reversed(self.tb_frames):
                if self.registry.is_cell(frame.f_code.co_filename):
                    if frame.f_locals is not frame.f_globals:
                        scopes.append(safe.readable_items(frame.f_locals))
                    break
            scopes.append(self.user_ns)
            return scopes
        return self.memo("scopes", compute)

    def has_value(self, name: str) -> bool:
        return any(name in scope for scope in self._scopes())

    def value(self, name: str, default=None, opaque: bool = False):
        """The value a name has where the cell failed (frame locals first, then the
        namespace); ``default`` when it is bound nowhere. ``opaque``: also an object tfmagic
        may not read (see ``_tf/safe.py``), to be read only with ``safe.static_attribute``."""
        if opaque:
            frame = self.memo("cell_frame", self._deepest_cell_frame)
            for scope in ((frame.f_locals,) if frame is not None and
                          frame.f_locals is not frame.f_globals else ()) + (self.raw_user_ns,):
                if name in scope:
                    return scope[name]
            return default
        for scope in self._scopes():
            if name in scope:
                return scope[name]
        return default

    def names_of(self, obj) -> list[str]:
        """Public names the user namespace binds to ``obj`` (identity)."""
        return [n for n, v in list(self.user_ns.items()) if v is obj and not n.startswith("_")]

    def instances_of(self, class_name: str | None,
                     opaque: bool = False) -> list[tuple[str, object]]:
        """(name, object) for namespace values whose class is named ``class_name`` (``opaque``:
        also objects tfmagic may not read, for ``safe.static_attribute`` only)."""
        if not class_name:
            return []
        return [(n, v) for n, v in list((self.raw_user_ns if opaque else self.user_ns).items())
                if type(v).__name__ == class_name and not n.startswith("_")]

    def user_layers(self) -> list[tuple[str, object]]:
        """(path, layer) for every Keras layer reachable from the namespace (cached)."""
        from .liveobjects import user_layers

        return self.memo("user_layers", lambda: user_layers(self.user_ns))

    def collection_names(self, graph, key: str) -> list[str]:
        """Op names of the variables in a graph collection (``"local_variables"``,
        ``"variables"``); [] for no graph."""
        if graph is None:
            return []
        try:
            return [v.op.name for v in graph.get_collection(key)]
        except Exception:  # noqa: BLE001
            return []

    def collection_shapes(self, graph, key: str) -> list[tuple[str, tuple]]:
        """(op name, shape) of the variables in a graph collection, in creation order."""
        if graph is None:
            return []
        try:
            return [(v.op.name, tuple(v.shape.as_list())) for v in graph.get_collection(key)]
        except Exception:  # noqa: BLE001
            return []

    def safe_string(self, node):
        """The string a simple expression evaluates to, without calling anything."""
        from . import astutil

        return astutil.safe_string(node, self.user_ns)

    # ------------------------------------------------------------------ code
    def statement_at(self, line: int | None, cell: str | None = None):
        """The innermost statement of a cell that spans body ``line`` (multi-line statements
        included), from this cell's tree (see ``locate.py``: only the top-level statement
        that spans the line is walked) or ``executing``'s parsed source of another cell;
        None if unknown."""
        if line is None:
            return None
        if self.in_this_cell(cell):
            if self.tree is None:
                return None
            from .locate import statement_at_line

            return statement_at_line(self.tree, line + self.offset)
        info = self.registry.filename_for(cell)
        if info is None:
            return None
        source = _source(info.filename)
        if source is None:
            return None
        statements = source.statements_at_line(line + info.offset)
        return min(statements, key=lambda s: (s.lineno, s.col_offset)) if statements else None

    def eval_node(self, node, default=None):
        """The value of an expression node of this cell, read from the failing frame with
        ``pure_eval`` (names, attributes, subscripts — never a call with side effects);
        ``default`` when it cannot be evaluated safely."""
        frame = self.memo("cell_frame", self._deepest_cell_frame)
        if frame is None:
            return default
        try:
            import pure_eval

            evaluator = self.memo("evaluator", lambda: pure_eval.Evaluator.from_frame(frame))
            return safe.readable_or(evaluator[node], default)
        except Exception:  # noqa: BLE001 - CannotEval or an unexpected node
            return default

    def _deepest_cell_frame(self):
        for frame in reversed(self.tb_frames):
            if frame.f_code.co_filename == self.filename:
                return frame
        return None

    def graph_operations(self, graph) -> list:
        try:
            return list(graph.get_operations()) if graph is not None else []
        except Exception:  # noqa: BLE001
            return []

    def earlier_cells(self, limit: int = 50):
        """CellInfo of the cells run before this one, newest first (plain or %%tfcheck)."""
        label = self.cell_label
        if not (label.startswith("In[") and label[3:-1].isdigit()):
            return []
        found = []
        for number in range(int(label[3:-1]) - 1, 0, -1):
            info = self.registry.filename_for(f"In[{number}]")
            if info is not None:
                found.append(info)
            if len(found) >= limit:
                break
        return found

    # ------------------------------------------------------------------ the failing node
    @property
    def parsed(self):
        """TensorFlow's message, parsed once (``message.parse``): the sentence, op, node."""
        from . import message

        return self.memo("parsed", lambda: message.parse(self.message))

    def node_frames(self) -> list[CellFrame]:
        """Cell frames of the failing node's creation stack, oldest first: the op's own
        traceback (graph mode), else the "defined at" stack TensorFlow printed (a graph run
        by ``tf.function`` or Keras)."""
        def compute():
            if self.op_frames:
                return list(self.op_frames)
            out = []
            for frame in self.parsed.node_frames:
                located = self.registry.body_line(frame.filename, frame.lineno)
                if located is not None:
                    out.append(CellFrame(located[0], located[1], frame.filename,
                                         frame.lineno, frame.function))
            return out
        return self.memo("node_frames", compute)

    def node_site(self) -> CellFrame | None:
        """The innermost cell frame that created the failing node; its ``function`` is set
        ("<module>" for cell level) from the cell's code when the stack did not name it."""
        frames = self.node_frames()
        if not frames:
            return None
        frame = frames[-1]
        if not frame.function:
            frame = CellFrame(frame.label, frame.line, frame.filename, frame.lineno,
                              self.function_at(frame.label, frame.line) or "<module>")
        return frame

    def function_at(self, label: str | None, line: int) -> str:
        """The name of the innermost function of a cell that spans body ``line``, "" at cell
        level."""
        info = None if self.in_this_cell(label) else self.registry.filename_for(label)
        tree = self.tree if info is None else self.tree_of(info.filename)
        offset = self.offset if info is None else info.offset
        if tree is None:
            return ""
        name = ""
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and \
                    node.lineno <= line + offset <= (node.end_lineno or node.lineno):
                name = getattr(node, "name", "<lambda>")   # ast.walk: outer ones first
        return name

    def node_layer(self) -> str:
        """The Keras layer whose name scope holds the failing node (innermost), or ""."""
        path = self.parsed.layer_path
        if not path:
            return ""
        names = {getattr(layer, "name", None) for _, layer in self.user_layers()}
        for part in reversed(path):
            if part in names:
                return part
        return ""

    def innermost_op_frame(self) -> CellFrame | None:
        return self.op_frames[-1] if self.op_frames else None

    def deepest_raise_frame(self) -> CellFrame | None:
        return self.raise_frames[-1] if self.raise_frames else None


def _strip_output(name: str) -> str:
    return re.sub(r":\d+$", "", name or "")


def _message(exc) -> str:
    return safe.exception_message(exc)


def _source(filename: str):
    """``executing``'s Source of a cell file: parsed once, shared by every rule (and by
    ``executing``'s node lookups), None when the file is not valid Python."""
    if not filename:
        return None
    try:
        import executing

        source = executing.Source.for_filename(filename)
    except Exception:  # noqa: BLE001
        return None
    return source if getattr(source, "tree", None) is not None else None


def _parse(filename: str):
    source = _source(filename)
    return source.tree if source is not None else None


def _failing_columns(tb, lineno: int, tree) -> tuple[int, int] | None:
    """Columns of the failing expression on the raise line (``executing`` on the failing
    statement, see ``locate.py``; then co_positions)."""
    span = None
    if tree is not None:
        try:
            from .locate import failing_span

            span = failing_span(tb, tree, linecache.getlines(tb.tb_frame.f_code.co_filename))
        except Exception:  # noqa: BLE001
            span = None
    if span is not None and span[0] == lineno == span[1]:
        return span[2], span[3]
    try:
        positions = next(itertools.islice(tb.tb_frame.f_code.co_positions(),
                                          tb.tb_lasti // 2, None))
    except Exception:  # noqa: BLE001
        return None
    start_line, end_line, start_col, end_col = positions
    if start_line == lineno == end_line and start_col is not None and end_col is not None:
        return start_col, end_col
    return None
