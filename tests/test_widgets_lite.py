"""What issue 17 needs of the library for a learner's session in JupyterLite, checked in CPython.

- peerlearn's own light :class:`~peerlearn.Table` and :mod:`peerlearn.tables` (no pandas): the
  same rows as the DataFrames, every cell escaped, and every learner notebook running to the end
  with pandas, PyYAML, lxml, jsonschema, citeproc and matplotlib unimportable (as in the site);
- the instructors' notebooks say in one plain sentence, under Pyodide, what they need;
- ``pl.explore()`` builds the first tab only, the others when opened (the state the browser gets);
- the hand-in is offered as a download holding the very file written, which the gradebook imports
  with the right score; the source browser's save in Lite is a download, and writes nothing.

The whole session in the browser is tests/lite/test_lite_session.py.
"""

from __future__ import annotations

import base64
import json
import math
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from widget_page import control, displayed, shown, tree

import peerlearn as pl
from peerlearn import tables
from peerlearn._table import Table

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
LEARNER = [*sorted(NOTEBOOKS.glob("0*.ipynb")), NOTEBOOKS / "explorer_app.ipynb"]
INSTRUCTORS = sorted((REPO / "notebooks" / "instructors").glob("*.ipynb"))
#: no wasm build on PyPI or npm: a JupyterLite site built offline has none of these
NO_WASM = ["pandas", "numpy", "yaml", "lxml", "jsonschema", "citeproc", "matplotlib", "rpds"]


# ---------------------------------------------------------------------- the light table
def _plain(v):
    """A DataFrame cell as a plain value (pandas shows a missing value as NA or NaN)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    try:
        import pandas as pd

        if v is pd.NA:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v.item() if hasattr(v, "item") else v


@pytest.mark.parametrize(
    ("light", "frame"),
    [
        (lambda: tables.references(), lambda: pl.references()),
        (lambda: tables.mechanisms(), lambda: pl.mechanisms()),
        (lambda: tables.theories(), lambda: pl.theories()),
        (lambda: tables.glossary(), lambda: pl.glossary()),
        (lambda: tables.sources_for("love-labour"), lambda: pl.sources_for("love-labour")),
        (
            lambda: tables.sources_for("helper-therapy", include_theories=True),
            lambda: pl.sources_for("helper-therapy", include_theories=True),
        ),
        (lambda: tables.links(), lambda: pl.links()),
        (lambda: tables.search("managed heart"), lambda: pl.search("managed heart")),
    ],
)
def test_light_tables_hold_the_rows_of_the_dataframes(light, frame):
    t, df = light(), frame()
    assert list(t.columns) == list(df.columns)
    rows = [{k: _plain(v) for k, v in r.items()} for r in df.to_dict("records")]
    assert t.records() == rows and len(t) == len(df) > 0
    back = t.to_pandas()
    assert list(back.columns) == list(df.columns) and len(back) == len(df)


def test_table_selects_filters_counts_and_names_a_missing_column():
    t = tables.sources_for("lived-experience")
    counted = t.count("basis", label="links")
    expected = pl.sources_for("lived-experience")["basis"].value_counts()
    assert counted.records() == [{"basis": k, "links": int(v)} for k, v in expected.items()]
    keys = t.where("basis", "curated").column("key")
    frame = pl.sources_for("lived-experience")
    assert keys == list(frame.loc[frame["basis"] == "curated", "key"])
    ordered = ["riessman1965", "lynch2007"]  # in the order asked, as notebook 07 needs
    assert tables.references(ordered).select("key", "year").records() == [
        {"key": "riessman1965", "year": 1965},
        {"key": "lynch2007", "year": 2007},
    ]
    with pytest.raises(KeyError, match=r"no column 'bais'.*key, label, year"):
        t.column("bais")
    with pytest.raises(ValueError, match="column names must differ"):
        Table(columns=["a", "a"])
    with pytest.raises(pl.UnknownIdError):
        tables.references(["nosuchkey1999"])


def test_table_html_escapes_every_cell_and_header():
    hostile = '<img src=x onerror="alert(1)">'
    t = Table([{hostile: hostile, "n": 1}, {hostile: None, "n": None}], caption=hostile)
    html = displayed(t)["text/html"]
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert html.count('<th scope="col">') == 2 and html.count("<tr>") == 3
    assert html.startswith('<table class="pl-records"><caption>&lt;img')
    assert "None" not in html  # a missing value is an empty cell
    assert str(t).splitlines()[1].rstrip().endswith("1")  # numbers right-aligned in text


def test_reflections_page_needs_no_pandas(tmp_path):
    live = tmp_path / "p.json"
    pl.progress.record(
        "reflection", set_id="s", exercise_id="r", answer="<b>mine</b>", prompt="Why?", path=live
    )
    page = pl.progress.reflections_page(live)
    assert isinstance(page.table, Table) and len(page) == 1
    html = displayed(page)["text/html"]
    assert "&lt;b&gt;mine&lt;/b&gt;" in html and "Prompt: Why?" in page.text()


# ---------------------------------------------------------------------- the notebooks in "Lite"
RUNNER = textwrap.dedent(
    """
    import importlib.abc, json, sys
    from pathlib import Path

    import yaml  # the bank as the wheel compiles it (setup.py), read before PyYAML goes away
    bank = {f.name: yaml.safe_load(f.read_text("utf-8"))
            for f in sorted(Path("peerlearn/data/exercises").glob("*.yaml"))}
    BLOCK = set(sys.argv[1].split(","))

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in BLOCK:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    for name in list(sys.modules):
        if name.split(".")[0] in BLOCK:
            del sys.modules[name]
    sys.meta_path.insert(0, Block())
    from peerlearn.exercises import bank as built_in
    built_in._compiled_bank = lambda: bank
    from IPython.core.interactiveshell import InteractiveShell
    shell = InteractiveShell.instance()
    out = {}
    for path in sys.argv[2:]:
        nb = json.loads(Path(path).read_text("utf-8"))
        failed = []
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] == "code":
                r = shell.run_cell("".join(cell["source"]), silent=False, store_history=True)
                if not r.success:
                    failed.append([i, repr(r.error_in_exec or r.error_before_exec)[:300]])
        out[Path(path).name] = failed
    out["heavy"] = sorted({m.split(".")[0] for m in sys.modules} & BLOCK)
    print("RESULT", json.dumps(out))
    """
)


def test_every_learner_notebook_runs_without_packages_that_lack_a_wasm_build(tmp_path):
    env = {"PEERLEARN_HOME": str(tmp_path / "home"), "HOME": str(tmp_path), "MPLBACKEND": "Agg"}
    env["PATH"] = "/usr/bin:/bin"
    env["PYTHONPATH"] = str(REPO)
    r = subprocess.run(
        [sys.executable, "-c", RUNNER, ",".join(NO_WASM), *map(str, LEARNER)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=600,
    )
    line = [x for x in r.stdout.splitlines() if x.startswith("RESULT ")]
    assert line, r.stdout[-3000:] + r.stderr[-3000:]
    result = json.loads(line[-1][len("RESULT ") :])
    assert result.pop("heavy") == []
    assert result == {p.name: [] for p in LEARNER}


def test_no_learner_notebook_imports_pandas_or_uses_dataframe_idioms():
    for path in LEARNER:
        code = "\n".join(
            "".join(c["source"])
            for c in json.loads(path.read_text("utf-8"))["cells"]
            if c["cell_type"] == "code"
        )
        for idiom in ("import pandas", ".loc[", ".value_counts(", ".to_string(", ".set_index("):
            assert idiom not in code, (path.name, idiom)


def test_instructors_notebooks_say_in_lite_what_they_need(tmp_path):
    for path in INSTRUCTORS:
        cells = json.loads(path.read_text("utf-8"))["cells"]
        note, check = cells[1], cells[2]
        assert "".join(note["source"]).startswith("> **In the browser version of the course")
        source = "".join(check["source"])
        assert 'sys.platform == "emscripten"' in source
        # as Pyodide would run it: the platform is emscripten and a needed module is missing
        script = textwrap.dedent(
            """
            import importlib.util, sys
            sys.platform = "emscripten"
            importlib.util.find_spec = lambda name, *a: None
            from IPython.core.interactiveshell import InteractiveShell
            shell = InteractiveShell.instance()
            r = shell.run_cell(sys.stdin.read())
            print("SUCCESS" if r.success else "STOPPED")
            """
        )
        r = subprocess.run(
            [sys.executable, "-c", script], input=source, capture_output=True, text=True
        )
        said = r.stdout + r.stderr
        assert "STOPPED" in said and "Traceback" not in said, (path.name, said)
        sentence = [x for x in said.splitlines() if x.startswith("This notebook needs")]
        assert sentence and sentence[0].endswith("open it in JupyterLab or on your hub."), said
        # in CPython the check does nothing
        plain = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
        assert plain.returncode == 0 and plain.stdout == "", (path.name, plain.stderr)


# ---------------------------------------------------------------------- pl.explore(), lazily
def test_explore_builds_the_first_tab_then_each_tab_when_opened():
    from peerlearn.widgets.app import OPENING

    app = pl.explore(start="lived-experience")
    assert app.built == ("Mechanisms",)
    slot = app.tabs.children[1]
    assert OPENING in slot.children[0].value  # what the browser shows for a moment
    app.select("lynch2007")  # made before the tab exists: the tab shows it when built
    app.tabs.selected_index = 1  # as a click on the tab does
    assert app.built == ("Mechanisms", "Sources")
    state = slot.get_state()  # what reaches the browser: the box now holds the browser
    assert state["children"] == [f"IPY_MODEL_{app.sources.model_id}"]
    chosen = control(app.sources, "Show source").value
    assert chosen == "lynch2007" and app.sources.selected == "lynch2007"
    assert app.map.selected == "source:lynch2007"  # reading it builds it too
    assert app.built == ("Mechanisms", "Sources", "Concept map")
    app.show("Timeline")
    assert app.built == tuple(app.tabs.titles)
    assert app.timeline.selected == "source:lynch2007"


def test_explore_static_copy_is_the_same_whether_or_not_the_map_was_built():
    lazy = pl.explore()
    lazy.select("love-labour")
    eager = pl.explore()
    eager.select("love-labour")
    eager.map  # noqa: B018  (built)
    assert lazy.static_html() == eager.static_html()
    assert "Concept map" not in lazy.built


# ---------------------------------------------------------------------- hand-in as a download
def _download(html: str) -> tuple[str, bytes]:
    m = re.search(r'<a href="data:application/json;base64,([^"]+)" download="([^"]+)"', html)
    assert m, html
    return m.group(2), base64.b64decode(m.group(1))


def test_hand_in_is_a_download_of_the_file_written_that_the_gradebook_imports(tmp_path):
    from peerlearn import exercises
    from peerlearn.gradebook import Gradebook
    from peerlearn.widgets import HandInWidget

    live = tmp_path / "progress.json"
    s = exercises.builtin("review-and-method")
    right = [o.text for o in s["five-mechanisms"].options if o.correct]
    for answer in (right[:1], right):  # once wrongly, once rightly
        pl.progress.record_result(s.check("five-mechanisms", answer), set_id=s.id, path=live)
    hand = HandInWidget(progress_path=live, folder=tmp_path / "out", send_to="Upload it <here>.")
    hand.name.value = "Ana Learner"
    path = hand.write()
    html = hand.status.value
    name, data = _download(html)
    assert name == path.name and data == path.read_bytes() == hand.download
    assert "Downloads folder" in html and "Upload it &lt;here&gt;." in html
    assert "<details><summary>Details</summary>" in html and str(path) in html
    handins = tmp_path / "handins"
    handins.mkdir()
    (handins / name).write_bytes(data)  # what the browser saved
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[s])
    report = gb.import_handins(handins)
    assert report.added and not report.rejected, str(report)
    wrong = s.check("five-mechanisms", right[:1]).score
    assert wrong < 1
    assert list(gb.attempts()["score"]) == [pytest.approx(wrong), 1.0]
    assert gb.by_learner().loc["Ana Learner", "points"] == pytest.approx(1.0)  # the last counts


def test_hand_in_that_cannot_be_written_says_so_plainly(tmp_path):
    from peerlearn.widgets import HandInWidget

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    hand = HandInWidget(progress_path=tmp_path / "p.json", folder=blocker)
    hand.name.value = "Ana"
    assert hand.write() is None and hand.download is None
    html = hand.status.value
    first = re.search(r'<p class="pl-problem">(.*?)</p>', html).group(1)  # widgets' problem_html
    assert first.startswith("Your hand-in file could not be made.") and "Errno" not in first
    assert "<summary>Details</summary>" in html and "NotADirectoryError" in html  # in the fold


# ---------------------------------------------------------------------- source browser in Lite
def test_source_browser_save_in_lite_is_a_download_and_writes_nothing(tmp_path, monkeypatch):
    from peerlearn.widgets import browser

    monkeypatch.setenv("PEERLEARN_EXPORTS", str(tmp_path / "exports"))
    monkeypatch.setattr(browser, "_in_lite", lambda: True)
    sb = browser.SourceBrowser()
    labels = [getattr(c, "description", None) for c in tree(sb)]
    assert "Download with this name" in labels and "Save to export folder" not in labels
    save = control(sb, "Download with this name")
    sb.filter(category="theory")
    control(sb, "File name").value = "my theory reading"
    save.click()
    html = shown(sb, "pl-export-out")
    m = re.search(
        r'<a href="data:application/x-bibtex;[^"]*base64,([^"]+)" download="([^"]+)"', html
    )
    assert m and m.group(2) == "my-theory-reading.bib", html
    assert base64.b64decode(m.group(1)).decode() == sb.export("bibtex")
    assert "Downloads folder" in html
    assert not (tmp_path / "exports").exists()  # nothing written where the learner cannot see
    control(sb, "File name").value = "../../etc/passwd"
    save.click()
    said = shown(sb, "pl-export-out")
    assert "Could not save" in said and "download=" not in said


# ------------------------------------------------------- what the Lite site's saved start holds
_FIRST_WIDGET = """
import json, os, sys
sys.path.insert(0, {lite!r})
import build
import ipywidgets, peerlearn  # imported before these in the snapshot (SNAPSHOT_IMPORTS)
before = set(sys.modules)
for name in build.FIRST_WIDGET_MODULES:
    __import__(name)
imported = sorted(m for m in set(sys.modules) - before if m.startswith("peerlearn"))
for name in build.REST_OF_00_MODULES:
    __import__(name)
exec(build.SNAPSHOT_PREPARE, {{}})
from peerlearn.progress import sessions
whole = sorted(m for m in set(sys.modules) - before if m.startswith("peerlearn"))
# nothing a learner's kernel must make for itself was made while importing
print(json.dumps({{"imported": imported, "whole": whole, "session": sessions._SESSION is None,
                  "home": os.listdir(os.environ["PEERLEARN_HOME"])}}))
"""


def test_the_saved_start_imports_what_notebook_00_imports_and_makes_nothing(tmp_path):
    """classroom/lite/build.py's FIRST_WIDGET_MODULES, REST_OF_00_MODULES and SNAPSHOT_PREPARE go
    into the Lite site's memory snapshot, so they must be (a) what notebook 00 imports on its way
    to its first widget, no more and no less, then what the whole notebook imports, no more and
    no less, and (b) free of state a learner's kernel must make for itself: importing them and
    preparing the explorer's first view and the built-in sets makes no progress session (its id
    is made on first use), no option-order seed, and writes nothing."""
    home = tmp_path / "home"
    home.mkdir()
    code = _FIRST_WIDGET.format(lite=str(REPO / "classroom" / "lite"))
    env = {"PEERLEARN_HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    snap = json.loads(done.stdout.strip().splitlines()[-1])
    assert snap["session"] and snap["home"] == []
    # what notebook 00 itself imports, up to and including pl.explore()
    cells = [
        "".join(c["source"])
        for c in json.loads((NOTEBOOKS / "00_start_here.ipynb").read_text())["cells"]
        if c["cell_type"] == "code"
    ]
    upto = next(i for i, c in enumerate(cells) if "explore()" in c)
    run = textwrap.dedent(
        """
        import json, sys, ipywidgets, peerlearn
        before = set(sys.modules)
        g = {}
        for cell in json.loads(sys.argv[1]):
            exec(cell, g)
        print(json.dumps(sorted(m for m in set(sys.modules) - before if m.startswith("peerlearn"))))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", run, json.dumps(cells[: upto + 1])],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    notebook = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(snap["imported"]) == notebook
    done = subprocess.run(
        [sys.executable, "-c", run, json.dumps(cells)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    whole = json.loads(done.stdout.strip().splitlines()[-1])
    assert (set(whole) - set(snap["whole"]), set(snap["whole"]) - set(whole)) == (set(), set())
