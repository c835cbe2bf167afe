"""Inside Pyodide (run.js): install the wheels, then run ``pytest -m fast`` on the test modules
that have fast tests. The value of the last line is the exit status run.js exits with."""

import os
import sys
import sysconfig
import time
import zipfile

sys.dont_write_bytecode = True  # the repository is the host's (mounted): leave no .pyc there
started = time.perf_counter()
site_packages = sysconfig.get_paths()["purelib"]
with open("/wheels/install.txt", encoding="utf-8") as listing:
    wheels = [line.strip() for line in listing if line.strip()]
for wheel in wheels:
    with zipfile.ZipFile(os.path.join("/wheels", wheel)) as archive:
        for member in archive.infolist():
            top, _, rest = member.filename.partition("/")
            if top.endswith(".data"):  # NAME.data/purelib/... goes to site-packages; the
                kind, _, rest = rest.partition("/")  # scripts, headers and data (man pages)
                if kind not in ("purelib", "platlib") or not rest:  # are not needed here
                    continue
                member.filename = rest
            archive.extract(member, site_packages)
print(f"Python {sys.version.split()[0]} on {sys.platform} (Pyodide, loaded in {LOAD_SECONDS:.1f} s); "  # noqa: F821
      f"{len(wheels)} wheels installed in {time.perf_counter() - started:.1f} s")

try:
    import sqlite3  # noqa: F401
except ImportError:
    # Pyodide 0.22 (Python 3.10) ships sqlite3 as a separate package on its CDN, not in the npm
    # package. IPython's history module imports it at import time; the tests run IPython with
    # history off (shellrun.fresh_shell: HistoryManager.enabled = False, an in-memory DummyDB),
    # so a stand-in that has the names IPython reads, and refuses to connect, is enough.
    import types

    sqlite3 = types.ModuleType("sqlite3")

    class Error(Exception):
        pass

    class Connection:
        pass

    def connect(*args, **kwargs):
        raise sqlite3.OperationalError("sqlite3 is not in this Pyodide (tests/pyodide)")

    sqlite3.Error = Error
    sqlite3.DatabaseError = type("DatabaseError", (Error,), {})
    sqlite3.OperationalError = type("OperationalError", (sqlite3.DatabaseError,), {})
    sqlite3.IntegrityError = type("IntegrityError", (sqlite3.DatabaseError,), {})
    sqlite3.Connection = Connection
    sqlite3.connect = connect
    sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES = 1, 2
    sys.modules["sqlite3"] = sqlite3

os.chdir("/repo")
sys.path.insert(0, "/repo")
modules = sorted(
    os.path.join("tests", name) for name in os.listdir("tests")
    if name.startswith("test_") and name.endswith(".py")
    and "mark.fast" in open(os.path.join("tests", name), encoding="utf-8").read())

if PYTEST_ARGS[:1] == ["--python"]:  # noqa: F821 - run a script instead (to look into a failure)
    sys.argv = list(PYTEST_ARGS[1:])  # noqa: F821
    with open(sys.argv[0], encoding="utf-8") as script:
        exec(compile(script.read(), sys.argv[0], "exec"), {"__name__": "__main__"})  # noqa: S102
    status = 0
else:
    import pytest

    chosen = [a for a in PYTEST_ARGS if a.startswith("tests/")]  # noqa: F821 - or all of them
    status = int(pytest.main(["-m", "fast", "-p", "no:cacheprovider", "--capture=sys",
                              *PYTEST_ARGS, *([] if chosen else modules)]))  # noqa: F821
status
