"""Which source files are notebook cells, and how their lines map to what the user sees.

IPython names each cell's code with a synthetic filename (``<ipython-input-N-hash>`` in a
terminal, ``/tmp/ipykernel_PID/HASH.py`` in a kernel) and records it in
``shell.compile._filename_map``.  A ``%%tfcheck`` body is compiled under its own filename with the
magic line kept as line 1, so its body line ``k`` is file line ``k + 1``; this module remembers
that offset so every line tfmagic reports is 1-based within the body, as the contract says.
"""

from __future__ import annotations

import functools
import linecache
import re
import sys
from dataclasses import dataclass

# IPython < 8 (Colab pins 7.34) keeps no filename -> number map; a terminal or in-process shell
# there names cells "<ipython-input-N-HASH>".
_IPYTHON7_NAME = re.compile(r"^<ipython-input-(\d+)-[0-9a-f]+>$")


@dataclass(frozen=True)
class CellInfo:
    """A cell's synthetic filename, its ``In[N]`` label and the offset of its body."""

    filename: str
    label: str
    offset: int = 0


class CellRegistry:
    """Maps cell filenames to labels; shared by the runner, the ledger and the diagnosis.

    Bounded: only the newest ``max_cells`` ``%%tfcheck`` bodies stay registered, and an older
    body's source copy leaves ``linecache`` with it (a kernel that runs a cell in a loop would
    otherwise keep every copy forever).
    """

    def __init__(self, shell=None, max_cells: int = 200):
        self.shell = shell
        self.max_cells = max_cells
        self._tfcheck_cells: dict[str, CellInfo] = {}
        # Filled by ``remember_cell`` where IPython keeps no ``_filename_map`` (IPython < 8).
        self._seen_cells: dict[str, int] = {}

    @staticmethod
    def needs_cell_hook(shell) -> bool:
        """True on IPython < 8, whose compiler keeps no filename -> cell number map."""
        return not hasattr(getattr(shell, "compile", None), "_filename_map")

    def remember_cell(self, info=None, *_):
        """``pre_run_cell`` hook for IPython < 8: the filename the cell about to run gets (the
        compiler names it from the raw and transformed code and the execution count, as
        ``run_cell`` does next), so tracebacks and records there map to ``In[N]`` too."""
        raw = getattr(info, "raw_cell", None)
        if not raw or self.shell is None:
            return
        try:
            number = self.shell.execution_count
            transformed = self.shell.transform_cell(raw)
            name = self.shell.compile.get_code_name(raw, transformed, number)
        except Exception:  # noqa: BLE001 - a cell IPython cannot transform has no frames
            return
        self._seen_cells[name] = number
        while len(self._seen_cells) > 10_000:  # bounded, oldest first
            self._seen_cells.pop(next(iter(self._seen_cells)))

    def _filename_map(self) -> dict:
        compiler = getattr(self.shell, "compile", None)
        found = getattr(compiler, "_filename_map", None)
        return found if found is not None else self._seen_cells

    def register(self, filename: str, number, offset: int) -> CellInfo:
        info = CellInfo(filename, f"In[{number}]", offset)
        self._tfcheck_cells.pop(filename, None)
        self._tfcheck_cells[filename] = info
        while len(self._tfcheck_cells) > max(1, self.max_cells):
            oldest = next(iter(self._tfcheck_cells))
            del self._tfcheck_cells[oldest]
            linecache.cache.pop(oldest, None)
            self._filename_map().pop(oldest, None)
        return info

    def info(self, filename: str | None) -> CellInfo | None:
        """The CellInfo for a filename, or None when it is not a notebook cell."""
        if not filename:
            return None
        found = self._tfcheck_cells.get(filename)
        if found is not None:
            return found
        number = self._filename_map().get(filename)
        if number is None:
            match = _IPYTHON7_NAME.match(filename)
            if match is None:
                return None
            number = int(match.group(1))
        return CellInfo(filename, f"In[{number}]", 0)

    def filename_for(self, label: str) -> CellInfo | None:
        """The most recent cell with an ``In[N]`` label (a %%tfcheck body preferred)."""
        for info in reversed(list(self._tfcheck_cells.values())):
            if info.label == label:
                return info
        for filename, number in reversed(list(self._filename_map().items())):
            if f"In[{number}]" == label:
                return CellInfo(filename, label, 0)
        return None

    def offset_of(self, label: str | None) -> int:
        """Header lines above the body of the cell ``label`` (1 for a ``%%tfcheck`` cell, 0 for
        a plain one or an unknown label): its editor line is its body line plus this."""
        info = self.filename_for(label) if label else None
        return info.offset if info is not None else 0

    def offsets(self, labels) -> dict[str, int]:
        """``offset_of`` for each label (None and empty labels left out): what a report carries
        so its renderer can show every cell's lines as that cell's editor numbers them."""
        return {label: self.offset_of(label) for label in labels if label}

    def labels_newest_first(self) -> list[str]:
        """``In[N]`` labels of every cell run so far (plain or %%tfcheck), newest first."""
        numbers = set(self._filename_map().values())
        numbers.update(int(info.label[3:-1]) for info in self._tfcheck_cells.values()
                       if info.label[3:-1].isdigit())
        return [f"In[{n}]" for n in sorted((n for n in numbers if isinstance(n, int)),
                                            reverse=True)]

    def is_cell(self, filename: str | None) -> bool:
        return self.info(filename) is not None

    def body_line(self, filename: str, lineno: int) -> tuple[str, int] | None:
        """(cell label, 1-based body line) for a file line, or None outside cells."""
        info = self.info(filename)
        if info is None:
            return None
        return info.label, lineno - info.offset

    def calling_cell_number(self, default):
        """The execution count of the cell that invoked the magic (from its frame)."""
        frame = sys._getframe(1)
        mapping = self._filename_map()
        while frame is not None:
            number = mapping.get(frame.f_code.co_filename)
            if number is not None and frame.f_code.co_filename not in self._tfcheck_cells:
                return number
            frame = frame.f_back
        return default


def keep_cell_code(shell, kept: list):
    """Keep the code object of every statement IPython runs while the extension is loaded, in
    ``kept``; returns the undo callable (``%unload_ext``).

    Why: TensorFlow's op creation stacks (``op.traceback``) point at the cell's code objects
    without owning them. A terminal IPython drops a cell's code objects when the cell ends, so
    reading the traceback of an op built there later reads freed memory: measured on TF 2.21,
    ``sess.run(y)`` of a placeholder product built in an earlier cell then raises
    ``RuntimeError: basic_string::_M_construct null not valid`` (TensorFlow's own error
    message reads it) or kills the process (SIGSEGV, when a diagnosis reads it). Kept from
    ``%load_ext`` on, for plain, auto-mode and ``%%tfcheck`` cells alike, so TensorFlow's own
    error and every later diagnosis (the post-mortem included) read live code. Ops built by
    cells that ran before ``%load_ext`` are not covered.

    The wrapper is a plain function that returns IPython's own coroutine, which IPython then
    awaits: it has returned before the cell's code starts, so the cell runs at the stack depth
    it has without tfmagic (a deep recursion fails at the same point, with the same message).
    """
    missing = object()
    previous = shell.__dict__.get("run_code", missing)
    original = shell.run_code

    @functools.wraps(original)
    def run_code(code_obj, *args, **kwargs):
        kept.append(code_obj)
        return original(code_obj, *args, **kwargs)

    shell.run_code = run_code

    def undo():
        if shell.__dict__.get("run_code") is run_code:
            if previous is missing:
                del shell.run_code
            else:
                shell.run_code = previous

    return undo
