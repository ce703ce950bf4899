"""What bibtexparser, pylatexenc and rispy do to each kind of field, where each falls short for a
reading list, and the workaround (issue 19). Each shortfall is shown on the library alone first,
then on peerlearn's reader, so a library update that fixes (or changes) it shows up here.
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn.interchange import from_bibtex, read_bibtex, read_ris


@pytest.fixture(scope="module")
def plain():
    """pylatexenc's own decoder, as bibtexparser's LaTeX middleware would use it."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text()


def _one(text: str) -> dict:
    reading = read_bibtex(text)
    (item,) = reading.items
    return item


# ----------------------------------------------------------------------------- pylatexenc
def test_a_tilde_in_a_url_is_read_as_a_space_by_pylatexenc_and_kept_by_peerlearn(plain):
    assert plain.latex_to_text(r"\url{http://example.com/~user}") == "<http://example.com/\xa0user>"
    item = _one(
        r"@misc{a, url = {\url{http://example.com/~user}}, doi = {10.1000/a~b\_c},"
        r" note = {See \url{http://example.com/~user/x\_y}}, eprint = {2101.00001}}"
    )
    assert item["URL"] == "http://example.com/~user"
    assert item["DOI"] == "10.1000/a~b_c"
    assert item["note"] == "See http://example.com/~user/x_y"
    assert item["custom"]["bibtex"]["eprint"] == "2101.00001"


def test_href_makes_pylatexenc_fail_and_peerlearn_keeps_text_and_target(plain):
    with pytest.raises(IndexError):
        plain.latex_to_text(r"\href{http://x.org/~a}{Link}")
    item = _one(r"@misc{a, title = {\href{http://x.org/~a}{Link}}, author = {\href{x}{A}}}")
    assert item["title"] == "Link <http://x.org/~a>"
    assert item["author"] == [{"literal": "A <x>"}] or item["author"][0]["family"]


def test_math_loses_nothing(plain):
    assert plain.latex_to_text("Cu$_2$O") == "Cu_2O"  # pylatexenc: the subscript is flattened
    assert _one("@misc{a, title = {Cu$_2$O and $^{13}$C in $\\alpha$-helices at 37$^\\circ$}}")[
        "title"
    ] == ("Cu₂O and ¹³C in α-helices at 37°")
    reading = read_bibtex(r"@misc{a, title = {An $\frac{a}{b}$ ratio}}")
    assert reading.items[0]["title"] == r"An $\frac{a}{b}$ ratio"  # kept as written, said
    ((r,),) = [reading.repairs]
    assert (r.field, r.action) == ("title", "kept") and r"$\frac{a}{b}$" in r.message


def test_unknown_commands_today_and_cite_are_kept_not_dropped_or_invented(plain):
    assert plain.latex_to_text(r"\foo bar") == "bar"  # the command is silently gone
    assert plain.latex_to_text(r"\LaTeX") == ""
    assert plain.latex_to_text(r"\cite{x}") == "<cit.>"
    today = plain.latex_to_text(r"\today")
    assert today and "\\" not in today  # today's date: invented
    reading = read_bibtex(r"@misc{a, title = {\LaTeX{} for \foo{} as of \today, see \cite{x}}}")
    assert reading.items[0]["title"] == r"LaTeX for \foo as of \today, see \cite{x}"
    assert {r.action for r in reading.repairs} == {"kept"}


def test_a_bare_percent_is_a_comment_to_pylatexenc_and_a_percent_to_peerlearn(plain):
    assert plain.latex_to_text("50% of cases\nrest") == "50\nrest"  # " of cases" is gone
    assert _one("@misc{a, title = {50% of cases}}")["title"] == "50% of cases"


def test_accents_dashes_quotes_and_braces_read_as_before():
    item = _one(r"@misc{a, title = {{\"U}ber {\'e}l{\`e}ves -- ``quoted'' {\relax Ch}ange \& co}}")
    assert item["title"] == "Über élèves – “quoted” Change & co"


# ----------------------------------------------------------------------------- bibtexparser
def test_bibtexparser_logs_failed_blocks_and_peerlearn_catches_them(caplog, capsys):
    import bibtexparser

    text = "@article{a, title = {x}\n@book{b, title = {y}}\n@misc{c, title = {z}}\n"
    with caplog.at_level(logging.WARNING, logger="bibtexparser"):
        library = bibtexparser.parse_string(text)
    assert any("aborted" in r.getMessage() for r in caplog.records)  # library noise
    (block,) = library.failed_blocks
    assert str(block.error) == ""  # the "()" of the old message: no reason in the exception
    caplog.clear()
    reading = read_bibtex(text)
    assert caplog.records == [] and capsys.readouterr().err == ""
    assert [i["id"] for i in reading.items] == ["b", "c"]
    (r,) = reading.repairs
    assert (r.line, r.record, r.action) == (1, "@article{a}", "skipped")
    assert "a new entry starts ('@book')" in r.message and "(line 2)" in r.message


def test_bibtexparser_sets_aside_an_entry_with_a_field_twice_and_peerlearn_keeps_it():
    import bibtexparser

    text = "@book{a, title = {First}, title = {Second}, year = 2001}\n"
    assert bibtexparser.parse_string(text).entries == []  # the whole entry set aside
    reading = read_bibtex(text)
    assert reading.items[0]["title"] == "First" and reading.items[0]["issued"]
    assert [(r.field, r.action) for r in reading.repairs] == [("title", "dropped")]


def test_a_key_used_twice_keeps_both_entries():
    reading = read_bibtex("@book{a, title = {A}}\n\n@book{a, title = {B}}\n")
    assert [i["title"] for i in reading.items] == ["A", "B"]
    (r,) = reading.repairs
    assert (r.line, r.action) == (3, "kept") and "also used on line 1" in r.message
    with pytest.raises(ValueError, match="BibTeX line 3"):
        from_bibtex("@book{a, title = {A}}\n\n@book{a, title = {B}}\n")


def test_names_bibtexparser_cannot_split_are_kept_whole():
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    with pytest.raises(ValueError, match="Trailing comma"):
        parse_single_name_into_parts("Smith,")
    item = _one("@misc{a, author = {Smith, and Jones, Ann}}")
    assert item["author"] == [{"literal": "Smith"}, {"family": "Jones", "given": "Ann"}]


@pytest.mark.parametrize(
    "names",
    [
        "Ahmed, A. and Davies, B.",
        "Van Gogh, V.  W. and O'Brien, Ann-Marie",
        "Smith-Jones, a b and Lee, Jo AND Kim, Y.",
        "Ahmed, A. and others",
        "Ahmed, Jr., A.",
        "van Gogh, V.",
        "Ahmed, A.,",
        "García, A. and Ñúñez, José-María and Öztürk, Ç.",
        "Ærø Ångström, Å. and ǅukić, D.",  # a title-case letter starts a particle
        "van Ærø, Å. and Smith, Ⅻ and Müller2, B. and Lee_Kim, C.",
        "O''Brien, A. and Smith--Jones, B.",  # LaTeX's closing quote and dash
        "Ἀριστοτέλης, Ἀ. and Дмитриев, Д. and 王, 小明",
    ],
)
def test_plain_names_read_by_the_fast_path_as_bibtexparser_splits_them(names, monkeypatch):
    """Plain "Family, Given" names skip bibtexparser's name splitting (the slowest part of
    reading an entry); the result is the same as with it."""
    _fast_and_slow_names_agree(names, monkeypatch)


def test_plain_names_in_any_script_take_the_fast_path():
    from peerlearn.interchange.bibtex_read import _plain_names

    assert _plain_names("García, A. and Ñúñez, José-María  Ç.") == [
        {"family": "García", "given": "A."},
        {"family": "Ñúñez", "given": "José-María Ç."},
    ]
    for long_way in ("ǅukić, D.", "van Ærø, Å.", "Müller2, B.", "Smith--Jones, B.", "Ærø, Å.,"):
        assert _plain_names(long_way) is None, long_way


def _fast_and_slow_names_agree(names: str, monkeypatch) -> None:
    from peerlearn.interchange import bibtex_read

    text = "@book{a, author = {" + names + "}, title = {T}}"
    fast = read_bibtex(text)
    with monkeypatch.context() as patch:
        patch.setattr(bibtex_read, "_plain_names", lambda value: None)
        slow = read_bibtex(text)
    assert fast.items == slow.items
    assert [str(r) for r in fast.repairs] == [str(r) for r in slow.repairs]


_NAME_CHARS = "AaBbZzÉéÑñÅåÆæßǅǆΣσДдЁё王Ⅻⅻ½²09_.'-"
_WORDS = st.lists(st.text(alphabet=_NAME_CHARS, min_size=1, max_size=8), min_size=1, max_size=3)
_ONE_NAME = st.one_of(
    st.text(alphabet=_NAME_CHARS + " ,~", min_size=1, max_size=14),  # anything
    st.tuples(_WORDS, _WORDS).map(lambda fg: " ".join(fg[0]) + ", " + " ".join(fg[1])),
)


@given(names=st.lists(_ONE_NAME, min_size=1, max_size=3).map(" and ".join))
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_names_read_by_the_fast_path_as_bibtexparser_splits_them(names, monkeypatch):
    """A property: whatever the letters (any script, capitals, title-case letters, numerals,
    digits, marks), the fast path gives what bibtexparser's splitting gives, or steps aside."""
    _fast_and_slow_names_agree(names, monkeypatch)


def test_biblatex_fields_are_read_and_the_rest_kept_in_custom():
    item = _one(
        '@online{a, title = {Technisches Schreiben}, subtitle = {(nicht nur) f{\\"u}r'
        " Informatiker}, titleaddon = {Ein Leitfaden}, journaltitle = {J}, journalsubtitle ="
        " {S}, date = {2016-08/2017}, urldate = {2024-03-05}, location = {Berlin},"
        " file = {:C\\:/papers/a.pdf:PDF}, groups = {week 1}, langid = {ngerman}}"
    )
    assert item["type"] == "webpage"
    assert item["title"] == "Technisches Schreiben: (nicht nur) für Informatiker. Ein Leitfaden"
    assert item["container-title"] == "J: S"
    assert item["issued"] == {"date-parts": [[2016, 8], [2017]]}
    assert item["accessed"] == {"date-parts": [[2024, 3, 5]]}
    assert item["publisher-place"] == "Berlin" and item["language"] == "ngerman"
    assert item["custom"]["bibtex"] == {"file": ":C\\:/papers/a.pdf:PDF", "groups": "week 1"}


# ----------------------------------------------------------------------------- rispy
def test_rispy_drops_a_last_record_without_er_and_peerlearn_keeps_it():
    import rispy

    text = "TY  - JOUR\nTI  - First\nER  - \nTY  - BOOK\nTI  - Last\n"
    assert [r["title"] for r in rispy.loads(text)] == ["First"]
    assert [i["title"] for i in read_ris(text).items] == ["First", "Last"]


def test_rispy_skips_unknown_tags_and_peerlearn_keeps_them():
    import rispy

    text = "TY  - JOUR\nTI  - A\nXY  - kept\nN2  - The abstract.\nL1  - file.pdf\nER  - \n"
    assert "unknown_tag" not in rispy.loads(text, skip_unknown_tags=True)[0]
    (item,) = read_ris(text).items
    assert item["abstract"] == "The abstract."
    assert item["custom"]["ris"]["unknown_tag"] == {"XY": ["kept"]}
    assert item["custom"]["ris"]["file_attachments1"] == "file.pdf"


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="\\{}$~%&^_#`-'!?a \u00e9", max_size=12))
def test_latex_marks_finds_what_its_readable_form_finds(text):
    """LATEX_MARKS is written for a quick search; it finds the same marks at the same places as
    the pattern it stands for."""
    import re

    from peerlearn.interchange._latex import LATEX_MARKS

    readable = re.compile(r"[\\{}$~%&^_#`]|--|''|!`|\?`")
    assert [m.span() for m in LATEX_MARKS.finditer(text)] == [
        m.span() for m in readable.finditer(text)
    ]
