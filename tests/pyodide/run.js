// Run the fast tests (pytest -m fast) in CPython compiled to WebAssembly (Pyodide) under Node.
//   node tests/pyodide/run.js PYODIDE_DIR WHEEL_DIR [pytest args...]
// PYODIDE_DIR holds node_modules/pyodide (any version: loaded with require, which 0.22's ES
// module needs); WHEEL_DIR holds the wheels tests/pyodide/wheels.py downloaded for that Python
// and its install.txt. The repository and WHEEL_DIR are mounted from the host (NODEFS);
// bootstrap.py installs the wheels and runs pytest, whose exit status this process exits with.
"use strict";
const fs = require("fs");
const path = require("path");

async function main() {
  const [pyodideDir, wheelDir, ...pytestArgs] = process.argv.slice(2);
  const root = path.resolve(__dirname, "..", "..");
  const dist = path.resolve(pyodideDir, "node_modules", "pyodide");
  const { loadPyodide } = require(dist);
  const started = Date.now();
  const pyodide = await loadPyodide({ indexURL: dist + path.sep });
  for (const [host, mountpoint] of [[root, "/repo"], [path.resolve(wheelDir), "/wheels"]]) {
    pyodide.FS.mkdirTree(mountpoint);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: host }, mountpoint);
  }
  const bootstrap = fs.readFileSync(path.join(__dirname, "bootstrap.py"), "utf8");
  pyodide.globals.set("PYTEST_ARGS", pyodide.toPy(pytestArgs));
  pyodide.globals.set("LOAD_SECONDS", (Date.now() - started) / 1000);
  const status = pyodide.runPython(bootstrap);
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
