"""The causal timeline: TensorFlow events in the order they happened, with cell and line.

Ordering causes — variables created after the initializer ran, an initializer op built before
its variables, a restore that covered only part of the graph, a scope entered with reuse, a
second optimizer — are facts about *when*, which no single object can tell afterwards. While a
``%%tfcheck`` cell runs, hooks at TensorFlow's API boundaries (``tfmagic/_tf/timeline_hooks.py``)
append one ``TimelineEvent`` per call; the diagnosis reads them through ``Evidence.timeline``.

Events hold plain data (names, ``id()`` of sessions and graphs), never the objects, and the
timeline is bounded: recording costs one frame walk per event (about 2 µs), and events happen
at graph-building and session calls, not per training step.
"""

from __future__ import annotations

import collections
import itertools
from dataclasses import dataclass, field

# What an event records (``TimelineEvent.what``):
VARIABLE_CREATED = "variable_created"      # names=(tf name,), graph, detail=scope reuse flag
INITIALIZER_RUN = "initializer_run"        # names=variables covered, session, detail=op name
SESSION_CREATED = "session_created"        # session, graph
SESSION_CLOSED = "session_closed"          # session
SAVER_CREATED = "saver_created"            # names=variables it saves (() = all), graph
RESTORE = "restore"                        # names=variables restored (() = all), session,
                                           # detail="failed" when the restore raised
SAVE = "save"                              # names=variables saved (() = all), session
SCOPE_ENTERED = "scope_entered"            # names=(scope name,), detail="reuse" or ""
REUSE_VARIABLES = "reuse_variables"        # names=(scope name,)
OPTIMIZER_CREATED = "optimizer_created"    # detail=class name, graph
GRAPH_RESET = "graph_reset"                # the default graph was replaced


@dataclass
class TimelineEvent:
    seq: int
    what: str
    cell: str | None
    line: int | None
    names: tuple[str, ...] = ()
    session: int | None = None
    graph: int | None = None
    detail: str = ""
    path: str = ""                         # checkpoint path of a save/restore
    # The statement of the cell being run that led here (``cell``/``line`` are the innermost
    # cell line, e.g. inside a function an earlier cell defined).
    site_cell: str | None = None
    site_line: int | None = None


@dataclass
class Timeline:
    """Bounded, ordered events of one notebook session (kept across cells)."""

    maxlen: int = 20000
    events: collections.deque = field(default=None)

    def __post_init__(self):
        if self.events is None:
            self.events = collections.deque(maxlen=self.maxlen)
        self._counter = itertools.count(1)

    def add(self, what: str, cell: str | None, line: int | None, names=(), session=None,
            graph=None, detail: str = "", path: str = "", site=None) -> TimelineEvent:
        site_cell, site_line = site if site else (cell, line)
        event = TimelineEvent(next(self._counter), what, cell, line, tuple(names),
                              id(session) if session is not None else None,
                              id(graph) if graph is not None else None, detail, path,
                              site_cell, site_line)
        self.events.append(event)
        return event

    # ------------------------------------------------------------------ queries
    def of(self, what: str, session=None, graph=None, after: int = 0) -> list[TimelineEvent]:
        """Events of one kind, oldest first, optionally of one session or graph object."""
        sid = id(session) if session is not None else None
        gid = id(graph) if graph is not None else None
        return [e for e in self.events if e.what == what and e.seq > after
                and (sid is None or e.session == sid) and (gid is None or e.graph == gid)]

    def created(self, name: str, graph=None) -> TimelineEvent | None:
        """The last creation of a variable named ``name`` (':0' ignored) in ``graph``."""
        name = name.split(":")[0]
        for event in reversed(self.of(VARIABLE_CREATED, graph=graph)):
            if event.names and event.names[0].split(":")[0] == name:
                return event
        return None

    def last_reset(self) -> int:
        """Sequence number of the last default-graph reset (0 if none)."""
        resets = self.of(GRAPH_RESET)
        return resets[-1].seq if resets else 0
