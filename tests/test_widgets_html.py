"""peerlearn._html, _selection and _picture: escaping, links, selections, the SVG."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from peerlearn._html import (
    Markup,
    attrs,
    concat,
    data_uri,
    doi_link,
    doi_url,
    download_link,
    esc,
    link,
    safe_url,
    tag,
)
from peerlearn.errors import UnknownIdError
from peerlearn.knowledge.graph import Graph, Node
from peerlearn.widgets._catalog import catalog
from peerlearn.widgets._picture import (
    KINDS,
    legend_html,
    radial_layout,
    radial_svg,
    text_alternative,
)
from peerlearn.widgets._selection import resolve, split

EVIL = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">"


# ---------------------------------------------------------------------- _html
def test_esc_escapes_markup_and_quotes_but_keeps_markup_objects() -> None:
    out = esc(EVIL)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert esc(Markup("<b>")) == "<b>"
    assert esc(None) == ""
    assert esc(2017) == "2017"


def test_tag_escapes_text_children_and_attribute_values() -> None:
    html = tag("p", EVIL, tag("em", "ok"), title=EVIL, class_="c", data_x=1)
    assert html.startswith('<p title="&lt;script&gt;')
    assert "<em>ok</em>" in html
    assert "<script>" not in html and "<img" not in html
    assert 'data-x="1"' in html


def test_attrs_and_tag_refuse_bad_names() -> None:
    with pytest.raises(ValueError, match="invalid HTML attribute name"):
        attrs({"onclick=x": "y"})
    with pytest.raises(ValueError, match="invalid HTML tag name"):
        tag("p onmouseover=x")


def test_markup_addition_escapes_the_other_side() -> None:
    assert Markup("<b>") + "<i>" == "<b>&lt;i&gt;"
    assert concat(["<a>", Markup("<br>")], sep=" & ") == "&lt;a&gt; &amp; <br>"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//x"],
)
def test_unsafe_link_targets_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="unsafe link target"):
        safe_url(url)
    with pytest.raises(ValueError):
        link(url, "x")


def test_link_is_built_from_parts() -> None:
    html = link("https://example.org/?q=a&b=<c>", EVIL)
    assert 'href="https://example.org/?q=a&amp;b=&lt;c&gt;"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "<script>" not in html
    assert 'target="_blank"' not in link("#top", "top")


def test_doi_url_percent_encodes_and_validates() -> None:
    assert doi_url("10.1111/j.1467-954X.2007.00714.x") == (
        "https://doi.org/10.1111/j.1467-954X.2007.00714.x"
    )
    assert doi_url("https://doi.org/10.1234/abc") == "https://doi.org/10.1234/abc"
    assert doi_url('10.1234/a"b<c>') == "https://doi.org/10.1234/a%22b%3Cc%3E"
    # old SICI-style suffixes keep their brackets and colons, and lose nothing
    sici = "10.9999/(SICI)1099-0000(199901/02)9:1<1::AID-X1>3.0.CO;2-O"
    assert doi_url(sici) == (
        "https://doi.org/10.9999/(SICI)1099-0000(199901/02)9:1%3C1::AID-X1%3E3.0.CO;2-O"
    )
    assert '"' not in doi_link('10.1234/a"><script>').split("href=")[1].split(" ")[0][1:-1]
    with pytest.raises(ValueError, match="not a DOI"):
        doi_url("javascript:alert(1)")


def test_download_link_holds_the_content_and_a_safe_file_name() -> None:
    html = download_link("@article{x,}", "../../etc/my refs.bib", "application/x-bibtex", "Get")
    assert 'download="my-refs.bib"' in html
    assert data_uri("@article{x,}", "application/x-bibtex") in html
    assert ">Get</a>" in html


# ---------------------------------------------------------------------- _selection
KNOWN = ["mechanism:liminality", "theory:liminality", "source:lynch2007", "mechanism:love-labour"]


def test_resolve_prefers_mechanisms_and_honours_kind() -> None:
    assert resolve("liminality", KNOWN) == "mechanism:liminality"
    assert resolve("liminality", KNOWN, kind="theory") == "theory:liminality"
    assert resolve("theory:liminality", KNOWN) == "theory:liminality"
    assert resolve("lynch2007", KNOWN) == "source:lynch2007"
    assert resolve("reference:lynch2007", KNOWN) == "source:lynch2007"
    assert resolve("", KNOWN) == ""
    assert split("source:lynch2007") == ("source", "lynch2007")


def test_resolve_errors_name_the_value_and_close_matches() -> None:
    with pytest.raises(UnknownIdError, match=r"love-labor.*love-labour"):
        resolve("love-labor", KNOWN)
    with pytest.raises(LookupError):
        resolve("lynch2007", KNOWN, kind="mechanism")
    with pytest.raises(ValueError, match="unknown kind"):
        resolve("x", KNOWN, kind="person")
    with pytest.raises(ValueError, match="is a theory"):
        resolve("theory:liminality", KNOWN, kind="mechanism")


# ---------------------------------------------------------------------- _picture
def small_graph(label: str = "Mechanism A") -> Graph:
    return Graph(
        nodes=(
            Node("mechanism:a", "mechanism", label),
            Node("theory:t", "theory", "A theory with a rather long name"),
            Node("source:s1", "source", "Smith 2001", "Smith (2001), A title"),
            Node("source:s2", "source", "Jones 2002", "Jones (2002), Another"),
        ),
        edges=(
            ("mechanism:a", "theory:t"),
            ("mechanism:a", "source:s1"),
            ("theory:t", "source:s2"),
        ),
    )


def test_graph_checks_ids_and_edges() -> None:
    with pytest.raises(ValueError, match="duplicate node ids"):
        Graph(nodes=(Node("source:x", "source", "x"), Node("source:x", "source", "y")))
    with pytest.raises(ValueError, match="unknown node 'source:zz'"):
        Graph(nodes=(Node("source:x", "source", "x"),), edges=(("source:x", "source:zz"),))
    with pytest.raises(ValueError, match="unknown node kind"):
        Node("person:x", "person", "x")


def test_the_graph_is_a_pure_room_below_the_widgets_and_every_kind_is_drawn() -> None:
    """The topology imports no widget library; the picture has a drawing for each kind."""
    from peerlearn.knowledge.graph import KIND_NAMES, Topology

    code = (
        "import sys\n"
        "from peerlearn.knowledge import default\n"
        "from peerlearn.knowledge.graph import Topology\n"
        "assert Topology(default()).reach\n"
        "drawing = ('ipywidgets', 'anywidget', 'traitlets', 'IPython')\n"
        "print([m for m in drawing if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
    assert tuple(KINDS) == KIND_NAMES
    cat = catalog()
    assert isinstance(cat.topology, Topology) and cat.graph is cat.topology.graph
    assert cat.neighbours is cat.topology.neighbours and cat.reach is cat.topology.reach


def test_reach_adds_the_sources_of_a_mechanisms_theories() -> None:
    topo = catalog().topology
    direct = set(topo.neighbours["mechanism:love-labour"])
    reached = set(topo.reach["mechanism:love-labour"])
    assert direct < reached  # the sources of its theories: reached, not linked
    assert all(n.startswith("source:") for n in reached - direct)
    assert "source:scheid1999" in reached - direct
    # a source backs a mechanism through a theory, and says so
    why = {m: w for m, w, _basis in topo.mechanisms_of_source("scheid1999")}
    assert why["love-labour"].startswith("Through ")


def test_neighbours_go_both_ways() -> None:
    nb = small_graph().neighbours()
    assert nb["mechanism:a"] == ["theory:t", "source:s1"]
    assert nb["source:s2"] == ["theory:t"]


def test_layout_keeps_every_node_inside_the_picture() -> None:
    placed, size = radial_layout(small_graph())
    assert [p.node.kind for p in placed] == ["mechanism", "theory", "source", "source"]
    for p in placed:
        # the shape and its mark or label stay inside
        assert p.mark_box().inside((0, 0, size, size)) and p.label_at is not None
        assert p.label_at.box.inside((0, 0, size, size))
    assert sorted(p.mark for p in placed) == ["", "1", "2", "A"]
    # drawn at its own size in CSS pixels: 12 px text stays 12 px (fits a 1280 px laptop)
    assert size <= 560


def test_svg_escapes_labels_and_shows_every_word_of_them() -> None:
    svg = radial_svg(small_graph(EVIL + " and more"))
    assert "<script>" not in svg and "<img" not in svg
    assert "…" not in svg  # labels are wrapped, never cut
    # each node is a labelled, focusable button; one tab stop for the whole picture
    assert svg.count('role="button"') == 4
    assert svg.count('tabindex="0"') == 1
    # a source shows its number; the accessible name holds it, then the full name (WCAG 2.5.3)
    names = re.findall(r'aria-label="Source (\d+): ([^"]*)"', svg)
    assert sorted(names) == [("1", "Smith (2001), A title"), ("2", "Jones (2002), Another")]
    drawn = re.findall(r'class="pl-label pl-mark"[^>]*>(\d+)<', svg)
    assert sorted(drawn) == ["1", "2"]


def test_text_alternative_lists_every_link() -> None:
    html = text_alternative(small_graph())
    assert html.startswith("<details")
    assert "Theories: A theory with a rather long name" in html
    assert "Sources: Smith (2001), A title" in html
    assert "Mechanism (circle)" in legend_html()
