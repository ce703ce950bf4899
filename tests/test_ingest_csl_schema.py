"""Any CSL-JSON item the CSL schema accepts loads (issue 19): a property test generating items
from the CSL-JSON input schema's own types and variables (citation-style-language/schema,
``schemas/input/csl-data.json``: item types, name, date and text/number variables, the name
object's parts, the date object's ``date-parts``/``season``/``circa``/``literal``/``raw``/
``edtf`` and EDTF text). What peerlearn cannot take as written is kept in CSL's form or left
out and said (``kb.repairs``); the file is never refused, and every item can be cited and
exported.
"""

from __future__ import annotations

import json
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import peerlearn as pl

# The CSL-JSON input schema's item types, as the schema lists them.
TYPES = [
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "bill",
    "book",
    "broadcast",
    "chapter",
    "classic",
    "collection",
    "dataset",
    "document",
    "entry",
    "entry-dictionary",
    "entry-encyclopedia",
    "figure",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "musical_score",
    "pamphlet",
    "paper-conference",
    "patent",
    "performance",
    "periodical",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "review-book",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
]
NAMES = [
    "author",
    "chair",
    "collection-editor",
    "compiler",
    "composer",
    "container-author",
    "contributor",
    "curator",
    "director",
    "editor",
    "editorial-director",
    "executive-producer",
    "interviewer",
    "illustrator",
    "organizer",
    "original-author",
    "performer",
    "producer",
    "recipient",
    "reviewed-author",
    "translator",
]
DATES = [
    "accessed",
    "available-date",
    "container",
    "event-date",
    "issued",
    "original-date",
    "submitted",
]
# variables the schema types as "string"
STRINGS = [
    "language",
    "journalAbbreviation",
    "shortTitle",
    "abstract",
    "annote",
    "archive",
    "archive_collection",
    "archive_location",
    "archive-place",
    "authority",
    "call-number",
    "citation-label",
    "collection-title",
    "container-title",
    "container-title-short",
    "dimensions",
    "division",
    "DOI",
    "event",
    "event-place",
    "genre",
    "ISAN",
    "ISBN",
    "ISCI",
    "ISMN",
    "ISRC",
    "ISSN",
    "ISWC",
    "jurisdiction",
    "keyword",
    "medium",
    "note",
    "original-publisher",
    "original-publisher-place",
    "original-title",
    "part-title",
    "PMCID",
    "PMID",
    "publisher",
    "publisher-place",
    "references",
    "reviewed-title",
    "scale",
    "section",
    "source",
    "status",
    "title",
    "title-short",
    "translated-title",
    "translated-title-short",
    "URL",
    "version",
    "year-suffix",
]
# variables the schema types as "string" or "number"
NUMBERS = [
    "chapter-number",
    "citation-number",
    "collection-number",
    "edition",
    "first-reference-note-number",
    "issue",
    "locator",
    "number",
    "number-of-pages",
    "number-of-volumes",
    "page",
    "page-first",
    "part",
    "printing",
    "supplement",
    "volume",
]

# JSON numbers peerlearn reads: finite, and integers of at most 15 digits (I-JSON's safe range
# is 2**53; a longer one refuses the file as a guard against huge numbers, see
# tests/test_ingest_hostile.py).
_number = st.integers(-(10**15) + 1, 10**15 - 1) | st.floats(
    allow_nan=False, allow_infinity=False, width=32
)
_text = st.text(max_size=20)
_string_or_number = _text | _number
_name = st.fixed_dictionaries(
    {},
    optional={
        "family": _text,
        "given": _text,
        "dropping-particle": _text,
        "non-dropping-particle": _text,
        "suffix": _text,
        "literal": _text,
        "comma-suffix": _string_or_number | st.booleans(),
        "static-ordering": _string_or_number | st.booleans(),
        "parse-names": _string_or_number | st.booleans(),
    },
)
# EDTF text as the schema's (loose) pattern accepts it: any text holding one of its characters
_edtf = st.from_regex(r"[0-9X?~%/.,-]", fullmatch=False).filter(lambda s: len(s) < 30)
_date = _edtf | st.fixed_dictionaries(
    {},
    optional={
        "date-parts": st.lists(
            st.lists(_string_or_number, min_size=1, max_size=3), min_size=1, max_size=2
        ),
        "season": _string_or_number,
        "circa": _string_or_number | st.booleans(),
        "literal": _text,
        "raw": _text,
        "edtf": _edtf,
    },
)
_variable = st.one_of(
    st.tuples(st.sampled_from(NAMES), st.lists(_name, max_size=3)),
    st.tuples(st.sampled_from(DATES), _date),
    st.tuples(st.sampled_from(STRINGS), _text),
    st.tuples(st.sampled_from(NUMBERS), _string_or_number),
    st.tuples(st.just("categories"), st.lists(_text, max_size=3)),
    st.tuples(st.just("custom"), st.dictionaries(_text, _string_or_number, max_size=3)),
)
_item = st.builds(
    lambda kind, key, pairs: {"id": key, "type": kind, **dict(pairs)},
    st.sampled_from(TYPES),
    _text.filter(bool) | st.integers(0, 10**6),
    st.lists(_variable, max_size=8),
)


def test_the_generated_items_are_valid_csl_json():
    """The strategy stays inside the schema (its shapes checked here with jsonschema)."""
    from jsonschema import Draft7Validator

    schema = {
        "type": "object",
        "required": ["id", "type"],
        "properties": {
            "type": {"enum": TYPES},
            "id": {"type": ["string", "number"]},
            **{n: {"type": "array", "items": {"type": "object"}} for n in NAMES},
            **{s: {"type": "string"} for s in STRINGS},
            **{n: {"type": ["string", "number"]} for n in NUMBERS},
        },
    }
    validator = Draft7Validator(schema)
    examples = [_item.example() for _ in range(20)]
    assert all(validator.is_valid(item) for item in examples)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=st.lists(_item, min_size=1, max_size=4))
def test_any_csl_json_item_the_schema_accepts_loads(tmp_path_factory, items):
    path = tmp_path_factory.mktemp("csl") / "export.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kb = pl.load(path)  # never refused: what cannot be taken as written is said
    assert len(kb.references_list()) == len(items)
    for r in kb.repairs:
        assert r.file == "export.json" and r.action in ("normalised", "kept", "dropped")
    for fmt in ("bibtex", "ris", "csl-json"):
        kb.export(format=fmt)
    for ref in kb.references_list():  # every item, even one with nothing to print
        assert kb.cite(ref.key).strip()
        assert kb.cite(ref.key, form="in-text").strip()


@pytest.mark.parametrize(
    ("style", "shown"),
    [("apa", "[no title] (x)"), ("harvard", "(no date)."), ("vancouver", "[no title] (x)")],
)
def test_an_entry_with_nothing_to_print_is_cited_by_its_key(tmp_path, style, shown):
    """Found by the property test above: citeproc-py leaves an entry that renders empty
    (``{"id": "x", "type": "bill"}``) out of its bibliography, which made
    ``citations.engine.render`` raise; such an entry now reads ``[no title] (key)`` (Harvard
    prints "(no date)." for it, which is kept) and the entries around it keep their text."""
    from peerlearn.citations.engine import render_entries

    items = [
        {"id": "a", "type": "book", "title": "Before", "issued": {"date-parts": [[2001]]}},
        {"id": "x", "type": "bill"},
        {"id": "z", "type": "book", "title": "After", "issued": {"date-parts": [[2003]]}},
    ]
    texts = [text for text, _ in render_entries(items, style=style)]
    assert len(texts) == 3
    assert sum(t.endswith(shown) for t in texts) == 1
    assert any("Before" in t for t in texts) and any("After" in t for t in texts)
    (tmp_path / "export.json").write_text('[{"id": "x", "type": "bill"}]', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kb = pl.load(tmp_path / "export.json")
    key = kb.references_list()[0].key
    assert kb.cite(key, style=style).endswith(shown.replace("x", key))


def test_citeproc_py_reads_unknown_name_variables_as_text_and_fails_on_them():
    """The library shortfall behind :data:`peerlearn.csl.ENGINE_VARIABLES`: a film's director
    (a CSL 1.0.2 name variable citeproc-py does not list) breaks APA in citeproc-py alone; the
    knowledge base keeps it and cites the film."""
    import citeproc
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    from peerlearn.citations.styles import engine_style
    from peerlearn.csl import ENGINE_VARIABLES

    item = {
        "id": "film",
        "type": "motion_picture",
        "title": "A film",
        "director": [{"family": "Example", "given": "Ada"}],
        "issued": {"date-parts": [[2019]]},
    }
    bib = CitationStylesBibliography(engine_style("apa"), CiteProcJSON([item]))
    bib.register(Citation([CitationItem("film")]))
    with pytest.raises(AttributeError, match="parts"):
        bib.bibliography()
    python_names = {n.replace("_", "-") for n in citeproc.NAMES}
    assert not (set(NAMES) - python_names) & ENGINE_VARIABLES
    assert "director" not in ENGINE_VARIABLES
