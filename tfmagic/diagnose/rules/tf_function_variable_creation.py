"""tf_function_variable_creation: variables created on a non-first call of a tf.function.

TensorFlow's message carries an "in user code" traceback; its frames that point into notebook
cells give the exact creating line.
"""

from __future__ import annotations

import ast
import re

from ... import timeline as tl
from ..._tf import timeline_hooks
from ...report import Finding
from .. import astutil, origins, phrases, provenance

SYMPTOMS = (r"tf\.function only supports singleton tf\.Variables",
            r"tried to create variables on non-first call",
            r"created on the first call")
FILE_LINE = re.compile(r'File "([^"]+)", line (\d+), in (\S+)')
CALLING = re.compile(r"calling (\w+)\.(\w+)\(\)")


def tf_function_variable_creation(evidence) -> Finding | None:
    """A variable (or a layer that makes one) created on a later trace of a tf.function.

    ``ValueError: tf.function only supports singleton tf.Variables created on the first call.
    Make sure the tf.Variable is only created once or created outside tf.function.``
    """
    located = _message_frames(evidence)
    if located:
        label, line, function = located[-1]
    else:
        frame = evidence.deepest_raise_frame()
        label, line, function = (frame.label, frame.line, frame.function) if frame else (
            None, evidence.raise_line, "")
    culprits = [function] if function and function != "<module>" else []
    calling = CALLING.search(evidence.message)
    if calling:
        culprits.insert(0, f"{calling.group(1)}.{calling.group(2)}")
    layer_line, layer_class = _layer_made_in_function(evidence, label, line)
    if layer_line is not None:
        line = layer_line
        culprits.append(layer_class)
    in_call = function in ("call", "__call__")
    summary = ("A tf.Variable is created inside the traced function"
               + (f" '{function}'" if function else "")
               + f" at {phrases.line_ref(line, label, evidence)}: tf.function "
               "traces more than once and may only create variables on its first call."
               + _with_story(trace_story(evidence, function, evidence.user_ns.get(function))))
    fix = ("Create the variable once outside the function (in __init__ or build, or as a "
           "module-level variable) and only read or assign it inside"
           + ("; in a Keras layer create sublayers and weights in __init__/build, not in call"
              if in_call else "") + ".")
    where = None if evidence.in_this_cell(label) else label
    source = "TensorFlow's message" if located else "the traceback"
    return Finding(kind="tf_function_variable_creation", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=where, culprits=culprits,
                   summary=summary, fix=fix, rule="function",
                   evidence=[provenance.fact(evidence, where, line,
                                             "a variable is created inside the traced "
                                             f"function{' ' + function if function else ''} "
                                             f"({source})")])


def trace_story(evidence, function: str, traced=None) -> str:
    """What the timeline recorded of the function's traces, as sentences: which call started the
    trace that failed, whether tf.function had forbidden variables in it (it does once an
    earlier trace created some), and which trace created variables, where. "" when the timeline
    has no trace of it (not recorded, or a name it did not see)."""
    found = _traces(evidence, function, traced)
    if found is None:
        return ""
    function, failing, creators = found
    started = phrases.line_ref(failing.line, failing.cell, evidence)
    story = [f"The trace of '{function}' that failed was started by the call at {started}"]
    if failing.detail == tl.TRACE_VARIABLES_FORBIDDEN:
        story.append(", a trace in which tf.function forbids new variables because an earlier "
                     "trace of it created some")
    story.append(".")
    if creators:
        first, made = creators[0]
        at = phrases.line_ref(made[0].line, made[0].cell, evidence)
        created = (f"{phrases.plural(len(made), 'variable')}, the first at {at}"
                   if len(made) > 1 else f"a variable at {at}")
        if (first.cell, first.line) == (failing.cell, failing.line):
            story.append(f" A call at that same line had traced it before, and that trace created "
                         f"{created}.")
        else:
            story.append(" The trace that created its variables was started by the call at "
                         f"{phrases.line_ref(first.line, first.cell, evidence)} ({created}).")
    return "".join(story)


def _traces(evidence, function: str, traced=None):
    """(function name, the trace that failed, [(earlier trace, variables it created)]) from
    the timeline; None when it recorded no trace of it."""
    if evidence.timeline is None or not function:
        return None
    key = timeline_hooks.function_key(traced) if traced is not None else None
    traces = evidence.timeline.traces(name=function, subject=key)
    if not traces:
        # The variable is made in code a tf.function of someone else's runs (a Keras layer's
        # ``call`` inside Keras's train step): the innermost trace that failed in this cell.
        failed = [t for t in evidence.timeline.traces() if t.failed and
                  evidence.in_this_cell(t.site_cell) and t.names]
        if not failed:
            return None
        function = failed[-1].names[0]
        traces = evidence.timeline.traces(subject=failed[-1].subject)
    failing = next((t for t in reversed(traces) if t.failed), traces[-1])
    traces = [t for t in traces if t.subject == failing.subject and t.seq <= failing.seq]
    creators = [(t, made) for t in traces[:-1] if t.detail == tl.TRACE_VARIABLES_ALLOWED
                for made in [evidence.timeline.inside(t)] if made]
    return function, failing, creators


def _with_story(story: str) -> str:
    return " " + story if story else ""


def _layer_made_in_function(evidence, label, line):
    """(body line, class) when the statement at ``line`` of cell ``label`` calls a local made
    from a class inside the same function (``proj = Dense(4)`` then ``proj(x)``): a new layer,
    with new variables, on every trace."""
    found = origins.cell(evidence, None if evidence.in_this_cell(label) else label)
    if found is None:
        return None, None
    _, offset, tree = found
    file_line = line + offset
    stmt = evidence.statement_at(line, label)
    if stmt is None:
        return None, None
    called = {c.func.id for c in astutil.calls(stmt) if isinstance(c.func, ast.Name)}
    for func in astutil.function_defs(tree):
        if not astutil.contains(func, file_line):
            continue
        for name in called:
            # The statement that bound the name itself (not ``net.trainable = False``).
            made = next((n for n in reversed(astutil.assignments_to(func, name))
                         if n.lineno <= file_line and origins.binds(n, name)), None)
            value = getattr(made, "value", None)
            if isinstance(value, ast.Call) and astutil.last_part(value)[:1].isupper():
                return made.lineno - offset, astutil.last_part(value)
    return None, None


def traced_for_rebound_global(evidence) -> Finding | None:
    """A ``tf.function`` reads a global name that, after the cell defining the function ran,
    was rebound to a new object (a fresh call result: a rebuilt model, a new layer or
    optimizer); the next trace runs the new object's first call inside the already-traced
    function, which creates its variables on a non-first call: the cause is the rebinding.

    ``ValueError: tf.function only supports singleton tf.Variables created on the first call.
    Make sure the tf.Variable is only created once or created outside tf.function.``
    """
    for _, _, function in reversed(_user_frames(evidence)):
        defined = _definition(evidence, function)
        if defined is None:
            continue
        defined_in, func = defined
        rebound = []
        for name in sorted(_globals_read(func)):
            made = provenance.assignment(evidence, name)
            if made is None or not isinstance(getattr(made.node, "value", None), ast.Call) \
                    or not _newer(made.cell, defined_in, evidence):
                continue
            value = evidence.value(name)
            owns_variables = hasattr(value, "trainable_variables") or hasattr(value, "variables")
            rebound.append((not owns_variables, name, made, value))
        if not rebound:
            continue
        _, name, made, value = min(rebound, key=lambda r: r[0])
        traced = evidence.value(function)
        count = getattr(traced, "experimental_get_tracing_count", lambda: None)()
        traced_text = f", traced {phrases.plural(count, 'time')}" if count else ""
        what = "model" if hasattr(value, "built") and hasattr(value, "layers") else "object"
        return Finding(
            kind="tf_function_variable_creation", severity="error", line=made.line,
            raise_line=evidence.raise_line, cell=made.cell, culprits=[name, function],
            summary=(f"{function} (a tf.function from {defined_in}{traced_text}) reads the "
                     f"global {name}, which was rebound to a new {what} at "
                     f"{made.where(evidence)}; when {function} traced again, the new {name} "
                     "created its variables inside it, and tf.function allows variables only "
                     "on its first call."
                     + _with_story(trace_story(evidence, function, traced))),
            fix=(f"Re-run the cell that defines {function} after rebuilding {name} (a new "
                 f"tf.function), build the new {what} before calling {function}, or pass it "
                 "in as an argument."),
            evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                      f"{function} traced again and created variables"),
                      provenance.fact(evidence, made.cell, made.line,
                                      f"the global {name} it reads was rebound, in a cell run "
                                      f"after {defined_in}")],
            rule="function")
    return None


def new_object_passed_each_call(evidence) -> Finding | None:
    """The statement that creates the variables inside a ``tf.function`` calls a method of
    one of its parameters (``optimizer.apply_gradients``), and the call that traced it again
    passes, for that parameter, a name a loop around that call rebinds to a new object before
    each pass (``opt = Adam()`` per experiment): the new argument retraces the function and its
    first use creates its variables in a trace that may not. The cause is that rebinding.

    ``ValueError: tf.function only supports singleton tf.Variables created on the first call.
    Make sure the tf.Variable is only created once or created outside tf.function.``
    """
    located = _message_frames(evidence)
    if not located or evidence.tree is None:
        return None
    label, line, function = located[-1]
    defined = _definition(evidence, function)
    traced = evidence.value(function)
    found = _traces(evidence, function, traced)
    if defined is None or found is None:
        return None
    _, failing, creators = found
    if not creators or not evidence.in_this_cell(failing.cell) or \
            (creators[0][0].cell, creators[0][0].line) != (failing.cell, failing.line):
        return None
    _, func = defined
    params = [a.arg for a in func.args.posonlyargs + func.args.args]
    stmt = evidence.statement_at(line, None if evidence.in_this_cell(label) else label)
    call_stmt = evidence.statement_at(failing.line, None)
    if stmt is None or call_stmt is None:
        return None
    receivers = {c.func.value.id for c in astutil.calls(stmt)
                 if isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name)}
    calls = [c for c in astutil.calls(call_stmt)
             if isinstance(c.func, ast.Name) and c.func.id == function]
    if len(calls) != 1:
        return None
    for param in (p for p in params if p in receivers):
        index = params.index(param)
        arg = calls[0].args[index] if index < len(calls[0].args) else \
            astutil.keyword(calls[0], param)
        if not isinstance(arg, ast.Name):
            continue
        made = provenance.assignment(evidence, arg.id)
        if made is None or made.cell is not None or \
                not isinstance(getattr(made.node, "value", None), ast.Call):
            continue
        loops = [n for n in ast.walk(evidence.tree) if isinstance(n, (ast.For, ast.While))
                 and astutil.contains(n, made.node.lineno) and astutil.contains(n, call_stmt.lineno)]
        if not loops:
            continue
        at = made.where(evidence)
        return Finding(
            kind="tf_function_variable_creation", severity="error", line=made.line,
            raise_line=evidence.raise_line, cell=None, culprits=[arg.id, function, param],
            summary=(f"{arg.id} is bound to a new object at {at} on every pass of the loop "
                     f"that calls {function} at {phrases.line_ref(failing.line, None, evidence)}"
                     f"; passed as {function}'s `{param}`, each new one makes tf.function trace "
                     f"again, and its first use inside ({phrases.line_ref(line, label, evidence)}) "
                     "creates variables in a trace that may not — tf.function allows variables "
                     "only on its first call." + _with_story(trace_story(evidence, function,
                                                                          traced))),
            fix=(f"Create {arg.id} once, before the loop, and pass that same object to "
                 f"{function} every time; or make a new tf.function for each new {arg.id}."),
            evidence=[provenance.fact(evidence, None, made.line,
                                      f"{arg.id} rebound to a new object inside the loop"),
                      provenance.fact(evidence, None, failing.line,
                                      f"{function} traced from this call before, and again "
                                      "now (timeline)"),
                      provenance.fact(evidence, None if evidence.in_this_cell(label) else label,
                                      line, f"a method of {param} creates the variables")],
            rule="function")
    return None


def _globals_read(func: ast.FunctionDef) -> set[str]:
    """Names a function body reads that are neither its parameters nor bound inside it."""
    arguments = func.args
    local = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    local |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    local |= {n.id for n in ast.walk(func) if isinstance(n, ast.Name)
              and isinstance(n.ctx, ast.Store)}
    return {n.id for n in ast.walk(func) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load) and n.id not in local}


def _message_frames(evidence):
    """(cell label, body line, function) of each frame of TensorFlow's "in user code"
    traceback that lies in a cell, outermost first."""
    located = []
    for filename, lineno, function in FILE_LINE.findall(evidence.message):
        spot = evidence.registry.body_line(filename, int(lineno))
        if spot is not None:
            located.append((spot[0], spot[1], function))
    return located


def _user_frames(evidence):
    return _message_frames(evidence) + [(f.label, f.line, f.function)
                                        for f in evidence.raise_frames
                                        if f.function not in ("<module>", "")]


def _definition(evidence, function: str):
    """(label, def node) of the newest cell that defines ``function``; None when none does."""
    for label, _, _, tree in origins.cells_newest_first(evidence):
        func = next((f for f in astutil.function_defs(tree) if f.name == function), None)
        if func is not None:
            return label or evidence.cell_label, func
    return None


def _newer(cell: str | None, than: str, evidence) -> bool:
    """Whether a statement in ``cell`` (None: the failing cell) ran in a later cell than
    ``than``."""
    def number(label):
        digits = (label or "")[3:-1]
        return int(digits) if digits.isdigit() else None

    mine = number(cell or evidence.cell_label)
    theirs = number(than)
    return mine is not None and theirs is not None and mine > theirs
