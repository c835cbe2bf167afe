"""What the extension keeps between cells (bounded), created at ``%load_ext``.

Kept free of TensorFlow and of the recording machinery so loading the extension stays cheap;
the timeline and the initializer-op cache are created on first use.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

from .cells import CellRegistry


@dataclass
class ExtensionState:
    """Reports, the cell registry and the timeline shared by the magics."""

    registry: CellRegistry
    reports: collections.deque = field(default_factory=lambda: collections.deque(maxlen=20))
    graph_reports: collections.deque = field(default_factory=lambda: collections.deque(maxlen=20))
    warned_missing_tf: bool = False
    _initializer_ops: object = None
    _timeline: object = None

    @property
    def initializer_ops(self):
        """Which ops are initializers (``ledger.InitializerOps``), made on first use."""
        if self._initializer_ops is None:
            from .ledger import InitializerOps

            self._initializer_ops = InitializerOps()
        return self._initializer_ops

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
