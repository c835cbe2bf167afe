"""Download what the Pyodide layer installs, as pure-Python wheel files, for one Python version.

What: ``pyproject.toml``'s ``[project] dependencies`` and its ``fast`` extra (what ``pytest -m
fast`` needs beyond them), and what those need in turn, each requirement's environment markers
evaluated for the target interpreter (CPython X.Y under Emscripten, as Pyodide reports itself).
pip's own resolver cannot do this: ``pip download --python-version`` picks wheels by that
version's ``Requires-Python`` but evaluates markers against the interpreter running pip, so on
3.11 it leaves out 3.10's ``exceptiongroup`` and ``tomli``. So each round downloads only the
named requirements (``--no-deps``) and reads their ``Requires-Dist`` here, until nothing is
missing. Every wheel must be ``py3-none-any`` (pip is told ``--platform any --abi none``).

    python tests/pyodide/wheels.py 3.12 DIR      # DIR gets the .whl files; reruns reuse them
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from email.parser import Parser

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # a bare venv: pip's own copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.specifiers import SpecifierSet
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename

try:
    import tomllib
except ImportError:  # pragma: no cover - the host runs 3.11+
    import tomli as tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def project_requirements() -> list[str]:
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        project = tomllib.load(handle)["project"]
    return list(project["dependencies"]) + list(project["optional-dependencies"]["fast"])


def target_environment(version: str) -> dict:
    env = default_environment()
    env.update(python_version=version, python_full_version=version + ".0",
               sys_platform="emscripten", platform_system="Emscripten",
               platform_machine="wasm32", os_name="posix", implementation_name="cpython",
               platform_python_implementation="CPython")
    return env


def downloaded(folder: str) -> dict:
    """canonical name -> (version, wheel path) of the wheels in ``folder``."""
    found = {}
    for name in os.listdir(folder):
        if name.endswith(".whl"):
            project, version, _, tags = parse_wheel_filename(name)
            if not any(t.abi == "none" and t.platform == "any" for t in tags):
                raise SystemExit(f"{name}: not a pure-Python wheel")
            found[project] = (version, os.path.join(folder, name))
    return found


def wheel_requirements(path: str) -> list[Requirement]:
    with zipfile.ZipFile(path) as wheel:
        meta = next(n for n in wheel.namelist()
                    if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        message = Parser().parsestr(wheel.read(meta).decode("utf-8"))
    return [Requirement(r) for r in message.get_all("Requires-Dist") or ()]


def resolve(version: str, folder: str) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    env = target_environment(version)
    for _ in range(20):
        have = downloaded(folder)
        wanted: dict = {}  # name -> (SpecifierSet, extras)

        def want(req: Requirement, extras=("",)) -> None:
            if req.marker is not None and \
                    not any(req.marker.evaluate(dict(env, extra=e)) for e in extras):
                return
            name = canonicalize_name(req.name)
            spec, more = wanted.get(name, (SpecifierSet(), set()))
            wanted[name] = (spec & req.specifier, more | set(req.extras))

        for text in project_requirements():
            want(Requirement(text))
        # Walk the wheels already here from the top-level names, so a stale wheel no longer
        # needed is neither read nor installed.
        seen: set = set()
        pending = list(wanted)
        while pending:
            name = pending.pop()
            if name in seen or name not in have:
                continue
            seen.add(name)
            extras = ("",) + tuple(sorted(wanted[name][1]))
            for req in wheel_requirements(have[name][1]):
                want(req, extras)
                pending.append(canonicalize_name(req.name))
        missing = []
        for name, (spec, _) in sorted(wanted.items()):
            if name in have and spec.contains(have[name][0], prereleases=True):
                continue
            if name in have:
                os.remove(have[name][1])
            missing.append(f"{name}{spec}")
        if not missing:
            return sorted(os.path.basename(have[n][1]) for n in wanted)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary=:all:", "--platform", "any", "--abi", "none",
                        "--implementation", "py", "--python-version", version,
                        "--dest", folder, *missing], check=True)
    raise SystemExit("wheels.py: requirements did not settle in 20 rounds")


if __name__ == "__main__":
    version, folder = sys.argv[1], sys.argv[2]
    wheels = resolve(version, folder)
    with open(os.path.join(folder, "install.txt"), "w", encoding="utf-8") as handle:
        handle.write("".join(w + "\n" for w in wheels))
    print(f"Python {version}: {len(wheels)} wheels in {folder}")
