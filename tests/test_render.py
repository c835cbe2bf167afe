"""The renderer on plain report data: no TensorFlow, no shell (fast layer)."""

from __future__ import annotations

import ast
import pathlib
import re

import pytest

from tfmagic import render
from tfmagic.render import model
from tfmagic.report import Finding, GraphReport, Report, VariableRecord

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)

PACKAGE = pathlib.Path(render.__file__).parent


def _long_failing_report(lines: int = 5000, cause: int = 1200, raised: int = 4800) -> Report:
    body = "\n".join(f"value_{i} = compute(value_{i - 1}, step={i})  # step {i}"
                     for i in range(1, lines + 1))
    message = "Incompatible shapes: [32,10] vs. [32,1]\n" + "\t [[node details]]\n" * 2000
    return Report(
        ok=False, error_type="InvalidArgumentError", error_message=message,
        findings=[Finding(kind="shape_mismatch", severity="error", line=cause,
                          raise_line=raised, summary="The labels do not match the output.",
                          fix="Reshape the labels.", culprits=["labels"])],
        cell_label="In[7]", source=body, raise_line=raised, raise_col=(4, 20),
        header="%%tfcheck")


def test_long_cell_is_folded_and_small():
    report = _long_failing_report()
    bundle = render.report_bundle(report, render.View(width=100))
    html, text = bundle["text/html"], bundle["text/plain"]
    assert len(html.encode()) < 50_000, len(html.encode())
    assert len(text.encode()) < 50_000, len(text.encode())
    # Cause and raise (editor lines 1201 and 4801) are shown with context; the rest is folded.
    assert "value_1200 = compute" in html and "step=4800)  # step 4800" in html
    assert "value_1196 = compute" not in html and "value_2500 = compute" not in html
    assert "lines folded (2&ndash;1197)" in html
    assert re.search(r">>\s+1201 \| value_1200", text)
    assert re.search(r"->\s+4801 \| value_4800", text)
    assert "more characters in the traceback" in html


def test_listing_model_numbers_rows_as_the_editor_does():
    report = Report(ok=False, error_type="ValueError", source="a = 1\nb = 2\nc = a / 0\n",
                    raise_line=3, header="%%tfcheck -q",
                    findings=[Finding(kind="other", severity="error", line=1, raise_line=3,
                                      summary="s")])
    listing = model.build_listing(report)
    numbers = [(row.number, row.role, row.dimmed) for row in listing.rows]
    assert numbers == [(1, None, True), (2, "cause", False), (3, None, False),
                       (4, "raise", False)]
    assert listing.rows[0].text == "%%tfcheck -q"
    # The public Finding.line keeps its body meaning; what is shown is the editor's number.
    assert model.finding_where(report.findings[0], report) == "line 2"
    report.header = None  # a cell without the magic line (always-on mode)
    assert [row.number for row in model.build_listing(report).rows] == [1, 2, 3]


def test_variable_table_uses_editor_lines_for_the_reports_own_cell():
    records = [VariableRecord(name="mine:0", cell="In[4]", line=2),
               VariableRecord(name="theirs:0", cell="In[2]", line=5)]
    report = Report(ok=True, variables=records, cell_label="In[4]", header="%%tfcheck")
    html = render.report_html(report)
    assert re.search(r">In\[4\]</td><td[^>]*>3</td>", html)  # body line 2 = editor line 3
    assert re.search(r">In\[2\]</td><td[^>]*>5</td>", html)  # no offset known: as recorded
    report.cell_offsets = {"In[2]": 1}  # In[2] starts with a %%tfcheck line
    assert re.search(r">In\[2\]</td><td[^>]*>6</td>", render.report_html(report))
    graph = GraphReport(variables=records, uninitialized=records, show_all=True,
                        cell_offsets={"In[4]": 1, "In[2]": 0})
    assert re.search(r">In\[4\]</td><td[^>]*>3</td>", render.graph_html(graph))
    graph_text = render.graph_text(graph)
    assert re.search(r"mine:0 .* line 3$", graph_text, re.M), graph_text
    assert re.search(r"theirs:0 .* line 5$", graph_text, re.M), graph_text


def test_other_cell_lines_are_shown_with_that_cells_editor_numbers():
    """``Finding.line`` and ``other_cell_lines`` hold body lines; the report carries each
    cell's offset and the renderer converts, in the tag and the quoted line alike."""
    finding = Finding(kind="other", severity="error", line=4, cell="In[2]", summary="s",
                      other_cell_lines=[("In[2]", 4, "z = 1")])
    report = Report(ok=False, error_type="ValueError", source="y = z\n", header="%%tfcheck",
                    cell_label="In[5]", findings=[finding], cell_offsets={"In[2]": 1})
    bundle = render.report_bundle(report, render.View(width=100))
    for shown in (bundle["text/plain"], bundle["text/html"]):
        assert "line 5 of In[2]" in shown and "In[2] line 5: z = 1" in shown
        assert "line 4" not in shown
    report.cell_offsets = {"In[2]": 0}  # a plain earlier cell: body line = editor line
    bundle = render.report_bundle(report, render.View(width=100))
    for shown in (bundle["text/plain"], bundle["text/html"]):
        assert "line 4 of In[2]" in shown and "In[2] line 4: z = 1" in shown
    assert finding.line == 4 and report.to_dict()["findings"][0]["other_cell_lines"] == [
        ["In[2]", 4, "z = 1"]]


def test_warning_lines_are_not_marked_as_errors():
    report = Report(ok=True, source="x = 1\ny = 2\n", header="%%tfcheck",
                    findings=[Finding(kind="missing_gradient", severity="warning", line=2,
                                      summary="w")])
    listing = model.build_listing(report)
    assert listing.roles == {"warning"}
    html = render.report_html(report)
    assert "rgba(255, 179, 0" in html and "rgba(229, 57, 53" not in html


def test_html_sets_colour_and_background_together():
    """Every element that sets a background sets a colour (and the reverse), and every colour
    is a host variable with a fallback, so no text inherits the theme against our background."""
    report = _long_failing_report(lines=30, cause=3, raised=9)
    report.variables = [VariableRecord(name="w:0", shape=(3, 2), dtype="float32",
                                       device="/device:CPU:0", cell="In[7]", line=2)]
    report.findings.append(Finding(kind="other", severity="warning", line=5, summary="`x` w",
                                   other_cell_lines=[("In[2]", 4, "z = 1")]))
    graph = GraphReport(variables=report.variables, uninitialized=report.variables,
                        findings=[Finding(kind="checkpoint_mismatch", severity="error",
                                          summary="s", fix="do this:\nmap = {'a': 'b'}")])
    for html in (render.report_html(report), render.graph_html(graph)):
        for style in re.findall(r'style="([^"]*)"', html):
            props = {p.split(":", 1)[0].strip(): p.split(":", 1)[1].strip()
                     for p in style.split(";") if ":" in p}
            if "background" in props:
                assert "color" in props, style
            if "color" in props:
                assert re.match(r"(color-mix\(in srgb, )?var\(--jp-", props["color"]), style
        for tag in ("pre", "code", "th", "td"):
            for style in re.findall(rf'<{tag} style="([^"]*)"', html):
                assert re.search(r"(^|;)\s*color:", style) and "background" in style, (tag, style)
        assert not re.search(r"<(script|style|link)\b", html) and "class=" not in html


def test_text_wraps_with_a_hanging_indent_and_ends_with_a_blank_line():
    summary = " ".join(["the labels do not match the model output"] * 6)
    report = Report(ok=False, error_type="ValueError", source="a = 1\n", raise_line=1,
                    header="%%tfcheck",
                    findings=[Finding(kind="shape_mismatch", severity="error", line=1,
                                      summary=summary, fix="Reshape " * 30)])
    text = render.report_text(report, render.View(width=60))
    lines = text.split("\n")
    assert all(len(line) <= 60 for line in lines), lines
    start = next(i for i, line in enumerate(lines) if line.startswith("  [error]"))
    assert lines[start + 1].startswith("      the labels") or \
        lines[start + 1].startswith("      ")
    assert text.endswith("\n") and not text.endswith("\n\n")  # display adds the next newline
    wide = render.report_text(report, render.View(width=200))
    assert len(wide.split("\n")) < len(lines)


def test_render_imports_nothing_from_report():
    """report -> render only: the package reads reports by attribute."""
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").endswith("report"), path
            if isinstance(node, ast.Import):
                assert not any(a.name.endswith("report") for a in node.names), path


def test_view_options_are_not_report_fields():
    fields = set(Report.__dataclass_fields__)
    assert not fields & {"quiet", "max_rows", "show_summary"}
    records = [VariableRecord(name=f"v{i}:0") for i in range(5)]
    report = Report(ok=True, variables=records)
    html = render.report_html(report, render.View(max_rows=2))
    assert "v1:0" in html and "v2:0" not in html and "3 more" in html
    assert "v2:0" not in render.report_html(report, render.View(show_summary=False))


def test_listing_colours_every_token_family_the_theme_lists():
    """Pygments names strings and numbers Token.Literal.String.* / Token.Literal.Number.*: each
    token takes the style of its nearest listed ancestor, so they are coloured too."""
    from tfmagic.render import html as render_html

    source = ["@staticmethod", "def width(): return len('abc') + 0.5 * 2  # half"]
    styles = {text: style for line in render_html.highlighted(source) for style, text in line}
    assert "--jp-mirror-editor-meta-color" in styles["@staticmethod"]
    assert "--jp-mirror-editor-def-color" in styles["width"]
    assert "--jp-mirror-editor-keyword-color" in styles["return"]
    assert "--jp-mirror-editor-builtin-color" in styles["len"]
    assert "--jp-mirror-editor-string-color" in styles["abc"]
    for number in ("0.5", "2"):
        assert "--jp-mirror-editor-number-color" in styles[number]
    assert "--jp-mirror-editor-operator-color" in styles["*"]
    assert "font-style:italic" in styles["# half"]
    assert styles["("] == ""


def test_the_evidence_chain_is_shown_once_and_escaped():
    from tfmagic.report import Finding, Report
    from tfmagic import render

    finding = Finding(kind="other", severity="error", summary="x", fix="y", line=1, raise_line=2,
                      evidence=[{"cell": None, "line": 1, "text": "`a` = `<b>` (line 1)"},
                                {"cell": "In[1]", "line": 3, "text": "`b` made (line 3 of In[1])"}])
    report = Report(ok=False, error_type="ValueError", findings=[finding], cell_label="In[2]",
                    source="a = 1\nb = a\n", raise_line=2)
    text = render.report_text(report, render.View(width=200))
    assert text.count("evidence: `a` = `<b>` (line 1) <- `b` made (line 3 of In[1])") == 1
    html = render.report_html(report)
    assert "&lt;b&gt;" in html and "<b>` (line" not in html and html.count("Evidence:") == 1


def test_a_warning_card_without_variables_is_headed_by_its_warnings():
    """Issue 18: a passing cell's warning card was headed "0 variables created"."""
    warning = Finding(kind="device_placement", severity="warning", summary="moved to the CPU",
                      line=1)
    report = Report(ok=True, findings=[warning], cell_label="In[3]", source="x = 1\n")
    assert render.report_text(report).splitlines()[0] == "tfmagic In[3]: 1 warning"
    assert "0 variables created" not in render.report_html(report).split("</div>")[0]
