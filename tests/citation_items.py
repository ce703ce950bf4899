"""CSL-JSON test items shared by tests/test_citations.py and tests/test_interchange.py.

The synthetic items below are test fixtures only. Those with real-looking data copy the
review's references; those named "Example", "Sample" and "Smith" are invented for the
awkward cases and say so in their titles.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import peerlearn

REFERENCES = Path(peerlearn.__file__).parent / "data" / "references.json"


def article(key: str, authors: list[Any], year: int, title: str, **extra: Any) -> dict[str, Any]:
    """A CSL article-journal item; ``authors`` are "Family, Given" strings or name dicts."""
    names = []
    for a in authors:
        if isinstance(a, dict):
            names.append(a)
        else:
            family, given = (p.strip() for p in a.split(","))
            names.append({"family": family, "given": given})
    item = {
        "id": key,
        "type": "article-journal",
        "author": names,
        "issued": {"date-parts": [[year]]},
        "title": title,
        "container-title": extra.pop("journal", "Journal of Examples"),
        "volume": extra.pop("volume", "1"),
        "page": extra.pop("page", "1–10"),
        "custom": {"n": 0, "as_cited": f"as cited {key}", "category": "empirical"},
    }
    item.update(extra)
    return item


def awkward_items() -> list[dict[str, Any]]:
    """Items covering the awkward cases (fresh copies each call)."""
    return [
        {
            "id": "rogers1959",
            "type": "book",
            "author": [{"family": "Rogers", "given": "C."}],
            "issued": {"date-parts": [[1959]]},
            "title": "On becoming a person: A therapist's view of psychotherapy",
            "publisher": "Houghton Mifflin Harcourt",
            "publisher-place": "Dublin, Ireland",
        },
        article(
            "rogers1957",
            ["Rogers, C. R."],
            1957,
            "The necessary and sufficient conditions of therapeutic personality change",
            journal="Journal of Consulting Psychology",
            volume="21",
            page="95–103",
        ),
        article(
            "rogers2017",
            ["Rogers, E. S."],
            2017,
            "Peer support services: State of the workforce-state of the field in the USA",
            journal="Mental Health and Social Inclusion",
            volume="21",
            page="168–175",
            DOI="10.1108/MHSI-03-2017-0015",
        ),
        article(
            "scott2011a",
            ["Scott, A."],
            2011,
            "Authenticity work: Mutuality and boundaries in peer support",
            journal="Society and Mental Health",
            page="173–184",
        ),
        article(
            "scott2011b",
            ["Scott, A.", "Doughty, C.", "Kahi, H."],
            2011,
            "Having those conversations: The politics of risk in peer support practice",
            journal="Health Sociology Review",
            volume="20",
            page="187–201",
        ),
        article(
            "scott2012",
            ["Scott, A.", "Doughty, C."],
            2012,
            "“Confronted with paperwork”: Information and documentation in peer support",
            journal="Journal of Mental Health",
            volume="21",
            page="154–164",
        ),
        {
            "id": "borkman1990",
            "type": "chapter",
            "author": [{"family": "Borkman", "given": "T. J."}],
            "editor": [{"family": "Powell", "given": "T. J."}],
            "issued": {"date-parts": [[1990]]},
            "title": "Experiential, professional, and lay frames of reference",
            "container-title": "Working with self-help",
            "publisher": "NASW Press",
            "publisher-place": "Maryland",
            "page": "3–30",
        },
        {
            "id": "mays2001",
            "type": "chapter",
            "author": [
                {"family": "Mays", "given": "N."},
                {"family": "Roberts", "given": "E."},
                {"family": "Popay", "given": "J."},
            ],
            "editor": [{"family": "Fulop", "given": "N."}, {"family": "Allen", "given": "P."}],
            "issued": {"date-parts": [[2001]]},
            "title": "Synthesising research evidence",
            "container-title": "Studying the organisation and delivery of health services",
            "publisher": "Routledge",
            "publisher-place": "London",
            "page": "188–219",
        },
        {
            "id": "casp2006",
            "type": "report",
            "author": [{"literal": "Critical Appraisal Skills Programme"}],
            "issued": {"date-parts": [[2006]]},
            "title": "Qualitative research: Appraisal tool",
            "publisher": "Public Health Resource Unit",
            "publisher-place": "Oxford, UK",
        },
        article(
            "castelein2008",
            [
                "Castelein, S.",
                "Bruggeman, R. J.",
                {"family": "Busschbach", "given": "J. T.", "non-dropping-particle": "van"},
            ],
            2008,
            "The effectiveness of peer support groups in psychosis: A randomized controlled trial",
            journal="Acta Psychiatrica Scandinavica",
            volume="118",
            page="64–72",
            custom={"n": 9, "as_cited": "Castelein S, ... et al.", "authors_truncated": True},
        ),
        article(
            "menjivar2006",
            ["Menjívar, C."],
            2006,
            "Liminal legality",
            journal="American Journal of Sociology",
            volume="111",
            issue="4",
            page="999–1037",
        ),
        article(
            "rebeirogruhl2016",
            ["Rebeiro Gruhl, K. L.", "LaCarte, S.", "Calixte, S."],
            2016,
            "Authentic peer support work",
            journal="Journal of Mental Health",
            volume="25",
            page="78–86",
        ),
        article(
            "lloydevans2014",
            ["Lloyd-Evans, B."],
            2014,
            "A systematic review",
            journal="BMC Psychiatry",
            volume="14",
            page="39",
        ),
        article(
            "little1998",
            ["Little, M."],
            1998,
            "Liminality",
            journal="Social Science & Medicine",
            volume="47",
            page="1485–1494",
        ),
        # Invented items for rules the review's list does not exercise.
        article("example2020a", ["Example, A."], 2020, "The second invented title", page="5–9"),
        article("example2020b", ["Example, A."], 2020, "An earlier invented title", page="1–4"),
        article(
            "sample2019a",
            ["Sample, A.", "Foster, R.", "Gibson, S."],
            2019,
            "Invented title one",
            page="879–85",
        ),
        article(
            "sample2019b",
            ["Sample, A.", "Gibson, S.", "Holley, J."],
            2019,
            "Invented title two",
            page="3–30",
        ),
        article("smith2018c", ["Smith, C."], 2018, "Invented title by C. Smith"),
        article("smith2018e", ["Smith, E."], 2018, "Invented title by E. Smith"),
    ]


def keys_of(items: list[dict[str, Any]]) -> list[str]:
    return [i["id"] for i in items]


def stripped(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in i.items() if k != "custom"} for i in items]


def real_items() -> list[dict[str, Any]]:
    if not REFERENCES.exists():
        pytest.skip(f"{REFERENCES} does not exist yet")
    return json.loads(REFERENCES.read_text(encoding="utf-8"))


class HTMLCheck(HTMLParser):
    """Collects text and checks that only the tags citations may emit appear."""

    ALLOWED = frozenset({"i", "b", "u", "sup", "sub", "span", "a"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.links: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.ALLOWED, f"unexpected tag <{tag}>"
        if tag == "a":
            assert [name for name, _ in attrs] == ["href"]
            self.links.append(str(attrs[0][1]))
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert tag in self.ALLOWED
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text += data


def check_html(fragment: str) -> HTMLCheck:
    checker = HTMLCheck()
    checker.feed(fragment)
    checker.close()
    assert checker.depth == 0, f"unbalanced tags in {fragment!r}"
    return checker
