"""tf_function_variable_creation: variables created on a non-first call of a tf.function.

TensorFlow's message carries an "in user code" traceback; its frames that point into notebook
cells give the exact creating line.
"""

from __future__ import annotations

import re

from ...report import Finding

SYMPTOMS = ("tf.function only supports singleton tf.Variables",
            "tried to create variables on non-first call",
            "created on the first call")
FILE_LINE = re.compile(r'File "([^"]+)", line (\d+), in (\S+)')


def tf_function_variable_creation(evidence) -> Finding | None:
    if not any(s in evidence.message for s in SYMPTOMS):
        return None
    located = []
    for filename, lineno, function in FILE_LINE.findall(evidence.message):
        spot = evidence.registry.body_line(filename, int(lineno))
        if spot is not None:
            located.append((spot[0], spot[1], function))
    label, line, function = located[-1] if located else (None, evidence.raise_line, "")
    culprits = [function] if function and function != "<module>" else []
    in_call = function in ("call", "__call__")
    summary = ("A tf.Variable is created inside the traced function"
               + (f" '{function}'" if function else "") + f" at line {line}: tf.function "
               "traces more than once and may only create variables on its first call.")
    fix = ("Create the variable once outside the function (in __init__ or build, or as a "
           "module-level variable) and only read or assign it inside"
           + ("; in a Keras layer create sublayers and weights in __init__/build, not in call"
              if in_call else "") + ".")
    return Finding(kind="tf_function_variable_creation", severity="error", line=line,
                   raise_line=evidence.raise_line,
                   cell=None if evidence.in_this_cell(label) else label, culprits=culprits,
                   summary=summary, fix=fix, rule="function")
