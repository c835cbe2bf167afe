"""Reports as a person sees them: JupyterLab in headless Chromium, light and dark theme.

One JupyterLab server (its own settings, workspace, runtime and config dirs under a temp dir),
one notebook per theme, run through JupyterLab's own "run all" command: a passing, a warning and
a failing ``%%tfcheck`` cell and ``%tfgraph``. The contrast of every piece of text in the reports
is computed from the browser's computed colours (translucent backgrounds composited over what lies
beneath, WCAG 2 relative luminance) and must be at least 4.5:1. The same reports' HTML, from a
real IPython shell, is also measured in a page built like VS Code's notebook output webview (its
stylesheets and the Dark Modern / Light Modern theme variables; see ``VSCODE_THEMES``).
Screenshots are written to ``tests/artifacts/`` (ignored by git).

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``jupyterlab`` and ``selenium``
packages (``.ci/run`` installs them); without them the test is skipped, with the reason shown by
``pytest -ra``.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

ARTIFACTS = pathlib.Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
MIN_CONTRAST = 4.5

CELLS = [
    "%load_ext tfmagic",
    "%%tfcheck\nimport tensorflow as tf\n"
    "weights = tf.Variable(tf.zeros([3, 2]), name='weights')\n"
    "bias = tf.Variable(tf.zeros([2]), name='bias')",
    "%%tfcheck\nused = tf.Variable(1.0, name='used')\nunused = tf.Variable(2.0, name='unused')\n"
    "with tf.GradientTape() as tape:\n    loss = used * 3.0  # unused never enters the loss\n"
    "grads = tape.gradient(loss, [used, unused])",
    "import keras\nhead = keras.Sequential([keras.layers.Dense(2)])\n%tfgraph",
    # A failure whose listing shows every token family the report colours: a keyword, a builtin,
    # a class, a function, a decorator, a string, a number, an operator, a comment.
    "%%tfcheck\nclass Projection:\n    @staticmethod\n    def width():\n"
    "        return len('abcde')\n"
    "inputs = tf.ones([4, Projection.width()], name='inputs') * 0.5\n"
    "# weights is (3, 2): the inner dimensions differ\n"
    "logits = tf.matmul(inputs, weights)\nprobabilities = tf.nn.softmax(logits)",
]
# Token colours every listing must show (the name in --jp-mirror-editor-<name>-color).
TOKENS = ("keyword", "builtin", "def", "meta", "string", "number", "operator")

# Every element of a report with text of its own: its text colour against the background it is
# drawn on (backgrounds composited from the first opaque ancestor down), as WCAG contrast.
MEASURE_JS = r"""
function parse(c) {
  const s = c.match(/color\(srgb ([^)]+)\)/);
  if (s) {
    const p = s[1].split(/[ \/]+/).filter(Boolean).map(Number);
    return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
  }
  const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, under) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]);
}
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let base = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
  return base;
}
function lum(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
function contrast(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function kind(el) {
  const tag = el.tagName.toLowerCase();
  if (tag === 'th' || tag === 'td') return 'table ' + tag;
  const pre = el.closest('pre');
  if (pre) {
    const bg = getComputedStyle(pre).backgroundColor;
    if (pre.style.boxShadow && pre.style.boxShadow.includes('inset')) return 'marked row';
    if (el.closest('span[style*="user-select"]')) return 'line number';
    // A syntax-coloured token: named by the editor colour its inline style asks for.
    const token = (el.getAttribute('style') || '').match(/--jp-mirror-editor-([a-z]+)-color/);
    return token ? 'token ' + token[1] : 'code';
  }
  if (tag === 'code') return 'inline code';
  if (tag === 'summary') return 'summary';
  return 'label/text';
}
const results = [];
for (const root of document.querySelectorAll(arguments[0] + ' div[style*="border-left: 4px"]')) {
  root.querySelectorAll('details').forEach(d => d.open = true);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.getClientRects().length === 0) continue;
    const bg = background(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    results.push({kind: kind(el), contrast: contrast(fg, bg),
                  text: Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim().slice(0, 40),
                  color: getComputedStyle(el).color, background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(',') + ')'});
  }
}
return results;
"""


NOTEBOOK_JS = ("const app = window.jupyterapp; if (!app) return false; const nb = "
               "Array.from(app.shell.widgets('main')).find(w => w.sessionContext && w.content "
               "&& w.content.widgets); ")


def _missing() -> str | None:
    if not CHROMIUM or not CHROMEDRIVER:
        return ("no chromium/chromedriver on PATH (Debian: apt-get install -y chromium "
                "chromium-driver)")
    try:
        import jupyterlab  # noqa: F401
        import selenium  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed (pip install -e '.[test]')"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _notebook(path: pathlib.Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    nbformat.write(nb, str(path))


@pytest.fixture(scope="module")
def lab():
    """A JupyterLab server on localhost, every Jupyter directory private to this test."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="tfmagic-lab-"))
    settings = root / "settings"
    # No news or update pop-ups over the notebook.
    notification = settings / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True)
    (notification / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    for theme in ("light", "dark"):
        _notebook(root / f"{theme}.ipynb")
    port, token = _free_port(), "tfmagic-browser-test"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(root / "config"),
               JUPYTER_RUNTIME_DIR=str(root / "runtime"), JUPYTER_DATA_DIR=str(root / "data"),
               JUPYTER_PATH=str(pathlib.Path(sys.prefix) / "share" / "jupyter"),
               TF_CPP_MIN_LOG_LEVEL="2")
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", "--allow-root",
         f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={root / 'workspaces'}", "--LabApp.expose_app_in_browser=True",
         "--ServerApp.disable_check_xsrf=True"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.time() > deadline:
                log.close()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
    yield base, token
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="tfmagic-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                 "--window-size=1100,2400", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, script: str, timeout: float, what: str):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_reports_read_well_in_jupyterlab(lab, browser, theme):
    base, token = lab
    browser.get(f"{base}/lab/tree/{theme}.ipynb?token={token}&reset")
    # A headless window has no focus, so the notebook is found among the main-area widgets and
    # activated (JupyterLab's commands act on the active notebook).
    _wait(browser, NOTEBOOK_JS + "if (!nb) return false; window.jupyterapp.shell.activateById("
                   "nb.id); const k = nb.sessionContext.session && nb.sessionContext.session"
                   ".kernel; return !!k && k.connectionStatus === 'connected' && "
                   "k.status === 'idle';", 120, "the notebook and its kernel")
    wanted = "JupyterLab Dark" if theme == "dark" else "JupyterLab Light"
    browser.execute_script(f"return window.jupyterapp.commands.execute("
                           f"'apputils:change-theme', {{theme: '{wanted}'}})")
    _wait(browser, f"return document.body.dataset.jpThemeLight === "
                   f"'{'false' if theme == 'dark' else 'true'}'", 30, f"the {theme} theme")
    browser.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    # Four reports: passing, warning, %tfgraph, failing (whose error output follows it).
    _wait(browser, "return document.querySelectorAll('.jp-OutputArea-output "
                   "div[style*=\"border-left: 4px\"]').length >= 4 && "
                   "document.querySelector('.jp-OutputArea-output[data-mime-type="
                   "\"application/vnd.jupyter.stderr\"], .jp-OutputArea-output"
                   "[data-mime-type=\"application/vnd.jupyter.error\"]') !== null",
          240, "the four reports and the traceback")
    time.sleep(1)  # let the theme's transitions settle before measuring
    measured = browser.execute_script(MEASURE_JS, ".jp-OutputArea-output")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"jupyterlab-{theme}.png"
    browser.execute_script("window.jupyterapp.commands.execute('application:toggle-left-area')")
    time.sleep(0.5)
    browser.save_screenshot(str(shot))
    (ARTIFACTS / f"contrast-{theme}.json").write_text(json.dumps(measured, indent=1))
    _assert_contrast(measured, f"JupyterLab {theme}", shot)


def _assert_contrast(measured: list, where: str, shot: pathlib.Path) -> None:
    by_kind: dict = {}
    for item in measured:
        by_kind.setdefault(item["kind"], []).append(item)
    summary = {kind: round(min(i["contrast"] for i in items), 2)
               for kind, items in sorted(by_kind.items())}
    print(f"\n{where}: lowest contrast per kind {summary}; screenshot {shot}")
    for kind in ("code", "marked row", "table td", "table th", "label/text",
                 *(f"token {token}" for token in TOKENS)):
        assert kind in by_kind, f"no {kind} measured in {where}: {summary}"
    failing = [i for i in measured if i["contrast"] < MIN_CONTRAST]
    assert not failing, json.dumps(failing[:10], indent=1)


# --------------------------------------------------------------------------- VS Code
#
# VS Code shows a notebook's HTML outputs in a webview: the theme's colours arrive as
# ``--vscode-<colour id with . as ->`` properties set on the webview's <html> element
# (src/vs/workbench/contrib/webview/browser/pre/index.html, ``applyStyles``), under the webview's
# default stylesheet (same file, ``defaultStyles``) and the notebook's output stylesheet
# (src/vs/workbench/contrib/notebook/browser/view/renderers/backLayerWebView.ts), both copied
# below. The webview's body is transparent over the notebook editor, whose background is the
# editor background: the page paints that on <html>.
#
# The values: extensions/theme-defaults/themes/dark_modern.json and light_modern.json, and, for
# colours a theme leaves unset, the colour registry's defaults for its kind (dark / light):
# list.hoverBackground (platform/theme/common/colors/listColors.ts), editorWarning/editorInfo
# (editorColors.ts), symbolIcon.* (editor/contrib/symbolIcons/browser/symbolIcons.ts; keyword =
# foreground), debugTokenExpression.* (workbench/contrib/debug/browser/debugColors.ts),
# testing.iconPassed (workbench/contrib/testing/browser/theme.ts).
VSCODE_THEMES = {
    "Dark Modern": {
        "editor-background": "#1F1F1F", "editor-foreground": "#CCCCCC", "foreground": "#CCCCCC",
        "textCodeBlock-background": "#2B2B2B", "textPreformat-foreground": "#D0D0D0",
        "textPreformat-background": "#3C3C3C", "panel-border": "#2B2B2B",
        "textLink-foreground": "#4DAAFC", "errorForeground": "#F85149",
        "list-hoverBackground": "#2A2D2E", "editorWarning-foreground": "#CCA700",
        "editorInfo-foreground": "#3794FF", "testing-iconPassed": "#73C991",
        "symbolIcon-keywordForeground": "#CCCCCC", "symbolIcon-functionForeground": "#B180D7",
        "symbolIcon-classForeground": "#EE9D28", "debugTokenExpression-string": "#CE9178",
        "debugTokenExpression-number": "#B5CEA8",
    },
    "Light Modern": {
        "editor-background": "#FFFFFF", "editor-foreground": "#3B3B3B", "foreground": "#3B3B3B",
        "textCodeBlock-background": "#F8F8F8", "textPreformat-foreground": "#3B3B3B",
        "textPreformat-background": "#0000001F", "panel-border": "#E5E5E5",
        "textLink-foreground": "#0D9488", "errorForeground": "#F85149",
        "list-hoverBackground": "#F2F2F2", "editorWarning-foreground": "#BF8803",
        "editorInfo-foreground": "#1A85FF", "testing-iconPassed": "#73C991",
        "symbolIcon-keywordForeground": "#3B3B3B", "symbolIcon-functionForeground": "#652D90",
        "symbolIcon-classForeground": "#D67E00", "debugTokenExpression-string": "#A31515",
        "debugTokenExpression-number": "#098658",
    },
}
VSCODE_FONTS = {
    "font-family": "system-ui, 'Ubuntu', 'Droid Sans', sans-serif", "font-size": "13px",
    "font-weight": "normal", "editor-font-family": "'Droid Sans Mono', monospace",
    "editor-font-size": "14px",
}
VSCODE_WEBVIEW_CSS = """
@layer vscode-default {
  body { background-color: transparent; color: var(--vscode-editor-foreground);
         font-family: var(--vscode-font-family); font-weight: var(--vscode-font-weight);
         font-size: var(--vscode-font-size); margin: 0; padding: 0 20px; }
  a, a code { color: var(--vscode-textLink-foreground); }
  code { font-family: var(--monaco-monospace-font); color: var(--vscode-textPreformat-foreground);
         background-color: var(--vscode-textPreformat-background); padding: 1px 3px;
         border-radius: 4px; }
  pre code { padding: 0; }
}
#container > div > div.output { padding: 4px 8px 4px 8px; box-sizing: border-box;
  background-color: var(--vscode-notebook-outputContainerBackgroundColor); }
table, thead, tr, th, td, tbody { border: none !important; border-color: transparent;
  border-spacing: 0; border-collapse: collapse; }
table { width: 100%; }
table, th, tr { text-align: left !important; }
thead { font-weight: bold; background-color: rgba(130, 130, 130, 0.16); }
th, td { padding: 4px 8px; }
tr:nth-child(even) { background-color: rgba(130, 130, 130, 0.08); }
tbody th { font-weight: normal; }
"""
# A passing cell that created variables, a warning, %tfgraph, and the failure.
VSCODE_CELLS = CELLS[1:]


def _vscode_page(theme: str, reports: list[str]) -> str:
    import html as html_lib

    kind = "vscode-dark" if "Dark" in theme else "vscode-light"
    variables = {**VSCODE_THEMES[theme], **VSCODE_FONTS}
    style = "; ".join(f"--vscode-{name}: {value}" for name, value in variables.items())
    outputs = "".join(f'<div><div class="output">{report}</div></div>' for report in reports)
    return (f'<!DOCTYPE html><html lang="en" style="{html_lib.escape(style)}; '
            f'background-color: var(--vscode-editor-background)"><head><meta charset="UTF-8">'
            f"<title>{theme}</title><style>{VSCODE_WEBVIEW_CSS}</style></head>"
            f'<body class="{kind}" data-vscode-theme-kind="{kind}" '
            f'data-vscode-theme-name="{theme}"><div id="container">{outputs}</div></body></html>')


@pytest.fixture(scope="module")
def report_html():
    """The HTML tfmagic displays for a passing, a warning, a %tfgraph and a failing cell, from
    a real IPython shell running real TensorFlow (a child process)."""
    sys.path.insert(0, str(pathlib.Path(__file__).parent))
    from shellrun import run_isolated

    outcomes = run_isolated(VSCODE_CELLS)
    reports = [html for outcome in outcomes for html in outcome["html"]
               if 'border-left: 4px' in html]
    assert outcomes[-1]["error_type"] == "InvalidArgumentError", outcomes[-1]
    assert len(reports) == 4, [o["html"] for o in outcomes]
    return reports


@pytest.mark.parametrize("theme", sorted(VSCODE_THEMES))
def test_reports_read_well_in_vscode_notebook_webview(browser, report_html, theme):
    page = ARTIFACTS / f"vscode-{theme.split()[0].lower()}.html"
    ARTIFACTS.mkdir(exist_ok=True)
    page.write_text(_vscode_page(theme, report_html), encoding="utf-8")
    browser.get(page.resolve().as_uri())
    _wait(browser, "return document.readyState === 'complete' && "
                   "document.querySelectorAll('#container div.output').length === 4",
          30, f"the {theme} page")
    # The host's variables, not the light fallback, coloured the report.
    body = VSCODE_THEMES[theme]["editor-foreground"].lower()
    seen = browser.execute_script(
        "const el = document.querySelector('#container div.output > div');"
        "return [getComputedStyle(el).color, getComputedStyle(el).backgroundColor];")
    wanted = "rgb({}, {}, {})".format(*(int(body[i:i + 2], 16) for i in (1, 3, 5)))
    assert seen[0] == wanted, (seen, wanted)
    measured = browser.execute_script(MEASURE_JS, "#container div.output")
    shot = page.with_suffix(".png")
    browser.save_screenshot(str(shot))
    page.with_name(f"contrast-{page.stem}.json").write_text(json.dumps(measured, indent=1))
    _assert_contrast(measured, f"VS Code {theme}", shot)
