"""The widgets in pytest, without a browser: build each, set selections, check state and text.

Two knowledge bases: the package's own, and a hostile one (tests/browser/kbfactory.py) whose
every text field holds ``<script>``, ``<img onerror>``, quotes and ampersands.

A widget's parts are reached as the browser reaches them (tests/widget_page.py): a control by its
visible label (``control``), an element by its CSS class (``part``) and its synchronised state
(``shown``), what Jupyter displays through IPython's formatter (``displayed``), a linked item's
button by its public ``target``, never by the private attribute that holds it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from builders import make_kb
from widget_page import classes, control, displayed, part, shown

import peerlearn as pl
from peerlearn.errors import UnknownIdError

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from kbfactory import write_hostile_kb

from peerlearn.widgets import (
    ConceptMap,
    MechanismExplorer,
    SourceBrowser,
    Timeline,
    explore,
)
from peerlearn.widgets._catalog import catalog
from peerlearn.widgets._selection import Selection
from peerlearn.widgets.browser import filter_rows

RAW = re.compile(r"<\s*(script|img)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> pl.KnowledgeBase:
    return pl.load(write_hostile_kb(tmp_path_factory.mktemp("hostile")))


def no_raw_markup(html: str) -> None:
    found = RAW.search(html)
    assert found is None, f"unescaped markup: {html[max(0, found.start() - 80) : found.end() + 80]}"


# ---------------------------------------------------------------------- explorer
def test_explorer_starts_on_the_first_mechanism_with_everything_it_shows() -> None:
    ex = MechanismExplorer()
    assert (ex.selected_kind, ex.selected) == ("mechanism", "lived-experience")
    html = ex.view_html
    for heading in (
        "Definition.",
        "How it can help",
        "How it can strain",
        "Theories (",
        "Sources (",
    ):
        assert heading in html
    assert control(ex, "Back").disabled


@pytest.mark.parametrize("mid", [m.id for m in pl.default().mechanisms_list()])
def test_every_mechanism_shows_its_theories_and_formatted_sources(mid: str) -> None:
    ex = MechanismExplorer(start=mid)
    m = pl.mechanism(mid)
    html = ex.view_html
    assert f"Sources ({len(m.sources)})" in html
    assert html.count('<div class="pl-why">Why linked:') == len(m.sources)
    for link in m.sources:
        ref = pl.reference(link.target)
        # an APA entry (author, initials, year) rather than the review's own string
        first = ref.authors[0]
        assert (first.literal or f"{first.short()}, ") in html
        if ref.doi:
            assert f"href='https://doi.org/{ref.doi}'" in html
    for link in m.theories:
        assert pl.theory(link.target).name.replace("'", "&#x27;") in html
    jump = {b.target for b in ex.jump_buttons}
    assert jump == {f"source:{k}" for k in m.source_keys} | {f"theory:{t}" for t in m.theory_ids}


def test_select_from_python_and_read_back() -> None:
    ex = MechanismExplorer()
    ex.select("liminality")
    assert (ex.selected_kind, ex.selected) == ("mechanism", "liminality")
    assert "Mechanism: The liminal position of the peer worker" in ex.view_html
    ex.select("liminality", kind="theory")
    assert (ex.selected_kind, ex.selected) == ("theory", "liminality")
    assert "Theory: " in ex.view_html and "Mechanisms it supports" in ex.view_html
    ex.select("theory:helper-therapy")
    assert control(ex, "Theory").value == "theory:helper-therapy"
    assert control(ex, "Mechanism").value is None
    with pytest.raises(UnknownIdError, match=r"love-labor.*love-labour"):
        ex.select("love-labor")
    assert ex.selected == "helper-therapy"  # a failed select changes nothing


def test_a_source_shows_every_mechanism_it_supports_and_jumps_back() -> None:
    ex = MechanismExplorer()
    ex.select("lynch2007")
    assert ex.selected_kind == "source"
    html = ex.view_html
    assert "Lynch, K. (2007)" in html
    assert "Mechanisms it supports (1)" in html and "Love labour" in html
    mech_buttons = [b for b in ex.jump_buttons if b.target.startswith("mechanism:")]
    assert [b.description for b in mech_buttons] == ["Love labour (mechanism)"]
    mech_buttons[0].click()
    assert (ex.selected_kind, ex.selected) == ("mechanism", "love-labour")
    # a jump from a source to a theory, then back twice
    ex.select("riessman1965")
    theory = next(b for b in ex.jump_buttons if b.target == "theory:helper-therapy")
    theory.click()
    assert ex.selected == "helper-therapy"
    ex.back()
    assert ex.selected == "riessman1965"
    ex.back()
    assert ex.selected == "love-labour"


def test_every_source_and_theory_view_lists_its_mechanisms() -> None:
    kb = pl.default()
    cat = catalog()
    for ref in kb.references_list():
        html = cat.details_html(f"source:{ref.key}")
        for m in kb.mechanisms_for(ref.key, include_theories=True):
            assert m.name.replace("'", "&#x27;") in html, (ref.key, m.id)
    for t in kb.theories_list():
        html = cat.details_html(f"theory:{t.id}")
        for mid in t.mechanism_ids:
            assert kb.mechanism(mid).name.replace("'", "&#x27;") in html


def test_selection_callbacks_reuse_cached_html_and_buttons() -> None:
    ex = MechanismExplorer()
    cat = catalog()  # the explorer's own: one catalog per knowledge base
    ex.select("love-labour")
    first_html, first_rows = ex.view_html, part(ex, "pl-jump").children
    ex.select("lynch2007")
    built = cat.views_built
    ex.select("love-labour")
    assert cat.views_built == built  # built once, then looked up
    assert ex.view_html is first_html
    assert all(a is b for a, b in zip(part(ex, "pl-jump").children, first_rows, strict=True))


# ---------------------------------------------------------------------- hostile data
def test_hostile_text_is_escaped_everywhere(hostile: pl.KnowledgeBase) -> None:
    app = explore(kb=hostile)
    cat = catalog(hostile)
    for node in cat.node_ids():
        app.select(node)
        no_raw_markup(app.explorer.view_html)
        no_raw_markup(app.map.details)
        no_raw_markup(app.timeline.details)
        no_raw_markup(shown(app.sources, "pl-source-details"))
    no_raw_markup(app.map.picture)
    no_raw_markup(app.timeline.picture)
    no_raw_markup(app.sources.table_html)
    no_raw_markup(displayed(app)["text/html"])
    app.select("evil2001")
    html = app.explorer.view_html
    assert "&lt;script&gt;window.__pwned=&#x27;script&#x27;&lt;/script&gt;" in html
    # the DOI is percent-encoded inside the link, escaped in the text
    assert "href='https://doi.org/10.1234/abc%3Cdef%3E'" in html
    # menus and buttons take plain text (ipywidgets sets it as text, not HTML)
    assert any("<script>" in label for label, _ in control(app.explorer, "Mechanism").options)


def test_hostile_export_link_and_apa_list(hostile: pl.KnowledgeBase, tmp_path: Path) -> None:
    sb = SourceBrowser(hostile)
    control(sb, "Make download link").click()
    no_raw_markup(shown(sb, "pl-export-out"))
    assert 'download="peerlearn-references.bib"' in shown(sb, "pl-export-out")
    control(sb, "APA reference list").click()
    assert "<script>" in control(sb, "APA list").value  # a Textarea shows text as text


# ---------------------------------------------------------------------- source browser
def test_source_browser_filters() -> None:
    sb = SourceBrowser()
    assert len(sb.shown_keys) == 58
    assert "58 of 58 references shown" in sb.table_html
    sb.filter(category="theory", years=(1950, 1960))
    assert sb.shown_keys == ["festinger1954", "fromm1956", "rogers1959", "rogers1957"]
    assert all(pl.reference(k).category == "theory" for k in sb.shown_keys)
    sb.filter(mechanism="helper-role")
    assert "riessman1965" in sb.shown_keys
    assert set(sb.shown_keys) == {r.key for r in catalog().rows if "helper-role" in r.mechanisms}
    sb.filter(text="LOVE labour")
    assert sb.shown_keys == ["lynch2007"]
    assert "1 of 58 references shown" in sb.table_html
    sb.filter(years=(2050, 2100))  # clamped to the data's range
    assert control(sb, "From year").value <= control(sb, "To year").value
    sb.filter()
    assert len(sb.shown_keys) == 58
    with pytest.raises(ValueError, match="unknown category 'poetry'"):
        sb.filter(category="poetry")
    with pytest.raises(UnknownIdError):
        sb.filter(mechanism="love-labor")


def test_filter_controls_drive_the_table() -> None:
    sb = SourceBrowser()
    control(sb, "Category").value = "policy"
    assert sb.shown_keys and all(pl.reference(k).category == "policy" for k in sb.shown_keys)
    control(sb, "Search").value = "nice"
    assert sb.shown_keys == ["nice2016"]
    assert "1 of 58 references shown" in sb.table_html
    control(sb, "Clear filters").click()
    assert len(sb.shown_keys) == 58
    assert (control(sb, "Category").label, control(sb, "Search").value) == ("All categories", "")
    with pytest.raises(AssertionError, match="0 controls labelled 'Colour'"):
        control(sb, "Colour")  # a label no control carries is not found


def test_filter_rows_is_pure() -> None:
    rows = catalog().rows
    assert filter_rows(rows) == list(rows)
    assert [r.key for r in filter_rows(rows, text="hochschild")] == ["hochschild1983"]


@pytest.mark.parametrize(
    ("fmt", "ext", "probe"),
    [("bibtex", "bib", "@"), ("ris", "ris", "TY  -"), ("csl-json", "json", '"id"')],
)
def test_export_to_file_and_link(fmt: str, ext: str, probe: str, tmp_path: Path) -> None:
    sb = SourceBrowser()
    sb.filter(mechanism="love-labour")
    text = sb.export(fmt, path=tmp_path / f"out.{ext}")
    assert (tmp_path / f"out.{ext}").read_text(encoding="utf-8") == text
    assert probe in text and "lynch2007" in text.lower()
    if fmt == "csl-json":
        assert {i["id"] for i in json.loads(text)} == set(sb.shown_keys)
    # the widget's own controls: a download link and a NEW file in the one export folder
    control(sb, "Export format").value = fmt
    control(sb, "Make download link").click()
    assert f'download="peerlearn-references.{ext}"' in shown(sb, "pl-export-out")
    assert "data:" in shown(sb, "pl-export-out")
    folder = Path(os.environ["PEERLEARN_EXPORTS"])
    name, save = control(sb, "File name"), control(sb, "Save to export folder")
    name.value = str(tmp_path)  # a path is refused: the box takes a plain name only
    save.click()
    assert "not a plain name" in shown(sb, "pl-export-out") and not list(tmp_path.glob("peer*"))
    name.value = ""  # empty: a generated name in the export folder
    save.click()
    assert (folder / f"peerlearn-references.{ext}").read_text(encoding="utf-8") == text
    said = shown(sb, "pl-export-out")
    assert "Saved" in said and "as a new file" in said
    with pytest.raises(ValueError, match="unknown export format 'docx'"):
        sb.export("docx")


def test_save_and_apa_messages() -> None:
    sb = SourceBrowser()
    control(sb, "File name").value = "../elsewhere"
    control(sb, "Save to export folder").click()
    said = shown(sb, "pl-export-out")  # a plain sentence, the technical detail in a fold
    assert "The file could not be saved. Try another file name" in said
    assert said.index("<summary>Details</summary>") < said.index("plain name")
    sb.filter(text="no such words anywhere")
    control(sb, "APA reference list").click()
    assert "No references match these filters. Loosen a filter" in shown(sb, "pl-export-out")
    sb.filter(category="theory", years=(1950, 1960))
    control(sb, "APA reference list").click()
    entries = control(sb, "APA list").value.split("\n\n")
    assert len(entries) == 4
    assert entries[0].startswith("Festinger, L. (1954).")  # APA order: alphabetical


def test_source_browser_shares_the_selection() -> None:
    sel = Selection()
    sb = SourceBrowser(selection=sel)
    control(sb, "Show source").value = "lynch2007"
    assert sel.value == "source:lynch2007"
    assert "▶ Lynch (2007)" in sb.table_html and 'aria-current="true"' in sb.table_html
    assert "Love labour" in shown(sb, "pl-source-details")
    sel.value = "mechanism:love-labour"
    assert sb.selected == "" and control(sb, "Show source").value is None


# ---------------------------------------------------------------------- concept map, timeline
def test_concept_map_has_every_node_and_takes_selection_from_python() -> None:
    cmap = ConceptMap()
    kb = pl.default()
    n = len(kb.mechanisms_list()) + len(kb.theories_list()) + len(kb.references_list())
    assert cmap.picture.count('role="button"') == n
    cmap.select("helper-role")
    assert cmap.selected == "mechanism:helper-role"
    assert "Mechanism: The helper role" in cmap.details
    assert "theory:helper-therapy" in cmap.neighbours["mechanism:helper-role"]
    with pytest.raises(UnknownIdError):
        cmap.selected = "source:nobody1999"
    cmap.selected = ""
    assert cmap.details == ""


def test_static_fallbacks_carry_the_picture_and_a_text_version() -> None:
    app = explore()
    app.select("love-labour")
    data = displayed(app)
    assert "application/vnd.jupyter.widget-view+json" in data
    html = data["text/html"]
    assert "<svg" in html and "Text version of the map" in html
    assert "Mechanism: Love labour" in html
    for widget in (app.explorer, app.sources, app.map, app.timeline):
        assert "text/html" in displayed(widget)


def test_timeline_outlines_what_a_mechanism_reaches() -> None:
    tl = Timeline()
    assert tl.picture.count('role="button"') == 58
    tl.select("helper-role")
    reach = set(tl.neighbours["mechanism:helper-role"])
    assert "source:riessman1965" in reach  # through the helper-therapy theory
    assert all(k.startswith(("source:", "theory:")) for k in reach)


# ---------------------------------------------------------------------- the composed app
def test_explore_composes_four_tabs_sharing_one_selection() -> None:
    app = pl.explore()
    assert app.tabs.titles == ("Mechanisms", "Sources", "Concept map", "Timeline")
    app.select("lynch2007")
    assert app.explorer.selected == app.sources.selected == "lynch2007"
    assert app.map.selected == app.timeline.selected == "source:lynch2007"
    app.map.selected = "theory:love-labour"  # as a click on the map would
    assert (app.explorer.selected_kind, app.explorer.selected) == ("theory", "love-labour")
    assert (app.selected_kind, app.selected) == ("theory", "love-labour")
    app.show("Timeline")
    assert app.tabs.selected_index == 3
    with pytest.raises(ValueError, match="unknown tab"):
        app.show("Glossary")


def test_explore_on_a_small_folder_of_ones_own(hostile: pl.KnowledgeBase) -> None:
    app = explore(kb=hostile, start="love-labour")
    assert app.selected == "love-labour"
    assert app.sources.shown_keys == [r.key for r in hostile.references_list()]
    assert app.map.picture.count('role="button"') == 2 + 2 + 5


def test_a_list_of_ones_own_is_not_spoken_of_as_peerlearns_or_the_reviews(tmp_path: Path) -> None:
    kb = pl.load(make_kb(tmp_path / "kb"))  # a curated theory link, no review record
    ex = MechanismExplorer(kb=kb, start="helping")
    views = {}
    for node in ("helping", "source:jones2019", "theory:helping-theory"):
        ex.select(node)
        views[node] = ex.view_html
    for node, view in views.items():
        for claim in ("peerlearn", "review", "source of", "its sources"):
            assert claim not in view.casefold(), (node, claim)
    assert "curated — this list&#x27;s teaching judgment" in views["helping"]
    assert "Theories linked to it (1)" in views["source:jones2019"]
    assert "Sources linked to it (1)" in views["theory:helping-theory"]
    # the package's own knowledge base keeps its own wording
    own = MechanismExplorer(start="love-labour")
    assert "peerlearn&#x27;s teaching judgment" in own.view_html
    own.select("source:lynch2007")
    assert "Theories linked to it" in own.view_html and "source of" not in own.view_html


def test_importing_widgets_is_light() -> None:
    code = "import peerlearn.widgets, sys; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------- fitting a laptop (issue 12)
def test_the_name_and_definition_come_first_then_the_links_then_the_rest() -> None:
    ex = MechanismExplorer(start="love-labour")
    order = [type(c).__name__ + ":" + " ".join(classes(c)) for c in ex.children]
    assert order == [
        "HBox:",
        "HTML:pl-view-head",
        "HTML:pl-jump-label",
        "VBox:pl-jump",
        "HTML:pl-view",
    ]
    head = shown(ex, "pl-view-head")
    assert "Mechanism: Love labour" in head and "Definition." in head
    assert "How it can help" not in head and "How it can help" in shown(ex, "pl-view")


def test_long_lists_are_collapsed_with_their_counts_and_short_ones_open() -> None:
    ex = MechanismExplorer(start="love-labour")
    m = pl.mechanism("love-labour")
    body = shown(ex, "pl-view")
    assert (
        f'<details class="pl-more"><summary><h4>Sources ({len(m.sources)})</h4></summary>' in body
    )
    assert f"<summary><h4>Theories ({len(m.theories)})</h4></summary>" in body
    ex.select("lynch2007")
    # one mechanism: nothing to collapse
    assert "<h4>Mechanisms it supports (1)</h4><ul" in shown(ex, "pl-view")


def test_link_rows_show_a_few_then_show_all_with_the_count() -> None:
    from peerlearn.widgets.explorer import FIRST_BUTTONS

    ex = MechanismExplorer(start="lived-experience")
    m = pl.mechanism("lived-experience")
    rows = part(ex, "pl-jump").children
    row = next(r for r in rows if "pl-jump-source" in classes(r.children[1]))
    label, *shown = row.children
    more = shown.pop()
    assert f"Sources ({len(m.source_keys)}):" in label.value
    assert len(shown) == FIRST_BUTTONS
    assert more.description == f"Show all {len(m.source_keys)} sources"
    assert len(ex.jump_buttons) == len(m.source_keys) + len(m.theory_ids)  # hidden ones count
    more.click()
    assert len(row.children) == len(m.source_keys) + 2
    assert more.description == "Show fewer sources"
    more.click()
    assert len(row.children) == FIRST_BUTTONS + 2
    ex.expand_links()
    assert len(row.children) == len(m.source_keys) + 2


def test_a_name_two_kinds_share_says_which_kind_it_is() -> None:
    ex = MechanismExplorer(start="love-labour")
    names = [b.description for b in ex.jump_buttons if b.target == "theory:love-labour"]
    assert names == ["Love labour (theory)"]
    assert "<strong>Love labour (theory)</strong>" in ex.view_html
    cat = catalog()
    assert cat.distinct_name("theory:helper-therapy") == pl.theory("helper-therapy").name


def test_references_whose_authors_the_review_cut_say_so_everywhere() -> None:
    cut = [r.key for r in pl.default().references_list() if r.authors_truncated]
    assert cut
    cat = catalog()
    AUTHORS_TRUNCATED = cat.truncated_note
    assert "et al." in AUTHORS_TRUNCATED and "20 authors" in AUTHORS_TRUNCATED
    browser = SourceBrowser()
    for key in cut:
        assert AUTHORS_TRUNCATED in cat.details_html(f"source:{key}")
        assert AUTHORS_TRUNCATED in browser.table_html
    apa = cat.apa_list([*cut, "lynch2007"])
    assert apa.count(f"[{AUTHORS_TRUNCATED}]") == len(cut)
    lynch = next(e for e in apa.split("\n\n") if e.startswith("Lynch, K."))
    assert AUTHORS_TRUNCATED not in lynch  # a complete author list has no note


def test_the_map_marks_theories_and_sources_and_keys_them() -> None:
    cmap = ConceptMap()
    pic = cmap.picture
    n_theories = len(pl.default().theories_list())
    n_sources = len(pl.default().references_list())
    assert pic.count('class="pl-label pl-mark"') == n_theories + n_sources
    assert f"Key: what each letter and number stands for ({n_theories} theories" in pic
    assert 'aria-label="Theory A: ' in pic and 'aria-label="Source 1: ' in pic
    # the timeline numbers each source as the map does
    tl = Timeline()
    first = re.search(r'aria-label="Source (\d+): ([^"]+)"', tl.picture)
    assert first and f'aria-label="Source {first.group(1)}: {first.group(2)}"' in pic


def test_a_theory_card_says_whose_year_it_shows() -> None:
    html = catalog().details_html("theory:experiential-knowledge")
    assert "Year of the listed source" in html and '<th scope="row">Year</th>' not in html
    assert pl.theory("experiential-knowledge").year_note in html  # "1990 is the year of ..."


def test_no_map_label_meets_a_mark_or_another_label() -> None:
    # the boxes are estimated conservatively (peerlearn.widgets._labels); the browser test
    # (tests/browser/test_screens.py) measures the drawn ones
    from peerlearn.widgets._picture import radial_layout

    placed, size = radial_layout(catalog().graph)
    labels = [(p.node.id, p.label_at.box) for p in placed if p.label_at is not None]
    assert len(labels) == len(placed)
    clashes = [
        (a, b)
        for a, box in labels
        for b, m in ((p.node.id, p.mark_box()) for p in placed)
        if box.meets(m, 0)
    ]
    clashes += [
        (a, b) for i, (a, x) in enumerate(labels) for b, y in labels[i + 1 :] if x.meets(y, 0)
    ]
    assert clashes == []
    assert all(box.inside((0, 0, size, size)) for _, box in labels)
    # the two labels the issue saw on theory diamonds I and G are whole and drawn where placed
    svg = catalog().concept_map_picture()
    for name in ("Strengths-", "focussed", "The liminal"):
        assert f">{name}" in svg
