"""What the extension keeps between cells (bounded), created at ``%load_ext``.

Kept free of TensorFlow and of the recording machinery so loading the extension stays cheap;
the initializer history is created on first use.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

from .cells import CellRegistry


@dataclass
class ExtensionState:
    """Reports, the cell registry and the session history shared by the magics."""

    registry: CellRegistry
    reports: collections.deque = field(default_factory=lambda: collections.deque(maxlen=20))
    graph_reports: collections.deque = field(default_factory=lambda: collections.deque(maxlen=20))
    warned_missing_tf: bool = False
    _session_history: object = None
    _timeline: object = None

    @property
    def session_history(self):
        """Initializer runs across cells (``ledger.SessionHistory``), made on first use."""
        if self._session_history is None:
            from .ledger import SessionHistory

            self._session_history = SessionHistory()
        return self._session_history

    @property
    def timeline(self):
        """The causal timeline (``timeline.Timeline``) of this notebook, made on first use."""
        if self._timeline is None:
            from .timeline import Timeline

            self._timeline = Timeline()
        return self._timeline

    def set_history_size(self, size: int) -> None:
        size = max(1, int(size))
        if self.reports.maxlen != size:
            self.reports = collections.deque(self.reports, maxlen=size)
            self.graph_reports = collections.deque(self.graph_reports, maxlen=size)

    def earlier_records(self):
        for report in self.reports:
            yield from report.variables
