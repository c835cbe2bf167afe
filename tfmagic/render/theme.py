"""Colours as CSS custom properties of the host page, each with fallbacks.

Inline styles cannot carry selectors or media queries, but they can read the host's CSS
variables: JupyterLab themes define ``--jp-*``, VS Code's notebook webview ``--vscode-*``.  Each
colour below is ``var(--jp-…, var(--vscode-…, #hex))``: the JupyterLab value where there is one,
else VS Code's, else a light palette.  Colab defines no stable variables (its dark mode is an
``html[theme=dark]`` selector that an inline style cannot see; Colab's maintainers call its own
properties unstable, googlecolab/colabtools#1214), so there, as in nbconvert's HTML, the report is
a light card whose every element sets both its colour and its background: readable in either mode.

Marked rows use translucent backgrounds over the code background and the theme's own text colour,
so one value reads on a light and on a dark page; their syntax colouring is dropped (editor token
palettes are made for the editor background, not for a tinted one).
"""

from __future__ import annotations


def var(*names: str, fallback: str) -> str:
    """``var(--a, var(--b, fallback))``."""
    value = fallback
    for name in reversed(names):
        value = f"var({name}, {value})"
    return value


FG = var("--jp-content-font-color1", "--vscode-editor-foreground", fallback="#1b1b1b")
BG = var("--jp-layout-color0", "--vscode-editor-background", fallback="#ffffff")
# Dimmed text: the theme's text colour mixed a quarter of the way toward its background.
# JupyterLab's own --jp-content-font-color2 (black at 54 %) falls under 4.5:1 on its grey code
# background (measured 4.50 on #f5f5f5, 4.0 on a marked row), so it is not used. A browser without
# color-mix() drops the declaration and the element inherits FG from its parent.
FG_DIM = f"color-mix(in srgb, {FG} 75%, {BG})"
CODE_BG = var("--jp-cell-editor-background", "--vscode-textCodeBlock-background",
              fallback="#f6f6f6")
CHIP_BG = var("--jp-layout-color2", "--vscode-textPreformat-background", fallback="#ececec")
BORDER = var("--jp-border-color1", "--vscode-panel-border", fallback="#c4c4c4")
TABLE_STRIPE = var("--jp-rendermime-table-row-background", "--vscode-list-hoverBackground",
                   fallback="#f2f2f2")

# Accents: borders, underlines and the severity bar only, never text, so they need no contrast.
ACCENT = {
    "error": var("--jp-error-color1", "--vscode-errorForeground", fallback="#c62828"),
    "warning": var("--jp-warn-color1", "--vscode-editorWarning-foreground", fallback="#e08a00"),
    "info": var("--jp-info-color1", "--vscode-editorInfo-foreground", fallback="#1565c0"),
    "ok": var("--jp-success-color1", "--vscode-testing-iconPassed", fallback="#2e7d32"),
}

# Marked rows: (translucent background, opaque bar colour). Red cause, violet raise, magenta both,
# amber for the line a warning is about: told apart by hue and by the word in the gutter.
MARK = {
    "cause": ("rgba(229, 57, 53, 0.20)", "#e53935"),
    "raise": ("rgba(126, 87, 194, 0.24)", "#7e57c2"),
    "both": ("rgba(216, 27, 96, 0.26)", "#d81b60"),
    "warning": ("rgba(255, 179, 0, 0.24)", "#f9a825"),
}
MARK_WORD = {"cause": "cause", "raise": "raised", "both": "cause+raised", "warning": "warning"}

# Pygments token types, named as in ``pygments.token`` (``String`` is ``Token.Literal.String``), ->
# (JupyterLab editor variable, VS Code variable, light fallback). A token takes the entry of its
# nearest listed ancestor type (``String.Double`` -> ``String``).
_TOKEN = {
    "Keyword": ("--jp-mirror-editor-keyword-color", "--vscode-symbolIcon-keywordForeground",
                "#007a00"),
    "Name.Builtin": ("--jp-mirror-editor-builtin-color", "--vscode-symbolIcon-functionForeground",
                     "#007a00"),
    "Name.Function": ("--jp-mirror-editor-def-color", "--vscode-symbolIcon-functionForeground",
                      "#0000e0"),
    # VS Code's class-symbol colour (Light Modern: #D67E00) gives 2.9:1 on its code background;
    # classes take the function colour, as JupyterLab's def-color colours both.
    "Name.Class": ("--jp-mirror-editor-def-color", "--vscode-symbolIcon-functionForeground",
                   "#0000e0"),
    "Name.Decorator": ("--jp-mirror-editor-meta-color", "--vscode-symbolIcon-keywordForeground",
                       "#8a2be2"),
    "String": ("--jp-mirror-editor-string-color", "--vscode-debugTokenExpression-string",
               "#b11e1e"),
    "Number": ("--jp-mirror-editor-number-color", "--vscode-debugTokenExpression-number",
               "#007a00"),
    "Operator.Word": ("--jp-mirror-editor-keyword-color", "--vscode-symbolIcon-keywordForeground",
                      "#8a2be2"),
    "Operator": ("--jp-mirror-editor-operator-color", "--vscode-editor-foreground", "#8a2be2"),
}
# Each token colour is the host's, a quarter of the way toward the theme's text colour (which only
# moves it away from the background). Hosts' own colours measured under 4.5:1 on their code
# background: JupyterLab Light's number #080 4.26 and meta #a2f 4.40 on #f5f5f5, JupyterLab Dark's
# def #1e88e5 4.38 and meta #a2f 3.36 on #212121, VS Code Light Modern's number #098658 4.33 on
# #f8f8f8. Mixed, the lowest is JupyterLab Dark's meta at 4.68 (tests/test_browser.py measures
# every token span). It costs ~70 bytes a coloured token: the 5,000-line failing cell's report
# grows from 25.9 to 30.7 kB. A browser without color-mix() drops the declaration; the token
# then takes FG.
TOKEN_MIX = 75


def token_color(jp: str, vs: str, fallback: str) -> str:
    return f"color-mix(in srgb, {var(jp, vs, fallback=fallback)} {TOKEN_MIX}%, {FG})"


TOKEN_STYLE = {family: f"color:{token_color(jp, vs, hexcolor)}"
               for family, (jp, vs, hexcolor) in _TOKEN.items()}
TOKEN_STYLE["Keyword"] += ";font-weight:bold"
# Comments are dimmed text, not the editor's comment colour: JupyterLab's #408080 gives 4.2:1 on
# its own light code background.
TOKEN_STYLE["Comment"] = f"color:{FG_DIM};font-style:italic"
