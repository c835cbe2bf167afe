"""uninitialized_variable: a graph-mode variable read before its initializer ran.

Evidence, in order of strength: the variable TensorFlow names (message or failing op), the
ledger's creation line for it, the session's initializer runs on the timeline (did one run,
and did it cover this variable?), and the cell's AST (where the session was made).
"""

from __future__ import annotations

import ast
import re

from ..._tf import errors, hooks, probe, runtime
from ...report import Finding
from ... import timeline as tl
from .. import astutil, origins, phrases, provenance
from ..common import in_cell_label

PATTERNS = (
    re.compile(r"Attempting to use uninitialized value ([\w/.\-]+)"),
    re.compile(r"Could not find variable ([\w/.\-]+)\. .*uninitialized", re.S),
    re.compile(r"Error while reading resource variable ([\w/.\-]+) from Container"),
    re.compile(r"resource variable ([\w/.\-]+) .*uninitialized", re.S),
    # A resource variable whose initializer never ran has no resource at all:
    # "Resource localhost/rmse_metric/count/N10tensorflow3VarE does not exist."
    re.compile(r"Resource [\w.\-]+/([\w/.\-]+?)/N\d+tensorflow\d+VarE does not exist"),
    # A resource variable read before any initializer ran in the session at all: "Container
    # localhost does not exist. (Could not find resource: localhost/accuracy/count)".
    re.compile(r"Could not find resource: [\w.\-]+/([\w/.\-]+)\)"),
)
MESSAGES = (r"Attempting to use uninitialized value", r"uninitialized",
            r"Could not find variable [\w/.\-]+\.", r"Error while reading resource variable",
            r"Resource [\w.\-]+/[\w/.\-]+/N\d+tensorflow\d+VarE does not exist",
            r"Could not find resource: [\w.\-]+/[\w/.\-]+\)")
READ_SUFFIXES = ("/Read/ReadVariableOp", "/read", "/ReadVariableOp",
                 "/IsInitialized/VarIsInitializedOp")
SAVE_OP_TYPES = {"SaveV2", "Save", "SaveSlices", "MergeV2Checkpoints"}


def variable_names_in(evidence) -> list[str]:
    names = []
    for pattern in PATTERNS:
        for match in pattern.finditer(evidence.message):
            name = match.group(1).rstrip(".")
            if name not in names:
                names.append(name)
    op = evidence.op
    if op is not None and not names:
        name = op.name
        for suffix in READ_SUFFIXES:
            if name.endswith(suffix):
                names.append(name[: -len(suffix)])
    return names


def is_uninitialized_error(evidence) -> bool:
    if evidence.error_type not in ("FailedPreconditionError", "NotFoundError"):
        return False
    text = evidence.message
    return "uninitialized" in text or "Could not find variable" in text or \
        "Error while reading resource variable" in text


def failing_session(evidence):
    return evidence.frame_local("self", hooks.is_session)


def session_creation_line(evidence, before_line: int | None):
    """Body line of the last ``...Session(...)`` made in this cell before ``before_line``."""
    if evidence.tree is None:
        return None
    lines = []
    for call in astutil.calls(evidence.tree):
        if astutil.last_part(call) in ("Session", "InteractiveSession", "MonitoredSession",
                                       "MonitoredTrainingSession"):
            line = evidence.body_line_of(call)
            if before_line is None or line <= before_line:
                lines.append(line)
    return max(lines) if lines else None


def _failing_read(evidence):
    """(variable names TensorFlow reports, the first one's ledger record, the session that
    ran, whether the run was a save): what every row of this family starts from."""
    names = variable_names_in(evidence)
    records = [r for name in names for r in evidence.records_named(name)]
    op_type = getattr(evidence.op, "type", "")
    saving = op_type in SAVE_OP_TYPES or any(
        f.f_code.co_name in ("save", "_save") and "saver" in f.f_code.co_filename
        for f in evidence.tb_frames)
    return names, (records[0] if records else None), failing_session(evidence), saving


def uninitialized(evidence) -> Finding | None:
    """A graph variable read (or saved) before an initializer gave it a value.

    ``FailedPreconditionError: Could not find variable dense_w. This could mean that the
    variable has been deleted. In TF1, it can also mean the variable is uninitialized.``
    """
    names, record, session, saving = _failing_read(evidence)
    events = _initializer_runs(evidence, session) or []
    raise_line = evidence.raise_line
    culprits = [_short(n) for n in names]
    session_line = session_creation_line(evidence, raise_line)
    graph_records = _same_graph(evidence, record)
    what = "saving" if saving else "reading"
    if events:
        last = events[-1]
        covered = any(_short(n) in {_short(t) for t in e.names} for e in events for n in names)
        ran_at = phrases.line_ref(last.line, last.cell, evidence)
        if not covered:
            targets = {_short(t) for e in events for t in e.names}
            culprits = _in_creation_order(culprits + [
                r.short_name for r in graph_records
                if r.initialized is not True and r.short_name not in targets], graph_records)
            culprits = culprits[:11]
            record = _record_of(culprits[0], graph_records) or record
    else:
        culprits = _in_creation_order(culprits + [
            r.short_name for r in graph_records if r.initialized is not True], graph_records)
        count = len(culprits)
        culprits = culprits[:11]
        record = _record_of(culprits[0], graph_records) or record if culprits else record
    # From here on ``record`` is the first-created of the variables quoted: TensorFlow names
    # whichever uninitialized variable its scheduler read first, which varies between runs.
    created = _where(record, evidence)
    line, cell = (record.line, record.cell) if record else (raise_line, None)
    links: list[dict] = []
    # Time order only from the timeline's sequence: the variable's creation against the
    # initializer's run (None where either was not recorded).
    made = _creation_event(evidence, record)
    run = events[-1] if events else None
    order = None if made is None or run is None else (made.seq > run.seq)
    if events:
        if not covered:
            initializer = _initializer_op(session, last)
            built = _initializer_built_at(evidence, initializer)
            ran_link = provenance.fact(evidence, in_cell_label(evidence, last.cell), last.line,
                                       "the initializer ran (timeline)")
            if order is True:
                site = _builder_call(made, record.cell)
                layer = _layer_made_after(evidence, record, last) if site is None else None
                if site is not None:
                    # The call that ran it after the initializer came too late.
                    line, cell = site
                    created = (f" by the call at {phrases.line_ref(line, cell, evidence)} "
                               f"(at {phrases.line_ref(record.line, record.cell, evidence)})")
                elif layer is not None:
                    name, origin = layer
                    line, cell = origin.line, origin.cell
                    created = (f" at {phrases.line_ref(record.line, record.cell, evidence)} "
                               f"by {name} (made at {origin.where(evidence)})")
                made_link = provenance.fact(
                    evidence, in_cell_label(evidence, cell if layer is None else record.cell),
                    line if layer is None else record.line,
                    f"'{record.short_name}' created after that run (timeline)")
                links = [ran_link, made_link] + (
                    [provenance.fact(evidence, origin.cell, origin.line,
                                     f"{name}, which owns it, made in a later cell")]
                    if layer is not None else [])
                summary = (f"{phrases.quote(culprits)} {phrases.was(culprits)} "
                           f"created{created} after the "
                           f"initializer ran at {ran_at}, so that initializer never covered "
                           f"{phrases.them(culprits)}; {what} {phrases.them(culprits)} fails.")
                if layer is not None:
                    culprits.append(layer[0])
            elif built is not None and order is False and \
                    _built_before_variable(initializer, record):
                # The graph numbers its ops in creation order: the initializer op came before
                # the variable's, and an initializer covers what exists when it is built.
                line, cell = built[1], built[0]
                links = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                         "the initializer op was built (its traceback)"),
                         provenance.fact(evidence, in_cell_label(evidence, record.cell),
                                         record.line, f"'{record.short_name}' created, before "
                                         "the run but not covered by it (timeline)"),
                         ran_link]
                summary = (f"The initializer was built at "
                           f"{phrases.line_ref(built[1], built[0], evidence)}, before "
                           f"{phrases.quote(culprits)} {phrases.was(culprits)} "
                           f"created{created}; an initializer only "
                           f"covers variables that exist when it is built, so running it at "
                           f"{ran_at} left {phrases.quote(culprits)} without a value.")
            else:
                if built is not None:
                    line, cell = built[1], built[0]
                    links = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                             "the initializer op was built (its traceback)"),
                             ran_link]
                summary = (f"The initializer that ran at {ran_at} covers only "
                           f"{phrases.quote(sorted(targets)[:5])}, not {phrases.quote(culprits)}; "
                           f"{what} it fails.")
            fix = ("Build the whole model (optimizer slots included, e.g. the `minimize()` "
                   "call) before calling `global_variables_initializer()`, and run the "
                   "initializer after the last variable is created — or initialize the new "
                   "variables with `tf.compat.v1.variables_initializer([...])`.")
        else:
            summary = (f"{phrases.quote(culprits)} has no value in this session although an "
                       "initializer "
                       f"ran at {ran_at}; it was re-created or the session is a different one.")
            fix = "Run the initializer in the same session that reads the variable."
    else:
        first = culprits[:1]
        others = f" (and {count - 1} more)" if count > 1 else ""
        summary = (f"{phrases.quote(first)}{others} {phrases.was(first)} "
                   f"created{created} but "
                   f"no initializer was seen running in this session, so {what} "
                   f"{phrases.them(first)} fails.")
        fix = ("Run `sess.run(tf.compat.v1.global_variables_initializer())` right after "
               "creating the session"
               + (f" ({phrases.line_ref(session_line, None, evidence)})" if session_line else "")
               + f", before {'saving' if saving else 'the first sess.run'}; or restore the "
               "variables from a checkpoint.")
        if saving and session_line is not None:
            # Saving reads every variable: the missing step belongs to the session, not to one
            # variable (TensorFlow names an arbitrary one of them).
            line, cell = session_line, None
        opened = evidence.timeline.of(tl.SESSION_CREATED, session=session) \
            if evidence.timeline is not None and session is not None else []
        if opened and record is not None:
            # The timeline saw the session from its creation: no initializer run since is a
            # recorded absence, not a gap in what was seen.
            links = [provenance.fact(evidence, in_cell_label(evidence, opened[-1].cell),
                                     opened[-1].line, "the session was created, and no "
                                     "initializer run was recorded in it since (timeline)"),
                     provenance.fact(evidence, in_cell_label(evidence, record.cell),
                                     record.line, f"'{record.short_name}' created")]
    scope = _common_scope(culprits)
    if record is not None and record.owner and record.owner not in culprits:
        culprits.append(record.owner)
    if scope and scope not in culprits:
        culprits.append(scope)
    return Finding(kind="uninitialized_variable", severity="error", line=line,
                   raise_line=raise_line, cell=None if evidence.in_this_cell(cell) else cell,
                   culprits=culprits, summary=summary, fix=fix, rule="uninitialized",
                   evidence=links)


def initial_value_reads_variable(evidence) -> Finding | None:
    """The failing run *is* the initializer: one variable's initial value reads another
    variable, and an initializer runs every variable's initializer together, in no fixed
    order, so the value read may not be there yet.

    ``FailedPreconditionError: Could not find variable label_counts ... uninitialized``
    raised by ``sess.run(global_variables_initializer())`` at the node ``Sum/ReadVariableOp``
    that ``prior_bias = tf.Variable(tf.math.log(label_counts / ...))`` made.

    The chain: the run's fetches are an initializer covering the variable TensorFlow names
    (the graph's own ops); the failing node was created at a line where the ledger saw another
    variable created, which that initializer covers too. Anything less stays with the rows
    below.
    """
    names, record, session, _ = _failing_read(evidence)
    site = evidence.node_site()
    fetches = evidence.frame_local("fetches", function="run")
    if not names or record is None or site is None or fetches is None:
        return None
    items = list(fetches) if type(fetches) in (list, tuple) else \
        list(fetches.values()) if type(fetches) is dict else [fetches]
    covered = set()
    for item in items:
        if hooks.fetch_kind(item) == "op":
            covered.update(_short(t) for t in probe.initializer_targets(item))
    if _short(names[0]) not in covered:
        return None
    readers = [r for r in _same_graph(evidence, record)
               if (r.cell, r.line) == (site.label, site.line)
               and r.short_name != _short(names[0]) and r.short_name in covered]
    if not readers:
        return None
    reader = readers[0]
    read = _short(names[0])
    cell = None if evidence.in_this_cell(site.label) else site.label
    made = phrases.line_ref(site.line, cell, evidence)
    ran = phrases.line_ref(evidence.raise_line, None, evidence)
    summary = (f"'{reader.short_name}' takes its initial value (at {made}) from the variable "
               f"'{read}', and the initializer run at {ran} runs every variable's initializer "
               f"together, in no fixed order: '{read}' had no value yet when the initializer of "
               f"'{reader.short_name}' read it.")
    fix = (f"Compute the initial value of '{reader.short_name}' from the data '{read}' was made "
           f"from (a NumPy array or constant), or from `{read}.initialized_value()`; or run "
           f"`{read}.initializer` before the other initializers.")
    links = [provenance.fact(evidence, None, evidence.raise_line,
                             f"this run is the initializer covering '{read}' and "
                             f"'{reader.short_name}' (its fetches)"),
             provenance.fact(evidence, in_cell_label(evidence, cell), site.line,
                             f"the op that read '{read}' was made here, where "
                             f"'{reader.short_name}' is created (op traceback, ledger)")]
    return Finding(kind="uninitialized_variable", severity="error", line=site.line,
                   raise_line=evidence.raise_line, cell=cell,
                   culprits=[reader.short_name, read], summary=summary, fix=fix,
                   rule="uninitialized", evidence=links)


def _creation_event(evidence, record):
    """The timeline's creation event of a ledger record's variable (None: not recorded)."""
    if evidence.timeline is None or record is None:
        return None
    graph = record.graph_ref() if record.graph_ref is not None else None
    return evidence.timeline.created(record.tf_name or record.name, graph)


def _builder_call(event, defined_in):
    """(line, cell) of the call that ran a variable's builder, when a function defined in
    another cell (``defined_in``) made it: that call, not the function's line, is the statement
    to move. None when the cell's own code made it."""
    if event.site_line is not None and event.site_cell != defined_in:
        return event.site_line, event.site_cell
    return None


def _layer_made_after(evidence, record, run):
    """(name, Origin of its constructor call) of the Keras layer that owns ``record``'s
    variable, when exactly one name in the namespace holds a layer of that name, its chain
    ends at a call, and that call is in a cell that ran after the cell where the initializer
    ran (cells run in order): the layer itself was made after the initializer, so its
    construction is the statement to move. None otherwise."""
    if record is None or not record.owner or run is None:
        return None
    from ..liveobjects import is_layer

    names = [n for n, v in list(evidence.user_ns.items())
             if not n.startswith("_") and is_layer(v) and getattr(v, "name", None) == record.owner]
    if len(names) != 1:
        return None
    trail = provenance.made(evidence, names[0])
    origin = trail.origin if trail is not None else None
    if origin is None or not isinstance(provenance.value_of(origin), ast.Call):
        return None
    if origins.cell_order(evidence, origin.cell) <= \
            origins.cell_order(evidence, in_cell_label(evidence, run.cell)):
        return None
    return names[0], origin


def _graph_of(evidence, session, record):
    for graph in (getattr(evidence.op, "graph", None), getattr(session, "graph", None),
                  record.graph_ref() if record is not None and record.graph_ref else None):
        if graph is not None:
            return graph
    return None


def _initializer_runs(evidence, session):
    """Timeline initializer runs of ``session`` (None when no timeline was kept)."""
    if evidence.timeline is None or session is None:
        return None
    return evidence.timeline.of(tl.INITIALIZER_RUN, session=session)


INITIALIZER_CALLS = ("global_variables_initializer", "variables_initializer",
                     "initialize_all_variables", "initialize_variables",
                     "local_variables_initializer", "initialize_local_variables")


def _initializer_run_in_code(evidence, session, graph):
    """(cell, body line, session name) of the newest ``other.run(...initializer...)`` in the
    cells' code before the failure, where ``other`` is now a live session on ``graph`` other
    than ``session``: the evidence left by a cell that ran without the timeline."""
    limit = origins.raise_limit(evidence)
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        runs = []
        for call in astutil.calls(tree):
            receiver = call.func.value if isinstance(call.func, ast.Attribute) and \
                call.func.attr == "run" else None
            if not isinstance(receiver, ast.Name) or \
                    (label is None and limit is not None and call.lineno >= limit):
                continue
            initializes = any(astutil.last_part(c) in INITIALIZER_CALLS
                              for c in astutil.calls(call)) or any(
                isinstance(n, ast.Attribute) and n.attr == "initializer"
                for n in ast.walk(call))
            other = evidence.value(receiver.id)
            if initializes and other is not session and hooks.is_session(other) and \
                    graph is not None and getattr(other, "graph", None) is graph:
                runs.append((label, call.lineno - offset, receiver.id))
        if runs:
            return runs[-1]
    return None


def local_variable_left_out(evidence) -> Finding | None:
    """A LOCAL variable (a metric's running total) that ``global_variables_initializer`` never
    covers: the cause is the initializer run that should have included the local one.

    ``NotFoundError: Could not find variable rmse_metric/count. ... uninitialized``
    """
    names, record, session, _ = _failing_read(evidence)
    graph = _graph_of(evidence, session, record)
    local = set(evidence.collection_names(graph, "local_variables"))
    wanted = [_short(n) for n in names if _short(n) in local]
    if not wanted:
        return None
    runs = _initializer_runs(evidence, session) or []
    covering = [e for e in runs if set(wanted) & set(e.names)]
    if covering:
        return None
    # Every local variable no run covered, in creation order: which one TensorFlow's message
    # names varies between runs.
    covered = {n for e in runs for n in e.names}
    wanted = [n for n in evidence.collection_names(graph, "local_variables")
              if n not in covered] or wanted
    culprits = wanted[:6] + ["local_variables_initializer"]
    if runs:
        last = runs[-1]
        where = phrases.line_ref(last.line, last.cell, evidence)
        line, cell = last.line, last.cell
        links = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                 "the initializer ran, covering no local variable (timeline)")]
        built = _initializer_built_at(evidence, _initializer_op(session, last))
        if built is not None and built != (last.cell, last.line):
            # Where the initializer that ran was built (its op's traceback): the local
            # initializer joins it there (``tf.group(global..., local...)``).
            cell, line = built
            links.append(provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                         "the initializer op was built (its traceback)"))
        summary = (f"{phrases.quote(wanted)} {phrases.is_are(wanted)} "
                   f"{'a local variable' if len(wanted) == 1 else 'local variables'} "
                   f"(tf.compat.v1.metrics keep their running totals in LOCAL_VARIABLES); the "
                   f"initializer run at {where} covers "
                   + ("no variables" if not last.names else
                      f"{phrases.plural(len(last.names), 'variable')}"
                      + (", not a local one" if len(last.names) == 1 else ", none of them local"))
                   + ", so the metric's totals have no value.")
    else:
        line, cell, links = evidence.raise_line, None, []
        summary = (f"{phrases.quote(wanted)} {phrases.is_are(wanted)} "
                   f"{'a local variable' if len(wanted) == 1 else 'local variables'} "
                   "(tf.compat.v1.metrics keep their running totals in LOCAL_VARIABLES) and no "
                   f"initializer covering {phrases.them(wanted)} was seen running in this "
                   "session.")
    return Finding(
        kind="uninitialized_variable", severity="error", line=line,
        raise_line=evidence.raise_line, cell=None if evidence.in_this_cell(cell) else cell,
        culprits=culprits, summary=summary,
        fix=("Also run `tf.compat.v1.local_variables_initializer()` (e.g. "
             "`sess.run([tf.compat.v1.global_variables_initializer(), "
             "tf.compat.v1.local_variables_initializer()])`)."),
        evidence=links)


TABLE_NOT_INITIALIZED = (r"Table not initialized",)


def ran_variable_initializer(evidence) -> bool:
    """The gate of ``table_left_out``: the failing session ran a variable initializer."""
    return bool(_initializer_runs(evidence, failing_session(evidence)))


def table_left_out(evidence) -> Finding | None:
    """A ``tf.lookup`` table read in a session where only the variable initializer ran: tables
    are initialized by ``tf.compat.v1.tables_initializer()``, which no cell calls. The cause is
    where the initializer that did run was built (its op's traceback; the run's line when built
    inline), where the tables' initializer joins it.

    ``FailedPreconditionError: ... Table not initialized. [[{{node hash_table_Lookup/...}}]]``
    """
    session = failing_session(evidence)
    runs = _initializer_runs(evidence, session)
    if not runs or any("tables_initializer" in ast.unparse(tree)
                       for _, _, _, tree in origins.cells_newest_first(evidence)):
        return None
    last = runs[-1]
    built = _initializer_built_at(evidence, _initializer_op(session, last)) or \
        (last.cell, last.line)
    cell, line = built
    ran_at = phrases.line_ref(last.line, last.cell, evidence)
    node = evidence.parsed.node or "a lookup"
    links = [provenance.fact(evidence, in_cell_label(evidence, last.cell), last.line,
                             "the variable initializer ran; no cell runs tables_initializer "
                             "(timeline, cells' code)")]
    if (cell, line) != (last.cell, last.line):
        links.append(provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                     "the initializer op was built (its traceback)"))
    return Finding(
        kind="uninitialized_variable", severity="error", line=line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
        culprits=["tables_initializer", node],
        summary=(f"`{node}` reads a lookup table that has no contents yet: tables are filled by "
                 "`tf.compat.v1.tables_initializer()`, not by the variable initializer that ran "
                 f"at {ran_at}, and no cell runs it."),
        fix=("Run the tables' initializer too: `sess.run([tf.compat.v1.global_variables_"
             "initializer(), tf.compat.v1.tables_initializer()])`."),
        evidence=links)


def partial_restore(evidence) -> Finding | None:
    """A Saver restored only part of the graph into this session and no initializer covered
    the rest: the cause is the restore (its Saver's ``var_list``).

    ``FailedPreconditionError: ... Error while reading resource variable new_head/kernel ...``
    """
    names, record, session, _ = _failing_read(evidence)
    if evidence.timeline is None or session is None:
        return None
    restores = [e for e in evidence.timeline.of(tl.RESTORE, session=session)
                if e.detail != "failed" and e.names]
    if not restores:
        return None
    wanted = [_short(n) for n in names]
    restored = {n for e in restores for n in e.names}
    initialized = {n for e in (_initializer_runs(evidence, session) or []) for n in e.names}
    missing = [n for n in wanted if n not in restored and n not in initialized]
    if not missing:
        return None
    last = restores[-1]
    graph = _graph_of(evidence, session, record)
    # In the graph's collection order (creation order), not TensorFlow's pick first: which
    # missing variable its message names varies between runs.
    collection = evidence.collection_names(graph, "variables")
    unset = [n for n in collection if n in missing or (n not in restored and n not in initialized)]
    unset += [n for n in missing if n not in unset]
    culprits = unset[:9] + ([_common_scope(unset)] if _common_scope(unset) else [])
    where = phrases.line_ref(last.line, last.cell, evidence)
    narrowed = _saver_narrowed(evidence, last, unset, graph)
    if narrowed is not None:
        return _narrowed_finding(evidence, narrowed, last, unset, culprits)
    newer = _created_after_saver(evidence, last, unset, graph)
    if newer is not None:
        saver_made, first = newer
        made_at = phrases.line_ref(first.line, first.cell, evidence)
        line, cell = first.line, first.cell
        site = _builder_call(first, first.cell)
        # Created before that Saver saved (timeline order): the model was complete when it
        # wrote the file, and only the Saver, made too early, left them out.
        saved = next((e for e in reversed(evidence.timeline.of(tl.SAVE))
                      if e.subject == saver_made.subject and first.seq < e.seq < last.seq),
                     None) if site is None else None
        premature = saved is not None
        if site is not None:
            line, cell = site
            made_at = (f"{made_at}, by the call at "
                       f"{phrases.line_ref(line, cell, evidence)}")
        elif premature:
            line, cell = saver_made.line, saver_made.cell
        summary = (f"{phrases.quote(unset[:4])} {phrases.was(unset)} created at {made_at}, "
                   f"after the Saver made at "
                   f"{phrases.line_ref(saver_made.line, saver_made.cell, evidence)}"
                   + (f" and before it saved at {phrases.line_ref(saved.line, saved.cell, evidence)}"
                      if premature else "") + ": a Saver "
                   "saves and restores the variables that exist when it is made, so the "
                   f"restore at {where} did not cover {phrases.them(unset)}, and no "
                   f"initializer covering {phrases.them(unset)} was seen running in this "
                   "session.")
        return Finding(
            kind="uninitialized_variable", severity="error", line=line,
            raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
            culprits=culprits + (["Saver"] if premature else []), summary=summary,
            fix=(("Make the Saver after the whole model is built (below the last variable "
                  "it should save), " if premature else
                  "Create every variable before the Saver (build the model once, and reuse its "
                  "tensors instead of building it again), ")
                 + "or initialize the new ones after the restore: "
                 "`sess.run(tf.compat.v1.variables_initializer([...]))`."),
            evidence=[provenance.fact(evidence, in_cell_label(evidence, saver_made.cell),
                                      saver_made.line, "the Saver was made (timeline)"),
                      provenance.fact(evidence, in_cell_label(evidence, first.cell
                                                              if premature else cell),
                                      first.line if premature else line,
                                      f"'{unset[0]}' created after it (timeline)"),
                      provenance.fact(evidence, in_cell_label(evidence, last.cell), last.line,
                                      "the restore loaded only its Saver's var_list "
                                      "(timeline)")])
    summary = (f"The restore at {where} loaded only {phrases.quote(sorted(restored))} (its "
               f"Saver's var_list); {phrases.quote(unset[:4])} "
               f"{phrases.was(unset)} neither restored nor initialized — no "
               "initializer covering them was seen running in this session.")
    return Finding(
        kind="uninitialized_variable", severity="error", line=last.line,
        raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(last.cell) else last.cell, culprits=culprits,
        summary=summary,
        fix=("Initialize the variables the checkpoint does not hold: run "
             "`tf.compat.v1.global_variables_initializer()` before the restore, or "
             "`tf.compat.v1.variables_initializer([...new variables...])` after it."),
        evidence=[provenance.fact(evidence, in_cell_label(evidence, last.cell), last.line,
                                  "the restore loaded only its Saver's var_list (timeline)")])


def _saver_narrowed(evidence, restore, names, graph):
    """(the Saver's creation event, the save event, whether that Saver wrote it) when the Saver
    that restored was given a ``var_list`` without ``names`` and either

    * itself wrote the checkpoint it restores, after every one of ``names`` was created: its
      var_list left them out of the file too; or
    * another Saver wrote that path with every one of ``names`` in it, and they existed in the
      restoring graph when the narrowing Saver was made: the file holds them, the var_list
      passed them over.

    None otherwise (the file does not hold them, or they are newer than the Saver: they are
    new, and want an initializer)."""
    timeline = evidence.timeline
    if restore.subject is None or not restore.path:
        return None
    made = [e for e in timeline.of(tl.SAVER_CREATED)
            if e.subject == restore.subject and e.seq < restore.seq]
    if not made or not made[-1].names:
        return None
    made = made[-1]
    saves = [e for e in timeline.of(tl.SAVE) if e.seq < restore.seq and e.detail != "failed"
             and e.path == restore.path]
    own = [e for e in saves if e.subject == restore.subject and e.seq > made.seq]
    if own:
        before = own[-1].seq
    else:
        own = [e for e in saves if e.subject != restore.subject and set(names) <= set(e.names)]
        if not own:
            return None
        before = made.seq
    for name in names:
        created = timeline.created(name, graph=graph)
        if created is None or created.seq > before:
            return None
    return made, own[-1], own[-1].subject == restore.subject


def _created_after_saver(evidence, restore, names, graph):
    """(the Saver's creation event, the first of ``names``' creation events) when the Saver
    that restored was made with no var_list (it covers what existed then) and every one of
    ``names`` was created after it, in the timeline's order. None otherwise."""
    timeline = evidence.timeline
    if restore.subject is None or not names:
        return None
    made = [e for e in timeline.of(tl.SAVER_CREATED)
            if e.subject == restore.subject and e.seq < restore.seq]
    if not made or made[-1].names:
        return None
    created = [timeline.created(name, graph=graph) for name in names]
    if any(event is None or event.seq < made[-1].seq for event in created):
        return None
    first = min(created, key=lambda event: event.seq)
    return made[-1], first


def _narrowed_finding(evidence, narrowed, restore, unset, culprits) -> Finding:
    made, save, wrote_it = narrowed
    made_at = phrases.line_ref(made.line, made.cell, evidence)
    saved_at = phrases.line_ref(save.line, save.cell, evidence)
    restored_at = phrases.line_ref(restore.line, restore.cell, evidence)
    summary = (f"The Saver made at {made_at} was given a var_list of "
               f"{phrases.plural(len(made.names), 'variable')} without "
               f"{phrases.quote(unset[:4])}; "
               + (f"it wrote the checkpoint at {saved_at} without {phrases.them(unset)}, so the "
                  f"restore at {restored_at} could not load {phrases.them(unset)}"
                  if wrote_it else
                  f"the checkpoint written at {saved_at} holds {phrases.them(unset)}, but the "
                  f"restore at {restored_at} loads only that var_list")
               + f", and no initializer covering {phrases.them(unset)} was "
               "seen running in this session.")
    return Finding(
        kind="uninitialized_variable", severity="error", line=made.line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, made.cell),
        culprits=culprits + ["var_list"], summary=summary,
        fix=(f"Give the Saver every variable the model reads at {made_at} (e.g. "
             "`var_list=tf.compat.v1.global_variables()`, which also holds non-trainable "
             "ones such as moving statistics)" + (" and save again" if wrote_it else "")
             + "; or initialize those variables before the restore."),
        evidence=[provenance.fact(evidence, in_cell_label(evidence, made.cell), made.line,
                                  "Saver created with a var_list (timeline)"),
                  provenance.fact(evidence, in_cell_label(evidence, save.cell), save.line,
                                  "that Saver wrote the checkpoint (timeline)" if wrote_it else
                                  "another Saver wrote the checkpoint with them (timeline)"),
                  provenance.fact(evidence, in_cell_label(evidence, restore.cell),
                                  restore.line, "that Saver restored it (timeline)")])


def initialized_in_other_session(evidence) -> Finding | None:
    """An initializer covered the variable, but in another session than the one that reads
    it: variable values live per session.

    ``FailedPreconditionError: ... Attempting to use uninitialized value encoder_w``
    """
    names, record, session, saving = _failing_read(evidence)
    if evidence.timeline is None or session is None:
        return None
    if _initializer_runs(evidence, session):
        return None
    wanted = {_short(n) for n in names}
    graph = _graph_of(evidence, session, record)
    elsewhere = [e for e in evidence.timeline.of(tl.INITIALIZER_RUN, graph=graph)
                 if e.session != id(session) and wanted & set(e.names)]
    in_code = None if elsewhere else _initializer_run_in_code(evidence, session, graph)
    if not elsewhere and in_code is None:
        return None
    created = evidence.timeline.of(tl.SESSION_CREATED, session=session)
    made = f" (created at {phrases.line_ref(created[-1].line, created[-1].cell, evidence)})" \
        if created else ""
    what = "saves" if saving else "reads"
    # The variables in creation order, not the one TensorFlow's message happens to name (its
    # scheduler's pick varies between runs): those the other session's initializer covered,
    # else every variable of the graph (this session ran no initializer at all).
    graph_order = evidence.collection_names(graph, "variables")
    if elsewhere:
        ran = elsewhere[-1]
        shown = [n for n in graph_order if n in set(ran.names)] or sorted(wanted)
        summary = (f"{phrases.quote(shown)} {phrases.was(shown)} initialized at "
                   f"{phrases.line_ref(ran.line, ran.cell, evidence)} in another session; the "
                   f"session that {what} {phrases.them(shown)} here{made} never ran an "
                   "initializer that was seen, and variable values live per session.")
    else:
        cell, line, other_name = in_code
        shown = graph_order or sorted(wanted)
        summary = (f"{other_name}, another session on the same graph, runs an initializer at "
                   f"{phrases.line_ref(line, cell, evidence)} (that run was not recorded, "
                   "so which variables it covered is not known); the session that "
                   f"{what} {phrases.quote(shown)} here{made} never ran an "
                   "initializer that was seen, and variable values live per session.")
    return Finding(
        kind="uninitialized_variable", severity="error", line=evidence.raise_line,
        raise_line=evidence.raise_line, culprits=shown[:10], summary=summary,
        fix=("Use the session that initialized (and trained) the variables, or initialize or "
             "restore them in this one first."),
        rule="uninitialized")


def _initializer_op(session, event):
    """The initializer op a recorded run fetched, from the session's graph (None: gone)."""
    try:
        return session.graph.get_operation_by_name(event.detail)
    except Exception:  # noqa: BLE001
        return None


def _built_before_variable(initializer, record) -> bool:
    """Whether the initializer op that ran was added to the graph before the variable."""
    variable = record.alive() if record is not None else None
    return runtime.built_before(initializer, getattr(variable, "op", None)) is True


def _initializer_built_at(evidence, initializer):
    """(cell label, body line) where the initializer op that ran was built, if in a cell."""
    if initializer is None:
        return None
    frames = evidence.cell_frames_of(errors.op_traceback(initializer))
    if not frames:
        return None
    return frames[-1].label, frames[-1].line


def _same_graph(evidence, record) -> list:
    if record is None or record.graph_ref is None:
        return []
    graph = record.graph_ref()
    return [r for r in evidence.all_records if r.graph_ref is not None and r.graph_ref() is graph]


def _in_creation_order(names, graph_records) -> list[str]:
    """``names`` without repeats, the variables of ``graph_records`` (ledger order = creation
    order) first in the order they were created, names the ledger never saw after them."""
    created = {}
    for index, record in enumerate(graph_records):
        for name in (record.short_name, _short(record.tf_name or "")):
            if name:
                created.setdefault(name, index)
    return sorted(dict.fromkeys(names), key=lambda name: created.get(name, len(created)))


def _record_of(name, graph_records):
    return next((r for r in graph_records
                 if name in (r.short_name, _short(r.tf_name or ""))), None)


def _where(record, evidence) -> str:
    return "" if record is None else phrases.at_line(record.line, record.cell, evidence)


def _short(name: str) -> str:
    return re.sub(r":\d+$", "", name)


def _common_scope(names) -> str:
    """The top-level scope all ``names`` share ("rnn/"), else "": the scope of the one
    variable TensorFlow happened to name would change with the run."""
    scopes = {name.split("/", 1)[0] + "/" if "/" in name else "" for name in names}
    return scopes.pop() if len(scopes) == 1 else ""


def uninitialized_warnings(evidence) -> list[Finding]:
    """Variables this cell created that a live session has not initialized (checked at the
    end of the cell by the ledger)."""
    if evidence.exc is not None:
        return []
    left = [r for r in evidence.records if r.initialized is False]
    if not left:
        return []
    first = left[0]
    names = [r.short_name for r in left]
    shown = phrases.quote(names)
    return [Finding(
        kind="uninitialized_variable", severity="warning", line=first.line,
        cell=None if evidence.in_this_cell(first.cell) else first.cell, culprits=names[:10],
        summary=(f"{shown} {phrases.is_are(names)} not initialized in the live "
                 "session: the first sess.run that reads them will fail."),
        fix=("Run `sess.run(tf.compat.v1.global_variables_initializer())` after the last "
             "variable (optimizer slots included) is created, or initialize just these with "
             "`tf.compat.v1.variables_initializer([...])`."),
        rule="uninitialized")]


def closed_session_warning(evidence, sessions: list[tuple[str, object]], graph_label: str,
                           total: int, where: str = "") -> Finding:
    """``%tfgraph``: the sessions of the graph being worked on are all closed, so none of its
    variables can be read or initialized through them. Where each was closed comes from the
    timeline, as in ``other.closed_session`` (the same ``state.session_closed_at``)."""
    from .. import state

    labels = ", ".join(f"`{label}`" for label, _ in sessions)
    closed_at = []
    for label, session in sessions:
        closed = state.session_closed_at(evidence.timeline, session)
        if closed is not None:
            closed_at.append(f"`{label}` {phrases.closed_clause(closed, evidence)}")
    return Finding(
        kind="uninitialized_variable", severity="warning",
        summary=(f"Session {labels} is closed"
                 + (f" ({'; '.join(closed_at)})" if closed_at else "")
                 + f": none of the {total} variable(s) of {graph_label}{where} can be read or "
                 "initialized through it."),
        fix=("Open a new session on the same graph and initialize or restore again: "
             "`sess = tf.compat.v1.Session()` then "
             "`sess.run(tf.compat.v1.global_variables_initializer())` (or "
             "`saver.restore(sess, path)`). Use `with tf.compat.v1.Session() as sess:` "
             "only around code that is done with the session when the block ends."),
        culprits=[label for label, _ in sessions], rule="closed_session")
