"""The quick yes that spares a large reading list the full schema check (issue 19, speed).

:func:`peerlearn.knowledge.repair.quick_valid` says yes only when the reference schema says
yes: a property test tries items of every shape (valid, nearly valid, and anything JSON can
hold) against jsonschema itself. A no sends the list to the schema check, which names each
problem, so no check or message is lost; what readers make gets a yes (else nothing is saved).
"""

from __future__ import annotations

import json
import warnings
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from peerlearn.interchange import read_bibtex, read_ris
from peerlearn.knowledge import repair
from peerlearn.knowledge.files import Source
from peerlearn.knowledge.repair import quick_valid, repair_references

_SCHEMA = json.loads(
    (resources.files("peerlearn") / "data" / "schemas" / "references.v1.json").read_text(
        encoding="utf-8"
    )
)
_VALIDATOR = Draft202012Validator(_SCHEMA)
_PROPS = _SCHEMA["items"]["properties"]
_TYPES = _PROPS["type"]["enum"]
_CATEGORIES = _PROPS["custom"]["properties"]["category"]["enum"]


def _schema_says_yes(item: object) -> bool:
    return _VALIDATOR.is_valid([item])


_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", " ", "x", "10.1000/xyz", "10/abc", "lynch2007", "book", "n/a", "\n"]),
    st.text(max_size=6),
)
_JSON = st.recursive(
    _SCALAR,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
_NAME_KEYS = [
    "family",
    "given",
    "literal",
    "suffix",
    "non-dropping-particle",
    "dropping-particle",
    "parse-names",
    "comma-suffix",
    "other",
]
_TEXT = st.one_of(st.sampled_from(["", "Ann", "Lynch", "10.1000/xyz", "n/a"]), st.text(max_size=5))
_NAME = st.dictionaries(
    st.sampled_from(_NAME_KEYS),
    st.one_of(_TEXT, _SCALAR),
    max_size=3,
)
_PART = st.one_of(
    st.integers(1, 31), st.integers(-5, 2100), st.booleans(), st.floats(0, 3000), st.just("2007")
)
_DATE = st.one_of(
    st.fixed_dictionaries(
        {"date-parts": st.lists(st.lists(_PART, min_size=1, max_size=4), max_size=3)},
        optional={"season": _SCALAR, "circa": _SCALAR, "literal": _SCALAR, "raw": _SCALAR},
    ),
    _JSON,
)
_CUSTOM = st.one_of(
    st.dictionaries(
        st.sampled_from(
            [
                "n",
                "as_cited",
                "category",
                "authors_truncated",
                "record_note",
                "original_id",
                "bibtex",
            ]
        ),
        st.one_of(st.sampled_from(_CATEGORIES), st.integers(-1, 3), _TEXT, _JSON),
        max_size=4,
    ),
    _JSON,
)
_OF_TYPE = {
    "string": _TEXT,
    "integer": st.one_of(st.integers(-3, 3), st.booleans()),
    "number": st.one_of(st.integers(-3, 3), st.floats(), st.booleans()),
    "boolean": st.booleans(),
}


def _value_for(var: str) -> st.SearchStrategy:
    """Values the schema accepts for the variable most of the time, and anything else."""
    spec = _PROPS.get(var, {})
    if spec.get("$ref") == "#/$defs/names":
        return st.one_of(st.lists(_NAME, max_size=3), _JSON)
    if spec.get("$ref") == "#/$defs/date":
        return _DATE
    if var == "custom":
        return _CUSTOM
    if var == "type":
        return st.one_of(st.sampled_from(_TYPES), _SCALAR)
    if var == "id":
        return st.one_of(st.sampled_from(["lynch2007", "lynch2007a", "ngnd", "Lynch2007"]), _TEXT)
    kinds = spec.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return st.one_of(*(_OF_TYPE[k] for k in kinds if k in _OF_TYPE), _JSON)


_VARS = st.sampled_from([*(v for v in _PROPS if v not in ("id", "type")), "other", "shortTitle"])
_WORD = st.text(min_size=1, max_size=5)
_GOOD_NAME = st.one_of(
    st.fixed_dictionaries({"family": _WORD}, optional={"given": _TEXT, "suffix": _TEXT}),
    st.fixed_dictionaries({"literal": _WORD}, optional={"parse-names": st.booleans()}),
)
_GOOD_DATE = st.fixed_dictionaries(
    {
        "date-parts": st.lists(
            st.lists(st.integers(-3000, 3000), min_size=1, max_size=3), min_size=1, max_size=2
        )
    },
    optional={"season": st.integers(1, 4), "literal": _TEXT},
)
_GOOD_CUSTOM = st.fixed_dictionaries(
    {},
    optional={
        "category": st.sampled_from(_CATEGORIES),
        "original_id": _WORD,
        "n": st.integers(1, 9),
        "authors_truncated": st.booleans(),
        "as_cited": _WORD,
        "bibtex": _JSON,
    },
)


def _good_value(var: str) -> st.SearchStrategy:
    """A value the schema accepts for the variable."""
    spec = _PROPS.get(var, {})
    if spec.get("$ref") == "#/$defs/names":
        return st.lists(_GOOD_NAME, max_size=3)
    if spec.get("$ref") == "#/$defs/date":
        return _GOOD_DATE
    if var == "custom":
        return _GOOD_CUSTOM
    if "enum" in spec:
        return st.sampled_from(spec["enum"])
    if "pattern" in spec:
        return st.sampled_from(["10.1000/xyz", "10/abc", "10.12345/a-b.c(d)"])
    if spec.get("minLength"):
        return _WORD
    kinds = spec.get("type", ["string"])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return st.one_of(*(_OF_TYPE[k].filter(lambda v: type(v) is not bool) for k in kinds))


_GOOD_ITEM = st.lists(_VARS, max_size=8, unique=True).flatmap(
    lambda names: st.fixed_dictionaries(
        {
            "id": st.sampled_from(["lynch2007", "lynch2007ab", "ngnd", "who2001"]),
            "type": st.sampled_from(_TYPES),
            **{name: _good_value(name) for name in names},
        }
    )
)


@st.composite
def _nearly_good_item(draw: st.DrawFn) -> dict:
    """A valid item, or one with one value (or one part of a name, date or custom) changed."""
    item = draw(_GOOD_ITEM)
    if draw(st.booleans()):
        return item
    var = draw(st.sampled_from(sorted(item)))
    value = item[var]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        value[draw(st.integers(0, len(value) - 1))][draw(st.sampled_from(_NAME_KEYS))] = draw(
            _SCALAR
        )
    elif isinstance(value, dict) and value and draw(st.booleans()):
        value[draw(st.sampled_from(sorted(value)))] = draw(_JSON)
    elif draw(st.booleans()):
        del item[var]
    else:
        item[var] = draw(_value_for(var))
    return item


_ITEM = st.one_of(
    _nearly_good_item(),
    st.lists(_VARS, max_size=8, unique=True).flatmap(
        lambda names: st.fixed_dictionaries(
            {name: _value_for(name) for name in names},
            optional={"id": _value_for("id"), "type": _value_for("type")},
        )
    ),
    _JSON,
)


@given(item=_ITEM)
@settings(max_examples=1000, deadline=None)
def test_a_quick_yes_is_always_the_schemas_yes(item):
    if quick_valid(item):
        assert _schema_says_yes(item), item


@given(item=_GOOD_ITEM)
@settings(max_examples=300, deadline=None)
def test_valid_items_of_any_shape_get_a_quick_yes(item):
    """Not a check that steps aside too often: what the schema accepts, it accepts too."""
    assert _schema_says_yes(item), item
    assert quick_valid(item), item


def test_what_the_readers_make_gets_a_quick_yes():
    bib = read_bibtex(
        "@article{a, author = {García, Ann and {World Health Organization}}, title = {T},"
        " journal = {J}, year = 2007, month = may, pages = {1--9}, doi = {10.1000/xyz},"
        " keywords = {a, b}, file = {x.pdf}}"
    ).items[0]
    ris = read_ris("TY  - JOUR\nAU  - Lynch, K.\nTI  - Love labour\nPY  - 2007\nER  - \n").items[0]
    for item in (bib, ris):
        item = {**item, "id": "lynch2007", "custom": {**item.get("custom", {}), "original_id": "a"}}
        item["custom"]["category"] = "unclassified"
        assert quick_valid(item), item
        assert _schema_says_yes(item)


@pytest.mark.parametrize(
    "item",
    [
        {"id": "Lynch2007", "type": "book"},  # the key pattern
        {"id": "lynch2007\n", "type": "book"},
        {"id": "lynch2007", "type": "zine"},
        {"id": "lynch2007"},  # type is required
        {"id": "lynch2007", "type": "book", "title": ""},
        {"id": "lynch2007", "type": "book", "DOI": "n/a"},
        {"id": "lynch2007", "type": "book", "author": [{"given": "Ann"}]},
        {"id": "lynch2007", "type": "book", "author": [{"family": "L", "x": "y"}]},
        {"id": "lynch2007", "type": "book", "issued": {"date-parts": [[2007.0]]}},
        {"id": "lynch2007", "type": "book", "issued": {"date-parts": [[True]]}},
        {"id": "lynch2007", "type": "book", "issued": {"date-parts": [[1, 2, 3, 4]]}},
        {"id": "lynch2007", "type": "book", "custom": {"n": 0}},
        {"id": "lynch2007", "type": "book", "custom": {"category": "other"}},
        {"id": "lynch2007", "type": "book", "volume": True},
    ],
)
def test_a_quick_no_sends_the_item_to_the_schema(item):
    assert not quick_valid(item)


def test_a_schema_word_the_quick_check_does_not_know_gets_no_quick_yes():
    """A schema that grows a word (maxLength here) is not misread: the quick check steps aside."""
    assert repair._rule({"type": "string", "maxLength": 3}, {})("abcdef") is False
    assert repair._rule({"type": "string"}, {}) == ((str,), False)
    assert (
        repair._rule({"type": "array", "items": {"type": "string"}, "uniqueItems": True}, {})([])
        is False
    )


def test_an_item_the_quick_check_refuses_is_still_repaired_by_the_schema():
    src = Source(
        "refs.bib",
        "refs.bib",
        "",
        [
            {"id": "lynch2007", "type": "book", "custom": {}},
            {"id": "ng2001", "type": "book", "title": "", "custom": {}},
        ],
        False,
        "bibtex",
        item_lines=[1, 5],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        repair_references(src)
    assert src.data[1] == {"id": "ng2001", "type": "book", "custom": {}}
    assert [(r.line, r.field, r.action) for r in src.repairs] == [(5, "title", "dropped")]
    assert src.checked
