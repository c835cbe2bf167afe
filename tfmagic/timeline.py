"""The causal timeline: TensorFlow events in the order they happened, with cell and line.

Ordering causes — variables created after the initializer ran, an initializer op built before
its variables, a restore that covered only part of the graph, a scope entered with reuse, a
second optimizer — are facts about *when*, which no single object can tell afterwards. While a
``%%tfcheck`` cell runs, hooks at TensorFlow's API boundaries (``tfmagic/_tf/timeline_hooks.py``)
append one ``TimelineEvent`` per call; the diagnosis reads them through ``Evidence.timeline``.

Events hold plain data (names, ``id()`` of sessions, graphs, tapes and trace caches, weak
references to watched tensors), never the objects, and the timeline is bounded: recording
costs one frame walk per event (about 2 µs). Most events happen at graph-building and session
calls, and a ``tf.function`` trace only when TensorFlow builds a new concrete function; a
``GradientTape`` is the one event an eager training step makes (open and close), so tape
events live in their own short deque (``FREQUENT``).
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
SAVER_CREATED = "saver_created"            # names=variables it saves (() = all), graph,
                                           # subject=id(saver)
RESTORE = "restore"                        # names=variables restored (() = all), session,
                                           # detail="failed" when the restore raised,
                                           # path, subject=id(saver)
SAVE = "save"                              # names=variables saved (() = all), session,
                                           # path written, subject=id(saver)
SCOPE_ENTERED = "scope_entered"            # names=(scope name,), detail="reuse" or ""
REUSE_VARIABLES = "reuse_variables"        # names=(scope name,)
OPTIMIZER_CREATED = "optimizer_created"    # detail=class name, graph
GRAPH_RESET = "graph_reset"                # the default graph was replaced
FUNCTION_TRACED = "function_traced"        # names=(function name,), subject=the function's
                                           # trace cache, detail=TRACE_* below, until/failed
TAPE_OPENED = "tape_opened"                # subject=id(tape), detail="persistent" or ""
TAPE_CLOSED = "tape_closed"                # subject=id(tape)
TAPE_WATCHED = "tape_watched"              # subject=id(tape), names=tensor names ("" when
                                           # eager), refs=weak references to what was watched

# ``FUNCTION_TRACED.detail``: whether tf.function let this trace create variables. The first
# call's trace may; once a trace created variables, every later trace may not (TensorFlow's
# ``ScopeType``); a function that created none keeps tracing with variables allowed.
TRACE_VARIABLES_ALLOWED = "variables_allowed"
TRACE_VARIABLES_FORBIDDEN = "variables_forbidden"

# A tape is opened per training step: its events go to their own short deque, so a long loop
# keeps only its newest tapes and never pushes variables, sessions or traces out of the
# timeline (sequence numbers stay shared, so order across both is still known).
FREQUENT = frozenset({TAPE_OPENED, TAPE_CLOSED, TAPE_WATCHED})


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
    subject: int | None = None             # id() of the tape / the traced function's cache
    until: int | None = None               # a trace: the last sequence number inside it
    failed: bool = False                   # a trace that raised
    refs: tuple = ()                       # weak references (watched tensors)


@dataclass
class TapeHistory:
    """One GradientTape's use: where it was opened, closed (None: still open) and watched."""

    opened: TimelineEvent
    closed: TimelineEvent | None
    watches: list

    def watched(self, obj) -> bool:
        """Whether ``obj`` itself (identity, through the weak references) was watched."""
        return any(ref() is obj for event in self.watches for ref in event.refs)


@dataclass
class Timeline:
    """Bounded, ordered events of one notebook session (kept across cells)."""

    maxlen: int = 20000
    events: collections.deque = field(default=None)
    frequent_maxlen: int = 300
    frequent: collections.deque = field(default=None)

    def __post_init__(self):
        if self.events is None:
            self.events = collections.deque(maxlen=self.maxlen)
        if self.frequent is None:
            self.frequent = collections.deque(maxlen=self.frequent_maxlen)
        self._counter = itertools.count(1)
        self.last_seq = 0

    def add(self, what: str, cell: str | None, line: int | None, names=(), session=None,
            graph=None, detail: str = "", path: str = "", site=None, subject=None,
            refs=()) -> TimelineEvent:
        site_cell, site_line = site if site else (cell, line)
        self.last_seq = seq = next(self._counter)
        event = TimelineEvent(seq, what, cell, line, tuple(names),
                              id(session) if session is not None else None,
                              id(graph) if graph is not None else None, detail, path,
                              site_cell, site_line, subject, None, False, tuple(refs))
        (self.frequent if what in FREQUENT else self.events).append(event)
        return event

    # ------------------------------------------------------------------ queries
    def of(self, what: str, session=None, graph=None, after: int = 0) -> list[TimelineEvent]:
        """Events of one kind, oldest first, optionally of one session or graph object."""
        sid = id(session) if session is not None else None
        gid = id(graph) if graph is not None else None
        return [e for e in (self.frequent if what in FREQUENT else self.events)
                if e.what == what and e.seq > after
                and (sid is None or e.session == sid) and (gid is None or e.graph == gid)]

    def tape(self, tape) -> "TapeHistory | None":
        """Open, close and watches of a live ``tape`` object (its newest use), or None when
        the timeline did not see it opened. A live object's ``id`` can only have belonged to
        objects that died before it was made, so the newest opening with that id is its own."""
        key = id(tape)
        opened = [e for e in self.frequent if e.what == TAPE_OPENED and e.subject == key]
        if not opened:
            return None
        start = opened[-1]
        closed = next((e for e in self.frequent if e.what == TAPE_CLOSED and
                       e.subject == key and e.seq > start.seq), None)
        watched = [e for e in self.frequent if e.what == TAPE_WATCHED and e.subject == key
                   and e.seq > start.seq and (closed is None or e.seq < closed.seq)]
        return TapeHistory(start, closed, watched)

    def traces(self, name: str | None = None, subject: int | None = None) -> list[TimelineEvent]:
        """``FUNCTION_TRACED`` events of one function (by its trace cache, else by name)."""
        return [e for e in self.events if e.what == FUNCTION_TRACED and
                (subject is None or e.subject == subject) and
                (name is None or (e.names and e.names[0] == name))]

    def inside(self, trace: TimelineEvent, what: str = VARIABLE_CREATED) -> list[TimelineEvent]:
        """Events of kind ``what`` recorded while ``trace`` ran (variables it created)."""
        end = trace.until if trace.until is not None else self.last_seq
        return [e for e in self.events if e.what == what and trace.seq < e.seq <= end]

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
