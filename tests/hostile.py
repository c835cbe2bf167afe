"""A hostile user namespace: objects that record every way tfmagic could touch them.

tfmagic may read only objects whose *type* is a real TensorFlow/Keras class. Everything else in
the namespace is the user's: a database handle, a remote client, a lazy loader. ``install(shell)``
puts such objects in ``shell.user_ns`` (under public names, inside a list and a dict, as a class)
and returns a ``Hostile`` whose ``calls()`` lists every touch recorded since:

* a ``unittest.mock.MagicMock`` (a call, a magic method or a child attribute created by
  ``getattr`` all show in ``mock_calls`` / ``_mock_children``);
* an ``xmlrpc.client.ServerProxy`` to a recording XML-RPC server on 127.0.0.1 (a thread in this
  process): any method called on it is a request the server records;
* ``Spy`` objects whose ``__getattribute__`` (every attribute read, ``__class__`` by
  ``isinstance`` and ``__dict__`` by ``vars`` included), ``__getattr__``, ``__bool__``,
  ``__len__``, ``__iter__``, ``__getitem__``, ``__contains__``, ``__eq__``, ``__hash__``,
  ``__repr__``, ``__str__``, ``__call__`` and properties record the touch;
* a ``list`` subclass whose ``__iter__``, ``__len__``, ``__getitem__`` record (it passes an
  ``isinstance(value, list)`` test);
* ``Raiser``: the same dunder surface, each raising ``RuntimeError``.

No tfmagic code is imported here; tests/test_safety.py runs the scenarios and corpus with it.
"""

from __future__ import annotations

import threading
import unittest.mock
import xmlrpc.client
import xmlrpc.server

_LOG: list[str] = []
_LOCK = threading.Lock()
_ACTIVE = [False]


_TFMAGIC_DIR: list = []


def _tfmagic_on_stack() -> bool:
    """Whether tfmagic made this touch: walking out from it, the first frame of tfmagic, of
    TensorFlow/Keras or of a notebook cell is tfmagic's (frames of the libraries tfmagic calls,
    pure_eval, executing, inspect..., are looked through). TensorFlow itself reads the user's
    globals (autograph's ``getattr(value, '__module__')`` on every global of a traced
    function's module), with or without tfmagic: those touches are not tfmagic's."""
    import os
    import sys

    if not _TFMAGIC_DIR:
        import tfmagic

        _TFMAGIC_DIR.append(os.path.dirname(os.path.abspath(tfmagic.__file__)) + os.sep)
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(_TFMAGIC_DIR[0]):
            return True
        if f"{os.sep}tensorflow{os.sep}" in filename or f"{os.sep}keras{os.sep}" in filename \
                or f"{os.sep}tf_keras{os.sep}" in filename or filename.startswith("<ipython-") \
                or filename.startswith("<tfcheck"):
            return False
        frame = frame.f_back
    return False


def _record(what: str) -> None:
    if _ACTIVE[0] and _tfmagic_on_stack():
        with _LOCK:
            _LOG.append(what)


class Spy:
    """Records every touch (while recording is active) and answers harmlessly."""

    def __init__(self, label):
        object.__setattr__(self, "_label", label)

    def __getattribute__(self, name):
        _record(f"{object.__getattribute__(self, '_label')}.{name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        _record(f"{object.__getattribute__(self, '_label')}.__getattr__({name!r})")
        raise AttributeError(name)

    def _touch(self, what):
        _record(f"{object.__getattribute__(self, '_label')}.{what}")

    def __bool__(self):
        Spy._touch(self, "__bool__()")
        return True

    def __len__(self):
        Spy._touch(self, "__len__()")
        return 0

    def __iter__(self):
        Spy._touch(self, "__iter__()")
        return iter(())

    def __getitem__(self, key):
        Spy._touch(self, "__getitem__()")
        raise KeyError(key)

    def __contains__(self, item):
        Spy._touch(self, "__contains__()")
        return False

    def __eq__(self, other):
        Spy._touch(self, "__eq__()")
        return self is other

    def __hash__(self):
        Spy._touch(self, "__hash__()")
        return id(self)

    def __repr__(self):
        Spy._touch(self, "__repr__()")
        return "<Spy>"

    def __str__(self):
        Spy._touch(self, "__str__()")
        return "<Spy>"

    def __call__(self, *args, **kwargs):
        Spy._touch(self, "__call__()")

    @property
    def layers(self):
        Spy._touch(self, "layers (property)")
        return []

    @property
    def built(self):
        Spy._touch(self, "built (property)")
        return False

    @property
    def shape(self):
        Spy._touch(self, "shape (property)")
        return (1, 2)

    @property
    def graph(self):
        Spy._touch(self, "graph (property)")
        return None


class SpyList(list):
    """A list that passes ``isinstance(value, list)`` and records being read."""

    def __iter__(self):
        _record("spy_list.__iter__()")
        return super().__iter__()

    def __len__(self):
        _record("spy_list.__len__()")
        return super().__len__()

    def __getitem__(self, key):
        _record("spy_list.__getitem__()")
        return super().__getitem__(key)


def _raise(*args, **kwargs):
    raise RuntimeError("hostile object touched")


class Raiser:
    """Every dunder tfmagic could reach raises."""

    __getattr__ = __bool__ = __len__ = __iter__ = __getitem__ = __call__ = _raise

    @property
    def built(self):
        raise RuntimeError("hostile property read")

    @property
    def layers(self):
        raise RuntimeError("hostile property read")


class _RecordingHandler:
    def _dispatch(self, method, params):
        _record(f"xmlrpc request {method}{tuple(params)!r}")
        return 0


class _QuietRequestHandler(xmlrpc.server.SimpleXMLRPCRequestHandler):
    def log_message(self, *args):  # no stderr lines per request
        pass


_SERVER: list = []


def _server_url() -> str:
    if not _SERVER:
        server = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), allow_none=True,
                                                  logRequests=False,
                                                  requestHandler=_QuietRequestHandler)
        server.register_instance(_RecordingHandler())
        threading.Thread(target=server.serve_forever, daemon=True).start()
        _SERVER.append(server)
    host, port = _SERVER[0].server_address
    return f"http://{host}:{port}/"


class Hostile:
    def __init__(self, names: dict):
        self.names = names
        self.mock = names["hostile_mock"]

    def calls(self) -> list[str]:
        with _LOCK:
            found = list(_LOG)
        for name, value in self.names.items():
            if isinstance(value, unittest.mock.NonCallableMock):
                found.extend(f"{name}: {c}" for c in value.mock_calls)
                found.extend(f"{name}: child attribute {c!r} created"
                             for c in value._mock_children)
        return found

    def stop(self) -> None:
        _ACTIVE[0] = False


def install(shell) -> Hostile:
    """Put the hostile objects in ``shell.user_ns`` and start recording."""
    with _LOCK:
        _LOG.clear()
    names = {
        "hostile_mock": unittest.mock.MagicMock(),
        "hostile_spec_mock": unittest.mock.MagicMock(name="spec_mock"),
        "hostile_rpc": xmlrpc.client.ServerProxy(_server_url(), allow_none=True),
        "hostile_spy": Spy("spy"),
        "hostile_raiser": Raiser(),
        "hostile_list": SpyList([Spy("spy_in_list")]),
        "hostile_items": [Spy("spy_in_plain_list"), unittest.mock.MagicMock()],
        "hostile_dict": {"key": Spy("spy_in_dict")},
    }
    names["hostile_mock_in_list"] = names["hostile_items"][1]
    shell.user_ns.update(names)
    _ACTIVE[0] = True
    return Hostile(names)


# ---------------------------------------------------------------------- running cases with it
MODES = ("tfcheck", "auto", "postmortem", "tfgraph")


def _text(report) -> str | None:
    from tfmagic import render

    if report is None:
        return None
    return render.report_text(report, render.View(width=100, color=False))


def _graph_text(report) -> str:
    from tfmagic import render

    return render.graph_text(report, render.View(width=100, color=False))


def run_case(cells: list[str], with_hostile: bool) -> dict:
    """Run one case's cells in every mode, each in a fresh shell: ``%%tfcheck`` on every cell;
    auto mode (``%tfcheck on`` then the plain cells) followed by the post-mortem ``%tfcheck``
    and ``%tfgraph``. With ``with_hostile`` the hostile objects sit in the namespace throughout.
    Returns the report texts per mode and the touches recorded."""
    import tfmagic

    from shellrun import forget_session, fresh_shell

    out = {"texts": {}, "calls": []}
    for mode in ("tfcheck", "auto"):
        shell = fresh_shell()
        shell.run_line_magic("load_ext", "tfmagic")
        hostile = install(shell) if with_hostile else None
        try:
            if mode == "tfcheck":
                before = tfmagic.last_report()
                for cell in cells:
                    shell.run_cell("%%tfcheck\n" + cell, store_history=True)
                report = tfmagic.last_report()
                out["texts"]["tfcheck"] = _text(report) if report is not before else None
            else:
                shell.run_cell("%tfcheck on", store_history=True)
                before = tfmagic.last_report()
                for cell in cells:
                    shell.run_cell(cell, store_history=True)
                report = tfmagic.last_report()
                out["texts"]["auto"] = _text(report) if report is not before else None
                shell.run_cell("%tfcheck off", store_history=True)
                before = tfmagic.last_report()
                shell.run_cell("%tfcheck", store_history=True)
                report = tfmagic.last_report()
                out["texts"]["postmortem"] = _text(report) if report is not before else None
                graph_before = tfmagic.last_graph_report()
                shell.run_cell("%tfgraph --all", store_history=True)
                graph_report = tfmagic.last_graph_report()
                out["texts"]["tfgraph"] = (_graph_text(graph_report) if graph_report is not None
                                           and graph_report is not graph_before else None)
            if hostile is not None:
                out["calls"].extend(f"{mode}: {c}" for c in hostile.calls())
        finally:
            if hostile is not None:
                hostile.stop()
            forget_session(shell)
    return out
