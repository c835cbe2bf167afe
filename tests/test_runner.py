"""The extension and the %%tfcheck cell runner: a %%tfcheck cell must behave exactly like the same
code in a plain cell (namespace, Out[N], tracebacks, %debug, Ctrl-C), plus the report around it.

Each test checks one behaviour a user relies on; the ones that depend on process-wide state
(what ``%load_ext`` imports, ``TF_USE_LEGACY_KERAS``, a kernel without TensorFlow) run in a
child process.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap

import IPython
import pytest
from IPython.core.error import UsageError

import tfmagic
from shellrun import fresh_shell

IPYTHON_MAJOR = int(IPython.__version__.split(".")[0])

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TESTS_DIR = os.path.dirname(os.path.abspath(__file__))


def plain(text: str) -> str:
    return ANSI.sub("", text)


def run(shell, cell: str):
    """Run a cell as the user would (history on, so In[N] counts); return (result, outputs)."""
    shown = len(shell.display_pub.outputs)
    result = shell.run_cell(cell, store_history=True)
    return result, shell.display_pub.outputs[shown:]


def run_child(code: str, env: dict | None = None, timeout: int = 300) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON document after a marker."""
    child_env = dict(os.environ)
    child_env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    child_env.update(env or {})
    prelude = f"import sys, json\nsys.path.insert(0, {TESTS_DIR!r})\n"
    proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)],
                          capture_output=True, text=True, env=child_env, timeout=timeout)
    marker = "@@JSON@@"
    if marker not in proc.stdout:
        raise AssertionError(f"child failed (rc={proc.returncode}):\n{proc.stdout[-3000:]}\n"
                             f"{proc.stderr[-5000:]}")
    return json.loads(proc.stdout.split(marker, 1)[1])


def tf_originals():
    """The TensorFlow functions tfmagic patches while a cell runs, as they are right now."""
    from tensorflow.python.client import session as tf_session
    from tensorflow.python.ops import variables as tf_variables

    base = tf_session.BaseSession
    return (tf_variables.VariableMetaclass.__dict__["__call__"], base.__dict__["__init__"],
            base.__dict__["run"])


def tfmagic_finders():
    return [f for f in sys.meta_path if type(f).__module__.startswith("tfmagic")]


@pytest.fixture
def bare_shell():
    """A fresh shell without tfmagic loaded (for load/unload tests)."""
    ip = fresh_shell()
    yield ip
    if "tfmagic" in ip.extension_manager.loaded:
        ip.run_line_magic("unload_ext", "tfmagic")


# --------------------------------------------------------------------------- loading


def test_load_ext_does_not_import_tensorflow_and_legacy_keras_still_works():
    """`%load_ext` must leave TensorFlow unimported: TF_USE_LEGACY_KERAS (and logical devices)
    only take effect if set before the first `import tensorflow`."""
    out = run_child("""
        import os, time
        from shellrun import fresh_shell
        shell = fresh_shell()
        start = time.perf_counter()
        shell.run_line_magic("load_ext", "tfmagic")
        load_ms = (time.perf_counter() - start) * 1000
        after_load = "tensorflow" in sys.modules
        os.environ["TF_USE_LEGACY_KERAS"] = "1"
        result = shell.run_cell(
            "%%tfcheck\\n"
            "import tensorflow as tf\\n"
            "tf.compat.v1.disable_eager_execution()\\n"
            "x = tf.compat.v1.placeholder(tf.float32, [None, 3])\\n"
            "y = tf.compat.v1.layers.dense(x, 2, name='legacy_dense')\\n"
            "keras_module = tf.keras.layers.Dense.__module__\\n",
            store_history=True)
        import tfmagic
        report = tfmagic.last_report()
        print("@@JSON@@" + json.dumps({
            "load_ms": load_ms, "after_load": after_load, "success": result.success,
            "error": repr(result.error_in_exec), "keras_module": shell.user_ns.get("keras_module"),
            "variables": [v.name for v in report.variables]}))
    """)
    print(f"load_ext took {out['load_ms']:.1f} ms in a child process")
    assert out["after_load"] is False
    assert out["success"], out["error"]
    assert out["keras_module"].startswith("tf_keras")
    assert any(name.startswith("legacy_dense/kernel") for name in out["variables"])


def test_unload_and_reload_undo_everything(bare_shell):
    """%unload_ext must leave the shell and TensorFlow exactly as before %load_ext, even for
    patches installed while a cell ran; %reload_ext must leave exactly one live copy."""
    shell = bare_shell
    import tensorflow  # noqa: F401 - so the originals below exist before tfmagic loads

    originals = tf_originals()
    callbacks = {name: list(funcs) for name, funcs in shell.events.callbacks.items()}
    configurables = list(shell.configurables)
    meta_path = list(sys.meta_path)

    shell.run_line_magic("load_ext", "tfmagic")
    result, _ = run(shell, "%%tfcheck\nimport tensorflow\n"
                           "from tensorflow.python.ops import variables as V\n"
                           "hooked = hasattr(V.VariableMetaclass.__dict__['__call__'], "
                           "'__tfmagic_original__')\n"
                           "v = tensorflow.Variable(1.0)\n")
    assert result.success
    assert shell.user_ns["hooked"] is True  # the hook really was there while the cell ran
    shell.run_line_magic("reload_ext", "tfmagic")
    assert sum(type(c).__name__ == "TFMagics" for c in shell.configurables) == 1
    result, _ = run(shell, "%%tfcheck\nafter_reload = 2")
    assert result.success and shell.user_ns["after_reload"] == 2

    shell.run_line_magic("unload_ext", "tfmagic")
    assert shell.find_cell_magic("tfcheck") is None
    assert shell.find_line_magic("tfgraph") is None
    assert "TFMagics" not in shell.magics_manager.registry
    # (IPython itself adds an ExtensionMagics the first time %load_ext runs: not ours.)
    assert [c for c in shell.configurables if c not in configurables
            and type(c).__module__.startswith("tfmagic")] == []
    assert {name: list(funcs) for name, funcs in shell.events.callbacks.items()} == callbacks
    assert tf_originals() == originals
    assert sys.meta_path == meta_path and not tfmagic_finders()
    assert tfmagic.last_report() is None


# --------------------------------------------------------------------------- running like IPython


@pytest.mark.fast
def test_body_runs_in_user_namespace_with_out_and_no_expansion(shell):
    """Assignments persist, the trailing expression is Out[N], and `{x}`/`$x` stay literal in
    Python code (IPython only expands them in magic and shell arguments)."""
    run(shell, "x = 20")
    result, _ = run(shell, "%%tfcheck\ny = x + 1\ntext = '{x} $x'\ny * 2")
    number = shell.execution_count - 1
    assert result.success and result.result == 42
    assert shell.user_ns["y"] == 21
    assert shell.user_ns["text"] == "{x} $x"
    assert shell.user_ns["Out"][number] == 42
    assert shell.user_ns["_"] == 42


@pytest.mark.fast
def test_trailing_semicolon_suppresses_out(shell):
    """`expr;` at the end of a body shows nothing, as in a plain cell, but still runs."""
    run(shell, "calls = []")
    result, _ = run(shell, "%%tfcheck\ncalls.append(1) or 7;  # quiet\n")
    assert result.success and result.result is None
    assert shell.user_ns["calls"] == [1]
    assert 7 not in shell.user_ns["Out"].values()


@pytest.mark.fast
def test_line_magics_inside_the_body(shell, capsys):
    """Line magics are transformed as in a plain cell, including `x = %magic`."""
    result, _ = run(shell, "%%tfcheck\n%time timed = 3\nhere = %pwd\n")
    assert result.success, result.error_in_exec
    assert shell.user_ns["timed"] == 3
    assert shell.user_ns["here"] == os.getcwd()
    assert "Wall time" in capsys.readouterr().out


@pytest.mark.fast
def test_traceback_shows_cell_lines_and_hides_tfmagic(shell, capsys):
    """The traceback names the cell ("Cell In[N], line K", counting the %%tfcheck line as 1
    like the notebook does) with the real source; tfmagic's frames are hidden. Leading blank
    lines must not shift the numbers."""
    result, _ = run(shell, "%%tfcheck\n\nfirst = 1\ndef explode():\n"
                           "    raise ValueError('boom in cell')\nexplode()\n")
    number = shell.execution_count - 1
    text = plain(capsys.readouterr().out)
    assert isinstance(result.error_in_exec, ValueError)
    if IPYTHON_MAJOR >= 8:
        assert f"Cell In[{number}], line 5" in text
        assert f"Cell In[{number}], line 6" in text and "explode()" in text
    else:  # IPython 7 (Colab) names the file and marks the line: "----> 5 ..."
        assert f"<ipython-input-{number}-" in text
        assert re.search(r"----> 6 explode\(\)", text)
        assert re.search(r"----> 5\s+raise ValueError", text)
    assert "raise ValueError('boom in cell')" in text
    for internal in ("runner.py", "check.py", "magics.py", "ledger.py"):
        assert internal not in text
    assert "skipping hidden" in text


@pytest.mark.fast
def test_original_exception_propagates_unchanged(shell):
    """`result.error_in_exec` is the very object the cell raised, with its own args."""
    result, _ = run(shell, "%%tfcheck\nraised = KeyError('the key')\nraise raised\n")
    assert result.error_in_exec is shell.user_ns["raised"]
    assert result.error_in_exec.args == ("the key",)
    assert result.error_in_exec.__cause__ is None and result.error_in_exec.__context__ is None


@pytest.mark.fast
def test_debug_lands_in_the_user_frame(shell, capsys, monkeypatch):
    """%debug after a failing %%tfcheck cell opens in the user's function, not in tfmagic."""
    result, _ = run(shell, "%%tfcheck\ndef inner():\n    marker = 'user-frame-local'\n"
                           "    return 1 / 0\ninner()\n")
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    tb = sys.last_traceback
    while tb.tb_next is not None:
        tb = tb.tb_next
    filename = tb.tb_frame.f_code.co_filename
    info = tfmagic._state.registry.info(filename)  # noqa: SLF001 - the cell's own filename
    assert info is not None and info.label == f"In[{shell.execution_count - 1}]"
    assert tb.tb_frame.f_code.co_name == "inner"
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("p marker\nq\n"))
    shell.run_line_magic("debug", "")
    assert "user-frame-local" in capsys.readouterr().out


def test_keyboard_interrupt_stops_the_cell_and_removes_instrumentation(shell):
    """Ctrl-C inside the body stops the cell; no TensorFlow patch or import watcher stays."""
    import tensorflow  # noqa: F401

    from tfmagic._tf import patches

    originals = tf_originals()
    result, outputs = run(shell, "%%tfcheck\nimport tensorflow as tf\n"
                                 "from tensorflow.python.ops import variables as V\n"
                                 "hooked = hasattr(V.VariableMetaclass.__dict__['__call__'], "
                                 "'__tfmagic_original__')\n"
                                 "v = tf.Variable(2.0)\nraise KeyboardInterrupt\n"
                                 "not_reached = True\n")
    assert isinstance(result.error_in_exec, KeyboardInterrupt)
    assert shell.user_ns["hooked"] is True
    assert "not_reached" not in shell.user_ns
    assert tf_originals() == originals
    assert patches.active_patch_count() == 0
    assert not tfmagic_finders()
    assert outputs == []


@pytest.mark.fast
def test_top_level_await_is_a_usage_error(shell):
    result, _ = run(shell, "%%tfcheck\nimport asyncio\nawaited = await asyncio.sleep(0, 5)\n")
    assert isinstance(result.error_in_exec, UsageError)
    assert "async def" in str(result.error_in_exec)
    assert "awaited" not in shell.user_ns


@pytest.mark.fast
def test_bad_options_are_a_usage_error_and_the_body_does_not_run(shell):
    result, _ = run(shell, "%%tfcheck --bogus\nbody_ran = True\n")
    assert isinstance(result.error_in_exec, UsageError)
    message = str(result.error_in_exec)
    assert "--bogus" in message and "usage: %%tfcheck [-o NAME] [-q]" in message
    assert "body_ran" not in shell.user_ns
    result, _ = run(shell, "%%tfcheck -o 1bad\nbody_ran = True\n")
    assert isinstance(result.error_in_exec, UsageError)
    assert "body_ran" not in shell.user_ns


@pytest.mark.fast
def test_help(shell, capsys):
    """`%%tfcheck?` shows the usage and every option."""
    doc = shell.find_cell_magic("tfcheck").__doc__
    assert "%%tfcheck [-o NAME] [-q]" in doc and "--quiet" in doc and "--out" in doc
    result, _ = run(shell, "%%tfcheck?")
    assert result.success
    shown = plain(capsys.readouterr().out)
    assert "%%tfcheck [-o NAME] [-q]" in shown and "Store the Report" in shown


# --------------------------------------------------------------------------- reports


@pytest.mark.fast
def test_out_option_and_last_report(shell):
    run(shell, "%%tfcheck -o first_report\na = 1")
    result, _ = run(shell, "%%tfcheck -o second_report\nb = 2")
    assert result.success
    first, second = shell.user_ns["first_report"], shell.user_ns["second_report"]
    assert isinstance(first, tfmagic.Report) and first.ok
    assert first is not second
    assert tfmagic.last_report() is second
    run(shell, "%%tfcheck\nraise RuntimeError('third')")
    assert tfmagic.last_report().error_type == "RuntimeError"
    assert tfmagic.last_report().error_message == "third"


def test_quiet_shows_nothing_on_success_but_shows_failures(shell):
    import tensorflow  # noqa: F401

    _, outputs = run(shell, "%%tfcheck -q\nimport tensorflow as tf\nquiet_v = tf.Variable(1.0)")
    assert outputs == []
    # Nothing created, nothing wrong: no "0 variables created" card under the cell.
    _, outputs = run(shell, "%%tfcheck\nfine = 1")
    assert outputs == []
    _, outputs = run(shell, "%%tfcheck\nkept_v = tf.Variable(2.0)")
    assert len(outputs) == 1 and "1 variable created" in outputs[0]["data"]["text/plain"]
    result, outputs = run(shell, "%%tfcheck -q\nraise ValueError('loud')")
    assert isinstance(result.error_in_exec, ValueError)
    assert len(outputs) == 1 and "ValueError" in outputs[0]["data"]["text/plain"]


def test_config_traits(shell):
    """%config TFMagics.show_summary / max_rows change what is shown."""
    import tensorflow  # noqa: F401

    run(shell, "%config TFMagics.show_summary = False")
    _, outputs = run(shell, "%%tfcheck\nimport tensorflow as tf\nunshown = tf.Variable(1.0)")
    assert outputs == []
    run(shell, "%config TFMagics.show_summary = True")
    run(shell, "%config TFMagics.max_rows = 3")

    _, outputs = run(shell, "%%tfcheck -o many\nimport tensorflow as tf\n"
                            "vs = [tf.Variable(float(i), name=f'v{i}') for i in range(5)]\n")
    assert len(shell.user_ns["many"].variables) == 5
    assert not hasattr(shell.user_ns["many"], "max_rows")  # a view option, not report data
    html = outputs[0]["data"]["text/html"]
    assert "2 more" in html and "v2:0" in html and "v3:0" not in html


def test_report_to_dict_is_json(shell):
    import tensorflow  # noqa: F401

    run(shell, "%%tfcheck -o rep\nimport tensorflow as tf\nw = tf.Variable(tf.zeros([2, 3]))\n"
               "tf.matmul(w, w)")
    data = shell.user_ns["rep"].to_dict()
    again = json.loads(json.dumps(data))
    assert again["ok"] is False and again["error_type"] == "InvalidArgumentError"
    assert again["variables"][0]["shape"] == [2, 3]
    assert {"kind", "severity", "line", "raise_line", "culprits", "summary", "fix"} <= set(
        again["findings"][0])


@pytest.mark.fast
def test_display_is_one_self_contained_bundle(shell):
    _, outputs = run(shell, "%%tfcheck\nvalue = '<script>alert(1)</script>'\n"
                            "raise ValueError(value)\n")
    assert len(outputs) == 1
    data = outputs[0]["data"]
    assert set(data) == {"text/plain", "text/html"}
    html = data["text/html"].lower()
    assert "tfmagic" in html
    for forbidden in ("<script", "<link", "<style", "class=", "src=", "@import"):
        assert forbidden not in html, forbidden
    assert "&lt;script&gt;" in html  # the user's text is escaped, not interpreted


def test_missing_tensorflow_message_and_the_cell_still_runs():
    out = run_child("""
        class BlockTensorFlow:
            def find_spec(self, name, path=None, target=None):
                if name == "tensorflow" or name.startswith("tensorflow."):
                    raise ModuleNotFoundError("No module named 'tensorflow'", name=name)
                return None
        sys.meta_path.insert(0, BlockTensorFlow())
        import contextlib, io
        from shellrun import fresh_shell
        shell = fresh_shell()
        shell.run_line_magic("load_ext", "tfmagic")
        first, second = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(first):
            r1 = shell.run_cell("%%tfcheck\\nanswer = 41 + 1\\n", store_history=True)
        with contextlib.redirect_stdout(second):
            r2 = shell.run_cell("%%tfcheck\\nagain = 1\\n", store_history=True)
        print("@@JSON@@" + json.dumps({
            "ok": [r1.success, r2.success], "answer": shell.user_ns.get("answer"),
            "first": first.getvalue(), "second": second.getvalue()}))
    """)
    assert out["ok"] == [True, True]
    assert out["answer"] == 42
    assert "TensorFlow is not installed" in out["first"]
    assert "pip install" in out["first"]
    assert "TensorFlow is not installed" not in out["second"]  # said once, not every cell


@pytest.mark.fast
def test_syntax_error_is_shown_and_raised(shell, capsys):
    result, outputs = run(shell, "%%tfcheck\nok = 1\nbroken = (1,\n")
    assert isinstance(result.error_in_exec, SyntaxError)
    assert "ok" not in shell.user_ns  # nothing ran
    text = plain(capsys.readouterr().out)
    assert "SyntaxError" in text and "broken = (1," in text
    assert "runner.py" not in text and "check.py" not in text
    report = tfmagic.last_report()
    assert report.error_type == "SyntaxError" and report.findings[0].line == 2
    assert len(outputs) == 1 and "does not parse" in outputs[0]["data"]["text/plain"]


@pytest.mark.fast
@pytest.mark.parametrize("broken", ["diagnose", "render"])
def test_a_tfmagic_fault_never_hides_the_users_error(shell, monkeypatch, broken):
    """If the diagnosis (or the rendering) raises, the user's exception still propagates
    unchanged and the display says so in one line."""
    import tfmagic.diagnose
    import tfmagic.render

    def explode(*args, **kwargs):
        raise RuntimeError("rule exploded")

    if broken == "diagnose":
        monkeypatch.setattr(tfmagic.diagnose, "diagnose", explode)
    else:
        monkeypatch.setattr(tfmagic.render, "report_bundle", explode)
    result, outputs = run(shell, "%%tfcheck\nmine = LookupError('mine')\nraise mine\n")
    assert result.error_in_exec is shell.user_ns["mine"]
    assert result.error_in_exec.__context__ is None
    assert len(outputs) == 1
    lines = [line for line in outputs[0]["data"]["text/plain"].splitlines()
             if "rule exploded" in line]
    assert len(lines) == 1
    assert ("diagnosis failed" if broken == "diagnose" else "could not render") in lines[0]
