"""The structure of every notebook in ``notebooks/`` (docs/NOTEBOOK_GUIDE.md), without a kernel.

Every notebook: valid nbformat 4, stored without outputs, headings that start at ``#`` and never
skip a level, alt text on every picture, no code line longer than 88 characters (JupyterLab cuts
longer lines off at the cell's right edge). Course notebooks (``NN_*.ipynb``) also: the landmarks
of the guide in order (title, learning objectives, estimated time, Explore, Check your
understanding, Reflection, Tensions and critiques, References), a ``KEYS = [...]`` reference cell
whose keys all resolve and that ends with ``pl.reference_list(KEYS)``, every "Author (Year)"
citation in the prose matched by a key in ``KEYS``, respectful language, and a link to the next
notebook (except the last, 08). Running the notebooks is nbval's
job (``pytest --nbval-lax notebooks``).
"""

from __future__ import annotations

import ast
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
LAST_COURSE_NUMBER = 8

ALL = sorted(
    p
    for p in NOTEBOOKS.rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.relative_to(NOTEBOOKS).parts
)
COURSE = [p for p in ALL if p.parent == NOTEBOOKS and re.match(r"\d\d_", p.name)]


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(NOTEBOOKS)) for p in paths]


all_notebooks = pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
course_notebooks = pytest.mark.parametrize("path", COURSE, ids=_ids(COURSE))

#: The landmarks a course notebook shows, in this order, after its ``#`` title.
LANDMARKS = (
    "Learning objectives",
    "Estimated time",
    "Explore",
    "Check your understanding",
    "Reflection",
    "Tensions and critiques",
    "References",
)

#: Words a course notebook never uses (person-first, respectful language).
BANNED = (
    r"\bsufferers?\b",
    r"\bthe mentally ill\b",
    r"\bmentally ill (?:people|persons?)\b",
    r"\bschizophrenics?\b",
    r"\blunatics?\b",
    r"\bcrazy\b",
)


# --------------------------------------------------------------------------- reading notebooks
@dataclass(frozen=True)
class Item:
    """One piece of a notebook in reading order: a heading, a run of markdown, or a code cell."""

    kind: str  # "heading" | "text" | "code"
    text: str
    cell: int  # 1-based cell number, for messages
    level: int = 0  # heading level (1–6) for headings


_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.I | re.S)


@cache
def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=nbformat.NO_CONVERT)


def _strip_fences(source: str) -> str:
    """Markdown with fenced code blocks blanked out (their lines kept, so line counts stay)."""
    out, fenced = [], False
    for line in source.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            out.append("")
        else:
            out.append("" if fenced else line)
    return "\n".join(out)


@cache
def _items(path: Path) -> tuple[Item, ...]:
    items: list[Item] = []
    for i, cell in enumerate(_read(path).cells, start=1):
        if cell.cell_type == "code":
            items.append(Item("code", cell.source, i))
        elif cell.cell_type == "markdown":
            text: list[str] = []
            for line in _strip_fences(cell.source).splitlines():
                m = _HEADING.match(line)
                h = _HTML_HEADING.search(line)
                if m or h:
                    if text:
                        items.append(Item("text", "\n".join(text), i))
                        text = []
                    level, title = (len(m.group(1)), m.group(2)) if m else (int(h[1]), h[2])
                    items.append(Item("heading", re.sub(r"<[^>]+>", "", title).strip(), i, level))
                else:
                    text.append(line)
            if text:
                items.append(Item("text", "\n".join(text), i))
    return tuple(items)


def _headings(path: Path) -> list[Item]:
    return [it for it in _items(path) if it.kind == "heading"]


def _section(path: Path, heading: Item) -> list[Item]:
    """The items under ``heading`` up to the next heading of the same or a higher level."""
    items = _items(path)
    start = items.index(heading) + 1
    out = []
    for it in items[start:]:
        if it.kind == "heading" and it.level <= heading.level:
            break
        out.append(it)
    return out


def _markdown(path: Path) -> str:
    """All markdown prose of a notebook, fenced code removed."""
    nb = _read(path)
    return "\n\n".join(_strip_fences(c.source) for c in nb.cells if c.cell_type == "markdown")


def _prose(path: Path) -> str:
    """Markdown prose for citation checks: no inline code, link targets or HTML tags."""
    text = _markdown(path)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # keep a link's text, drop its target
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def _number(path: Path) -> int:
    return int(path.name[:2])


# --------------------------------------------------------------------------- every notebook
@all_notebooks
def test_is_valid_nbformat_4(path):
    nb = _read(path)
    assert nb.nbformat == 4, f"{path.name}: nbformat {nb.nbformat}, expected 4"
    nbformat.validate(nb)


@all_notebooks
def test_is_stored_without_outputs(path):
    dirty = [
        i
        for i, c in enumerate(_read(path).cells, start=1)
        if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)
    ]
    assert not dirty, (
        f"{path.name}: code cells {dirty} have stored outputs or execution counts; clear them "
        "(outputs [] and execution_count null) before saving"
    )


@all_notebooks
def test_headings_start_at_one_and_never_skip_a_level(path):
    heads = _headings(path)
    assert heads, f"{path.name}: no headings at all; start with a '# Title' cell"
    assert heads[0].level == 1, (
        f"{path.name}: the first heading {heads[0].text!r} (cell {heads[0].cell}) is level "
        f"{heads[0].level}; a notebook starts with one '# Title'"
    )
    for prev, h in itertools.pairwise(heads):
        assert h.level <= prev.level + 1, (
            f"{path.name}: heading {h.text!r} (cell {h.cell}) is level {h.level} straight after "
            f"level {prev.level} ({prev.text!r}); levels must not skip"
        )


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\s*[\(\[]")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ALT = re.compile(r"""\balt\s*=\s*("([^"]*)"|'([^']*)')""", re.I)


@all_notebooks
def test_every_picture_has_alt_text(path):
    missing = []
    for i, cell in enumerate(_read(path).cells, start=1):
        if cell.cell_type != "markdown":
            continue
        src = _strip_fences(cell.source)
        missing += [f"cell {i}: {m.group(0)}" for m in _MD_IMAGE.finditer(src) if not m[1].strip()]
        for tag in _HTML_IMG.findall(src):
            alt = _ALT.search(tag)
            if not alt or not (alt[2] or alt[3] or "").strip():
                missing.append(f"cell {i}: {tag}")
    assert not missing, f"{path.name}: pictures without alt text: {missing}"


#: The longest code line JupyterLab shows without cutting it off at a cell's right edge.
MAX_CODE_LINE = 88


@all_notebooks
def test_code_lines_fit_the_cell(path):
    long = [
        f"cell {i} line {n}: {len(line)} characters"
        for i, cell in enumerate(_read(path).cells, start=1)
        if cell.cell_type == "code"
        for n, line in enumerate(cell.source.splitlines(), start=1)
        if len(line) > MAX_CODE_LINE
    ]
    assert not long, (
        f"{path.name}: code lines longer than {MAX_CODE_LINE} characters, which JupyterLab cuts "
        f"off at the right edge: {long}; wrap them"
    )


@all_notebooks
def test_declares_the_kernel_every_route_has(path):
    # JupyterLab, Voila, nbval and the hub all have ipykernel's "python3"; the Lite build rewrites
    # the kernelspec to its own. Any other name makes JupyterLab ask "Select Kernel" on Run All.
    spec = _read(path).metadata.get("kernelspec", {})
    assert spec == {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }, (
        f"{path.name}: kernelspec {spec!r}; set it to python3 / 'Python 3 (ipykernel)' "
        "(the kernel ipykernel installs) so no route asks the learner to pick a kernel"
    )


def test_make_lab_opens_the_start_page_in_the_course_folder():
    makefile = (NOTEBOOKS.parent / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    assert "--ServerApp.root_dir=$(CURDIR)/notebooks" in recipe, recipe
    assert "--LabApp.default_url=/lab/tree/00_start_here.ipynb" in recipe, recipe


# --------------------------------------------------------------------------- course notebooks
def test_the_course_notebooks_are_found():
    assert COURSE, f"no course notebooks (NN_*.ipynb) in {NOTEBOOKS}"
    numbers = [_number(p) for p in COURSE]
    assert len(numbers) == len(set(numbers)), f"two course notebooks share a number: {numbers}"


@course_notebooks
def test_has_exactly_one_title(path):
    titles = [h for h in _headings(path) if h.level == 1]
    assert len(titles) == 1, (
        f"{path.name}: {len(titles)} level-1 headings {[t.text for t in titles]}; "
        "a course notebook has exactly one '# Title'"
    )
    assert titles[0].cell == 1, f"{path.name}: the title is in cell {titles[0].cell}, not cell 1"


_ESTIMATED = re.compile(r"^\s*\*\*Estimated time:?\*\*:?\s*(.*)$", re.I | re.M)


def _landmarks(path: Path) -> list[tuple[str, Item]]:
    """Headings (level ≥ 2) and bold 'Estimated time' lines, in reading order."""
    out = []
    for it in _items(path):
        if it.kind == "heading" and it.level >= 2:
            out.append((it.text, it))
        elif it.kind == "text":
            out += [(f"Estimated time: {m[1]}", it) for m in _ESTIMATED.finditer(it.text)]
    return out


def _find_landmarks(path: Path) -> dict[str, tuple[str, Item]]:
    found: dict[str, tuple[str, Item]] = {}
    marks = _landmarks(path)
    pos = 0
    for name in LANDMARKS:
        for j in range(pos, len(marks)):
            if marks[j][0].lower().startswith(name.lower()):
                found[name] = marks[j]
                pos = j + 1
                break
    return found


@course_notebooks
def test_has_the_landmarks_in_order(path):
    found = _find_landmarks(path)
    missing = [n for n in LANDMARKS if n not in found]
    present = [m[0] for m in _landmarks(path)]
    assert not missing, (
        f"{path.name}: missing or out of order: {missing}. Expected, in this order: "
        f"{list(LANDMARKS)}; the notebook has: {present}"
    )
    for name in LANDMARKS:
        if name != "Estimated time":
            item = found[name][1]
            assert item.kind == "heading" and item.level == 2, (
                f"{path.name}: {name!r} (cell {item.cell}) should be a '## {name}' heading"
            )


@course_notebooks
def test_estimated_time_is_given_in_minutes_or_hours(path):
    found = _find_landmarks(path)
    assert "Estimated time" in found, f"{path.name}: no '**Estimated time:** N minutes' line"
    text = found["Estimated time"][0]
    assert re.search(r"\d+\s*(?:[–-]\s*\d+\s*)?(?:minutes?|mins?|hours?)\b", text, re.I), (
        f"{path.name}: {text!r} does not give a time such as '45 minutes'"
    )


@course_notebooks
def test_learning_objectives_are_a_list_of_three_to_six(path):
    heads = [h for h in _headings(path) if h.text.lower().startswith("learning objectives")]
    if not heads:
        pytest.fail(f"{path.name}: no '## Learning objectives' heading")
    head = heads[0]
    text = "\n".join(it.text for it in _section(path, head) if it.kind == "text")
    bullets = re.findall(r"^\s*(?:[-*+]|\d+[.)])\s+\S", text, re.M)
    assert 3 <= len(bullets) <= 6, (
        f"{path.name}: {len(bullets)} learning objectives listed under cell {head.cell}; "
        "give 3 to 6 as a list"
    )


def _section_code(path: Path, name: str) -> list[Item]:
    heads = [h for h in _headings(path) if h.level == 2 and h.text.lower().startswith(name.lower())]
    if not heads:
        pytest.fail(f"{path.name}: no '## {name}' heading")
    head = heads[0]
    return [it for it in _section(path, head) if it.kind == "code"]


_WIDGET_CALL = re.compile(
    r"\bexplore\(|ConceptMap|MechanismExplorer|SourceBrowser|Timeline|widgets\.", re.S
)


@course_notebooks
def test_explore_section_shows_a_widget(path):
    code = _section_code(path, "Explore")
    assert any(_WIDGET_CALL.search(c.text) for c in code), (
        f"{path.name}: the Explore section has no code cell showing an explorer or map "
        "(pl.explore(...), or a widget from peerlearn.widgets)"
    )


@course_notebooks
def test_check_your_understanding_uses_exercises(path):
    code = _section_code(path, "Check your understanding")
    assert any("exercises" in c.text for c in code), (
        f"{path.name}: the 'Check your understanding' section has no code cell using "
        "peerlearn.exercises"
    )


@course_notebooks
def test_reflection_section_has_an_exercise(path):
    code = _section_code(path, "Reflection")
    assert any(re.search(r"exercises|reflect|progress", c.text) for c in code), (
        f"{path.name}: the Reflection section has no code cell with a reflection exercise"
    )


def _keys(path: Path) -> tuple[list[str], Item]:
    for item in _section_code(path, "References"):
        for node in ast.walk(ast.parse(item.text)):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "KEYS" for t in node.targets
            ):
                value = ast.literal_eval(node.value)
                return list(value), item
    pytest.fail(f"{path.name}: no code cell with `KEYS = [...]` under '## References'")


@course_notebooks
def test_reference_cell_lists_keys_and_formats_them(path):
    keys, item = _keys(path)
    assert keys, f"{path.name}: KEYS is empty (cell {item.cell})"
    assert all(isinstance(k, str) for k in keys), f"{path.name}: KEYS must hold strings"
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"{path.name}: keys listed twice in KEYS: {dupes}"
    body = ast.parse(item.text).body
    last = ast.unparse(body[-1]) if body else ""
    assert last == "pl.reference_list(KEYS)", (
        f"{path.name}: the References cell (cell {item.cell}) should end with the expression "
        f"`pl.reference_list(KEYS)` (it displays the formatted list and the review); it ends "
        f"with {last!r}"
    )


@course_notebooks
def test_every_reference_key_resolves(path):
    import peerlearn as pl

    keys, item = _keys(path)
    bad = []
    for k in keys:
        try:
            pl.reference(k)
        except LookupError as e:
            bad.append(f"{k}: {e}")
    assert not bad, f"{path.name}: keys in KEYS (cell {item.cell}) that do not resolve: {bad}"


# --------------------------------------------------------------------------- citations in prose
def _squash(text: str) -> str:
    """Lower-case ASCII letters only: 'Menjívar' → 'menjivar', 'Rebeiro Gruhl' → 'rebeirogruhl'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_text.lower())


_YEAR = r"\d{4}[a-z]?"
_YEARS = rf"{_YEAR}(?:\s*[,;]\s*{_YEAR})*"
# A name token directly before "(2007)": Lynch, Menjívar, Byng-Hall, O'Hagan, al., NICE, Lynch's.
_NARRATIVE = re.compile(rf"((?:\S+\s+){{0,6}}?)([A-Z][\w'’\-]*|al\.)(?:['’]s)?\s+\(({_YEARS})\)")
_PARENTHETICAL = re.compile(rf"\(([^()]*?,\s*{_YEAR}[^()]*)\)")
_CHUNK = re.compile(rf"([A-Z][^,;()]*?),\s*({_YEARS})")


@dataclass(frozen=True)
class Citation:
    names: str  # the words before the year (a window, squashed when matched)
    year: int
    text: str  # as written, for messages


def citations_in(text: str) -> list[Citation]:
    """The "Author (Year)" and "(Author, Year)" citations in a piece of prose.

    >>> [(c.year, c.text) for c in citations_in("As Lynch (2007) argues (see Fromm, 1956).")]
    [(2007, 'As Lynch (2007)'), (1956, 'Fromm, 1956')]
    >>> [c.year for c in citations_in("Borkman (1976; 1990) and first published in 1979.")]
    [1976, 1990]
    """
    out = []
    for m in _NARRATIVE.finditer(text):
        for y in re.findall(_YEAR, m[3]):
            shown = " ".join((m[1] + m[2]).split()[-3:]) + f" ({m[3]})"
            out.append(Citation(m[1] + m[2], int(y[:4]), shown))
    for m in _PARENTHETICAL.finditer(text):
        for chunk in m[1].split(";"):
            c = _CHUNK.search(chunk)
            if c:
                for y in re.findall(_YEAR, c[2]):
                    out.append(Citation(c[1], int(y[:4]), c[0].strip()))
    return out


def _matches(cite: Citation, key: str) -> bool:
    import peerlearn as pl

    ref = pl.reference(key)
    if ref.year != cite.year:
        return False
    window = _squash(cite.names)
    names = {_squash(key.rstrip("ab")[:-4])}
    if ref.authors:
        first = ref.authors[0]
        names.add(_squash(first.literal or first.family))
    return any(n and n in window for n in names)


def _review_years() -> set[int]:
    import peerlearn as pl

    review = pl.REVIEW
    years = {int(((review.csl.get("issued") or {}).get("date-parts") or [[0]])[0][0])}
    online = (review.csl.get("custom") or {}).get("published_online", "")
    if online[:4].isdigit():
        years.add(int(online[:4]))
    return years


@course_notebooks
def test_every_citation_in_the_prose_is_in_keys(path):
    keys, _ = _keys(path)
    code = "\n".join(c.source for c in _read(path).cells if c.cell_type == "code")
    cites_review = "REVIEW" in code
    unmatched = []
    for cite in citations_in(_prose(path)):
        if any(_matches(cite, k) for k in keys):
            continue
        if cites_review and "watson" in _squash(cite.names) and cite.year in _review_years():
            continue
        unmatched.append(cite.text)
    assert not unmatched, (
        f"{path.name}: citations in the prose with no matching key in KEYS: {unmatched}. Add the "
        "key to KEYS (and so to the reference list), or cite the work without a year if it is not "
        "among the review's references"
    )


@course_notebooks
def test_uses_respectful_language(path):
    hits = []
    for i, cell in enumerate(_read(path).cells, start=1):
        for pattern in BANNED:
            hits += [f"cell {i}: {m[0]!r}" for m in re.finditer(pattern, cell.source, re.I)]
    assert not hits, f"{path.name}: words the course does not use (person-first language): {hits}"


@course_notebooks
def test_links_to_the_next_notebook(path):
    n = _number(path)
    if n >= LAST_COURSE_NUMBER:
        pytest.skip("the last course notebook has no next notebook")
    found = _find_landmarks(path)
    assert "References" in found, f"{path.name}: no '## References' heading"
    after = _items(path)[_items(path).index(found["References"][1]) :]
    links = [
        target
        for it in after
        if it.kind == "text"
        for target in re.findall(r"\]\((\d\d_[^)\s]+\.ipynb)(?:#[^)]*)?\)", it.text)
    ]
    nxt = [t for t in links if int(t[:2]) == n + 1]
    assert nxt, (
        f"{path.name}: no link to notebook {n + 1:02d} after the references; end with "
        f"'[Next: …]({n + 1:02d}_….ipynb)'. Links found: {links}"
    )
    for target in nxt:
        assert (path.parent / target).is_file(), (
            f"{path.name}: the next-notebook link points to {target}, which does not exist in "
            f"{path.parent}"
        )


# --- nbval's markers are cell tags, not comments learners see (issue 12) -----------------------
NBVAL_TAGS = {"nbval-check-output", "nbval-ignore-output", "nbval-skip", "nbval-raises-exception"}


@all_notebooks
def test_nbval_markers_are_cell_tags_not_comments(path):
    for cell in nbformat.read(path, as_version=4).cells:
        tags = cell.get("metadata", {}).get("tags", [])
        nbval = {t for t in tags if t.startswith("nbval")}
        assert nbval <= NBVAL_TAGS, f"{path.name} cell {cell.get('id')}: unknown tags {nbval}"
        if cell.cell_type == "code":
            marks = [line for line in cell.source.splitlines() if "NBVAL_" in line]
            assert not marks, (
                f"{path.name} cell {cell.get('id')}: {marks[0]!r} shows in the learner's cell; "
                "use the cell tag instead (nbval-check-output, nbval-ignore-output, ...)"
            )


# --- what a notebook tells the learner to look for is what the widget shows (issue 12) --------
def _markdown(path: Path) -> str:
    cells = nbformat.read(path, as_version=4).cells
    return "\n\n".join(c.source for c in cells if c.cell_type == "markdown")


def _explorer_text(start: str) -> str:
    from peerlearn.widgets import MechanismExplorer

    ex = MechanismExplorer(start=start)
    return re.sub(r"<[^>]+>", " ", ex.view_html)


def test_the_tabs_a_notebook_names_are_the_explorers_tabs():
    from peerlearn.widgets.app import TITLES

    named = {
        (p.name, m.group(1))
        for p in COURSE
        for m in re.finditer(r"\*([A-Z][a-z]+(?: [a-z]+)?)\* tab", _markdown(p))
    }
    assert named, "the notebooks name the explorer's tabs"
    wrong = sorted((n, t) for n, t in named if t not in TITLES)
    assert not wrong, f"tabs the explorer does not have: {wrong}; its tabs are {list(TITLES)}"


def test_the_basis_words_a_notebook_asks_for_are_on_screen():
    asked = []
    for p in COURSE:
        for sentence in re.split(r"(?<=[.?!])\s", _markdown(p)):
            if "basis" in sentence and "explorer" in _markdown(p):
                asked += [(p, w) for w in re.findall(r"`(title|abstract|curated)`", sentence)]
    assert {w for _, w in asked} == {"title", "abstract", "curated"}
    shown = " ".join(
        _explorer_text(m.id) for m in __import__("peerlearn").default().mechanisms_list()
    )
    for p, word in asked:
        assert f"basis: {word}" in shown, (
            f"{p.name} asks for basis `{word}`; the explorer never shows it"
        )


def test_the_record_note_is_where_notebook_1_says():
    text = _markdown(NOTEBOOKS / "01_what_is_a_mechanism.ipynb")
    assert (
        "The *Sources* tab of the explorer shows a note like this one, headed *Note on the" in text
    )
    import peerlearn as pl
    from peerlearn.widgets import SourceBrowser

    table = SourceBrowser()._table.value
    with_notes = [r for r in pl.default().references_list() if r.note]
    assert with_notes
    for r in with_notes:
        note = str(pl.reference(r.key).note).replace("'", "&#x27;").replace('"', "&quot;")
        assert "Note on the record: </strong>" + note.split("&")[0][:40] in table, r.key


def test_where_the_map_shows_details_is_where_the_notebooks_say():
    from peerlearn.widgets._picture import MAP_HELP

    assert "beside the map" in MAP_HELP
    for p in COURSE:
        md = _markdown(p)
        assert "below the map" not in md and "under the map" not in md, p.name


def test_a_table_that_repeats_a_hidden_reading_is_hidden_too():
    path = NOTEBOOKS / "08_putting_it_together.ipynb"
    cells = nbformat.read(path, as_version=4).cells
    hidden = False
    for c in cells:
        if c.cell_type == "markdown" and "<details>" in c.source and "reading" in c.source:
            hidden = True
        if hidden and c.cell_type == "code" and "| --- |" in c.source:
            assert "<details>" in c.source, (
                f"{path.name} cell {c.id}: a table gives the reading away"
            )
