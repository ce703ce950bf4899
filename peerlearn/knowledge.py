"""Load a knowledge-base folder, validate it, link it both ways and look things up.

The package's own data (``peerlearn/data``) is simply the default folder: an instructor's own review
or an extended reading list in the same formats loads the same way with :func:`load`.

>>> kb = default()
>>> kb.mechanism("love-labour").name
'Love labour'
>>> [m.id for m in kb.mechanisms_for("lynch2007")]
['love-labour']
>>> kb.reference("lynch2007").year
2007

This module is pure: it imports pandas only inside the functions that return DataFrames.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DataValidationError, Problem, UnknownIdError
from .model import Link, Mechanism, Person, Reference, ReferenceList, Review, Term, Theory

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["FILES", "KnowledgeBase", "default", "load", "resolve", "validate"]

#: The files of a knowledge-base folder: name → (required?, schema name).
FILES: Mapping[str, bool] = {
    "references": True,
    "mechanisms": True,
    "theories": False,
    "glossary": False,
    "review": False,
}
_SUFFIXES = (".json", ".yaml", ".yml")
#: Largest data file peerlearn reads (a guard against loading something that is not ours).
MAX_BYTES = 5_000_000


# --------------------------------------------------------------------------- reading files
@dataclass
class _Source:
    """One data file as read: its name for messages, its text and the parsed value."""

    name: str
    path: str
    text: str
    data: Any
    is_yaml: bool


def _find(folder: Path, stem: str) -> Path | None:
    for suffix in _SUFFIXES:
        p = folder / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def _parse(path: str, name: str, text: str, problems: list[Problem]) -> _Source | None:
    is_yaml = name.endswith((".yaml", ".yml"))
    try:
        if is_yaml:
            import yaml

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except json.JSONDecodeError as e:
        problems.append(Problem(name, e.lineno, None, None, f"not valid JSON: {e.msg}"))
        return None
    except Exception as e:  # yaml.YAMLError and its marks
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        problems.append(Problem(name, line, None, None, f"not valid YAML: {problem}"))
        return None
    return _Source(name, path, text, data, is_yaml)


def _read_folder(folder: Path, problems: list[Problem]) -> dict[str, _Source]:
    sources: dict[str, _Source] = {}
    for stem, required in FILES.items():
        path = _find(folder, stem)
        if path is None:
            if required:
                problems.append(
                    Problem(
                        str(folder),
                        None,
                        None,
                        None,
                        f"missing {stem}.json (or .yaml): a knowledge-base folder needs "
                        f"{', '.join(s + '.json' for s, r in FILES.items() if r)}",
                    )
                )
            continue
        if path.stat().st_size > MAX_BYTES:
            problems.append(
                Problem(path.name, None, None, None, f"file is larger than {MAX_BYTES} bytes")
            )
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            problems.append(Problem(path.name, None, None, None, f"not UTF-8 text: {e.reason}"))
            continue
        src = _parse(str(path), path.name, text, problems)
        if src is not None:
            sources[stem] = src
    return sources


def _read_package() -> dict[str, _Source]:
    root = resources.files("peerlearn") / "data"
    out = {}
    for stem in FILES:
        res = root / f"{stem}.json"
        text = res.read_text(encoding="utf-8")
        out[stem] = _Source(f"{stem}.json", str(res), text, json.loads(text), False)
    return out


# --------------------------------------------------------------------------- validation
@cache
def _schema(name: str) -> dict[str, Any]:
    text = (resources.files("peerlearn") / "data" / "schemas" / f"{name}.v1.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


def _record_name(data: Any, path: Sequence[Any]) -> str | None:
    """The id of the record a JSON path points into, for messages."""
    node = data
    name = None
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, Mapping):
            rid = node.get("id") or node.get("key")
            if isinstance(rid, str):
                name = rid
    return name


def _field(path: Sequence[Any]) -> str | None:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or None


def _schema_problems(stem: str, src: _Source) -> list[Problem]:
    from jsonschema import Draft202012Validator

    from ._locate import duplicate_key_lines, line_of

    problems = []
    validator = Draft202012Validator(_schema(stem))
    for err in sorted(validator.iter_errors(src.data), key=lambda e: list(map(str, e.path))):
        path = list(err.path)
        # keep messages short: a long instance repr helps nobody
        msg = err.message if len(err.message) < 200 else err.message[:197] + "..."
        if err.validator == "additionalProperties":
            allowed = sorted(err.schema.get("properties", {}))
            msg += f" (allowed: {', '.join(allowed)})"
        problems.append(
            Problem(
                src.name,
                line_of(src.text, path),
                _record_name(src.data, path),
                _field(path),
                msg,
            )
        )
    if src.is_yaml or _json_has_duplicate_keys(src.text):
        for line, key in duplicate_key_lines(src.text):
            problems.append(
                Problem(src.name, line, None, key, f"duplicate key {key!r} in one record")
            )
    return problems


def _json_has_duplicate_keys(text: str) -> bool:
    """Whether any JSON object repeats a key: the C parser's quick answer.

    Finding the lines means composing the whole document with PyYAML (slow, pure Python), so that
    is done only when this says there is something to find.

    >>> _json_has_duplicate_keys('{"a": 1, "a": 2}'), _json_has_duplicate_keys('{"a": {"a": 1}}')
    (True, False)
    """
    found = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        if not found and len({k for k, _ in pairs}) != len(pairs):
            found = True
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=hook)
    except ValueError:
        return False
    return found


def _records(src: _Source | None, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The well-formed records of a file (index, record), skipping what the schema rejects."""
    if src is None:
        return []
    data = src.data
    items = data if key == "" else (data.get(key) if isinstance(data, Mapping) else None)
    if not isinstance(items, list):
        return []
    return [(i, r) for i, r in enumerate(items) if isinstance(r, Mapping)]


def _cross_problems(sources: Mapping[str, _Source]) -> list[Problem]:
    """Checks a schema cannot make: unique ids and links that resolve."""
    from ._locate import line_of

    problems: list[Problem] = []

    def add(stem: str, path: list[Any], record: str | None, field: str | None, msg: str) -> None:
        src = sources[stem]
        problems.append(Problem(src.name, line_of(src.text, path), record, field, msg))

    def ids_of(stem: str, listkey: str, idkey: str = "id") -> set[str]:
        seen: dict[str, int] = {}
        for i, r in _records(sources.get(stem), listkey):
            rid = r.get(idkey)
            if not isinstance(rid, str):
                continue
            if rid in seen:
                path = [i, idkey] if listkey == "" else [listkey, i, idkey]
                add(
                    stem,
                    path,
                    rid,
                    idkey,
                    f"duplicate id {rid!r} (first used by record {seen[rid]})",
                )
            else:
                seen[rid] = i
        return set(seen)

    refs = ids_of("references", "")
    mechs = ids_of("mechanisms", "mechanisms")
    theories = ids_of("theories", "theories")
    terms = ids_of("glossary", "terms")

    def check(
        stem: str, path: list[Any], rec: str, field: str, value: Any, valid: set[str], what: str
    ):
        if isinstance(value, str) and value not in valid:
            hint = UnknownIdError(what, value, valid).args[0].split(". ", 1)
            add(
                stem,
                path,
                rec,
                field,
                f"unknown {what} {value!r}" + (f". {hint[1]}" if len(hint) > 1 else ""),
            )

    for i, m in _records(sources.get("mechanisms"), "mechanisms"):
        rec = str(m.get("id"))
        for j, link in enumerate(m.get("theories") or []):
            if isinstance(link, Mapping):
                p = ["mechanisms", i, "theories", j, "id"]
                check(
                    "mechanisms", p, rec, _field(p[2:]) or "", link.get("id"), theories, "theory id"
                )
        for j, link in enumerate(m.get("sources") or []):
            if isinstance(link, Mapping):
                p = ["mechanisms", i, "sources", j, "key"]
                check(
                    "mechanisms",
                    p,
                    rec,
                    _field(p[2:]) or "",
                    link.get("key"),
                    refs,
                    "reference key",
                )
        if "glossary" in sources:
            for j, t in enumerate(m.get("key_terms") or []):
                p = ["mechanisms", i, "key_terms", j]
                check("mechanisms", p, rec, _field(p[2:]) or "", t, terms, "glossary id")
    for i, t in _records(sources.get("theories"), "theories"):
        for j, key in enumerate(t.get("sources") or []):
            p = ["theories", i, "sources", j]
            check("theories", p, str(t.get("id")), _field(p[2:]) or "", key, refs, "reference key")
    everything = terms | mechs | theories
    for i, t in _records(sources.get("glossary"), "terms"):
        for j, other in enumerate(t.get("see_also") or []):
            p = ["terms", i, "see_also", j]
            check(
                "glossary",
                p,
                str(t.get("id")),
                _field(p[2:]) or "",
                other,
                everything,
                "glossary, mechanism or theory id",
            )
        for j, key in enumerate(t.get("sources") or []):
            p = ["terms", i, "sources", j]
            check("glossary", p, str(t.get("id")), _field(p[2:]) or "", key, refs, "reference key")
    review = sources.get("review")
    if review is not None and isinstance(review.data, Mapping):
        findings = (review.data.get("review") or {}).get("findings") or []
        for j, f in enumerate(findings if isinstance(findings, list) else []):
            p = ["review", "findings", j]
            check("review", p, "review", _field(p[1:]) or "", f, mechs, "mechanism id")
    return problems


def _validate_sources(sources: Mapping[str, _Source]) -> list[Problem]:
    problems: list[Problem] = []
    for stem, src in sources.items():
        problems += _schema_problems(stem, src)
    if "references" in sources and "mechanisms" in sources:
        problems += _cross_problems(sources)
    return problems


# --------------------------------------------------------------------------- the knowledge base
class KnowledgeBase:
    """References, mechanisms, theories and glossary, linked both ways.

    Build one with :func:`default` (the package's data) or :func:`load` (a folder of your own).
    Look-ups return frozen records; the table functions return pandas DataFrames.

    >>> kb = default()
    >>> len(kb.references_list())
    58
    >>> kb.theory("helper-therapy").sources[0]
    'riessman1965'
    """

    def __init__(self, sources: Mapping[str, _Source], folder: str) -> None:
        self.folder = folder
        refs = [Reference.from_csl(r) for _, r in _records(sources["references"], "")]
        self._refs: dict[str, Reference] = {r.key: r for r in refs}
        mechs = []
        for _, m in _records(sources["mechanisms"], "mechanisms"):
            mid = m["id"]
            theories = tuple(
                Link(mid, t["id"], "theory", t["rationale"], t["basis"])
                for t in m.get("theories", ())
            )
            srcs = tuple(
                Link(mid, s["key"], "reference", s["rationale"], s["basis"])
                for s in m.get("sources", ())
            )
            mechs.append(
                Mechanism(
                    id=mid,
                    name=m["name"],
                    definition=m["definition"],
                    summary=m["summary"],
                    helps=m["helps"],
                    strains=m["strains"],
                    key_terms=tuple(m.get("key_terms", ())),
                    theories=theories,
                    sources=srcs,
                )
            )
        self._mechs: dict[str, Mechanism] = {m.id: m for m in mechs}
        by_theory: dict[str, list[Link]] = {}
        by_ref: dict[str, list[Link]] = {}
        for m in mechs:
            for link in m.theories:
                by_theory.setdefault(link.target, []).append(link)
            for link in m.sources:
                by_ref.setdefault(link.target, []).append(link)
        self._mech_links_by_ref = {k: tuple(v) for k, v in by_ref.items()}
        self._theories: dict[str, Theory] = {}
        for _, t in _records(sources.get("theories"), "theories"):
            self._theories[t["id"]] = Theory(
                id=t["id"],
                name=t["name"],
                originators=tuple(t.get("originators", ())),
                sources=tuple(t.get("sources", ())),
                year=t.get("year"),
                core_claim=t.get("core_claim", ""),
                key_concepts=tuple(t.get("key_concepts", ())),
                in_peer_support=t.get("in_peer_support", ""),
                critiques=t.get("critiques", ""),
                mechanisms=tuple(by_theory.get(t["id"], ())),
            )
        theories_by_ref: dict[str, list[str]] = {}
        for t in self._theories.values():
            for key in t.sources:
                theories_by_ref.setdefault(key, []).append(t.id)
        self._theories_by_ref = {k: tuple(v) for k, v in theories_by_ref.items()}
        self._terms: dict[str, Term] = {}
        for _, g in _records(sources.get("glossary"), "terms"):
            self._terms[g["id"]] = Term(
                id=g["id"],
                term=g["term"],
                definition=g["definition"],
                see_also=tuple(g.get("see_also", ())),
                sources=tuple(g.get("sources", ())),
            )
        self.review: Review | None = None
        rsrc = sources.get("review")
        if rsrc is not None:
            r = rsrc.data["review"]
            self.review = Review(
                key=r["key"],
                citation=_review_citation(r["csl"]),
                doi=r["csl"].get("DOI", ""),
                pmid=str(r.get("pmid", "")),
                method=r.get("method", ""),
                findings=tuple(r.get("findings", ())),
                conclusion=r.get("conclusion", ""),
                not_known=tuple(r.get("not_known", ())),
                csl=r["csl"],
            )

    def __repr__(self) -> str:
        return (
            f"<KnowledgeBase {self.folder!r}: {len(self._refs)} references, "
            f"{len(self._mechs)} mechanisms, {len(self._theories)} theories, "
            f"{len(self._terms)} glossary terms>"
        )

    # ---------------------------------------------------------------- records
    def reference(self, key: str) -> Reference:
        """The reference with this key (``"lynch2007"``)."""
        try:
            return self._refs[key]
        except (KeyError, TypeError):
            raise UnknownIdError("reference key", key, self._refs) from None

    def mechanism(self, id: str) -> Mechanism:
        """The mechanism with this id (``"love-labour"``)."""
        try:
            return self._mechs[id]
        except (KeyError, TypeError):
            raise UnknownIdError("mechanism id", id, self._mechs) from None

    def theory(self, id: str) -> Theory:
        """The theory with this id (``"helper-therapy"``)."""
        try:
            return self._theories[id]
        except (KeyError, TypeError):
            raise UnknownIdError("theory id", id, self._theories) from None

    def term(self, id: str) -> Term:
        """The glossary term with this id (``"recovery"``)."""
        try:
            return self._terms[id]
        except (KeyError, TypeError):
            raise UnknownIdError("glossary id", id, self._terms) from None

    def references_list(self) -> list[Reference]:
        """Every reference, in the order of the source list."""
        return list(self._refs.values())

    def mechanisms_list(self) -> list[Mechanism]:
        """Every mechanism, in order."""
        return list(self._mechs.values())

    def theories_list(self) -> list[Theory]:
        """Every theory, in order."""
        return list(self._theories.values())

    def terms_list(self) -> list[Term]:
        """Every glossary term, in order."""
        return list(self._terms.values())

    def kind_of(self, id: str) -> str:
        """``"mechanism"``, ``"theory"``, ``"reference"`` or ``"term"``: what an id names.

        >>> default().kind_of("lynch2007")
        'reference'
        """
        for kind, table in (
            ("mechanism", self._mechs),
            ("theory", self._theories),
            ("reference", self._refs),
            ("term", self._terms),
        ):
            if id in table:
                return kind
        valid = [*self._mechs, *self._theories, *self._refs, *self._terms]
        raise UnknownIdError("mechanism id, theory id, reference key or glossary id", id, valid)

    # ---------------------------------------------------------------- links both ways
    def source_links(self, id: str, *, include_theories: bool = False) -> list[Link]:
        """The reference links of a mechanism, or a theory's sources as links.

        With ``include_theories=True`` a mechanism also brings the sources of its theories
        (the link's ``source`` then names the theory).
        """
        kind = self.kind_of(id)
        if kind == "mechanism":
            links = list(self._mechs[id].sources)
            if include_theories:
                seen = {link.target for link in links}
                for tl in self._mechs[id].theories:
                    for link in self._theory_source_links(tl.target):
                        if link.target not in seen:
                            seen.add(link.target)
                            links.append(link)
            return links
        if kind == "theory":
            return self._theory_source_links(id)
        raise UnknownIdError("mechanism or theory id", id, [*self._mechs, *self._theories])

    def _theory_source_links(self, theory_id: str) -> list[Link]:
        t = self._theories.get(theory_id)
        if t is None:
            return []
        return [
            Link(
                t.id,
                key,
                "reference",
                f"A source of {t.name} among the review's references.",
                "curated",
            )
            for key in t.sources
        ]

    def mechanisms_for(self, id: str, *, include_theories: bool = False) -> list[Mechanism]:
        """The mechanisms a reference (or theory) is linked to: the mirror of ``sources_for``.

        With ``include_theories=True`` a reference also reaches the mechanisms of the theories it is
        a source of.

        >>> [m.id for m in default().mechanisms_for("riessman1965", include_theories=True)]
        ['helper-role']
        """
        kind = self.kind_of(id)
        if kind == "reference":
            ids = [link.source for link in self._mech_links_by_ref.get(id, ())]
            if include_theories:
                for tid in self._theories_by_ref.get(id, ()):
                    ids += [link.source for link in self._theories[tid].mechanisms]
        elif kind == "theory":
            ids = list(self._theories[id].mechanism_ids)
        elif kind == "mechanism":
            ids = [id]
        else:
            raise UnknownIdError("reference key or theory id", id, [*self._refs, *self._theories])
        order = list(self._mechs)
        return [self._mechs[m] for m in sorted(set(ids), key=order.index)]

    def theories_for(self, key: str) -> list[Theory]:
        """The theories a reference is a source of."""
        self.reference(key)
        return [self._theories[t] for t in self._theories_by_ref.get(key, ())]

    def links_of(self, key: str) -> list[Link]:
        """Every mechanism link that points at a reference key or theory id."""
        kind = self.kind_of(key)
        if kind == "reference":
            return list(self._mech_links_by_ref.get(key, ()))
        if kind == "theory":
            return list(self._theories[key].mechanisms)
        return []

    # ---------------------------------------------------------------- tables
    def references(self) -> pd.DataFrame:
        """Every reference as a DataFrame, one row each, in the review's order.

        Columns: key, n, authors, year, title, container, volume, issue, pages, publisher, place,
        type, category, doi, as_cited, note, mechanisms (comma-separated mechanism ids).
        """
        import pandas as pd

        rows = []
        for r in self._refs.values():
            rows.append(
                {
                    "key": r.key,
                    "n": r.n,
                    "authors": "; ".join(str(a) for a in r.authors)
                    + ("; et al." if r.authors_truncated else ""),
                    "year": r.year,
                    "title": r.title,
                    "container": r.container,
                    "volume": r.volume,
                    "issue": r.issue,
                    "pages": r.pages,
                    "publisher": r.publisher,
                    "place": r.place,
                    "type": r.type,
                    "category": r.category,
                    "doi": r.doi,
                    "as_cited": r.as_cited,
                    "note": r.note,
                    "mechanisms": ", ".join(m.id for m in self.mechanisms_for(r.key)),
                }
            )
        df = pd.DataFrame(rows)
        return df.astype({"n": "Int64", "year": "Int64"}) if len(df) else df

    def mechanisms(self) -> pd.DataFrame:
        """The mechanisms as a DataFrame: id, name, definition, theories, sources (counts)."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "id": m.id,
                    "name": m.name,
                    "definition": m.definition,
                    "theories": len(m.theories),
                    "sources": len(m.sources),
                }
                for m in self._mechs.values()
            ]
        )

    def theories(self) -> pd.DataFrame:
        """The theories as a DataFrame: id, name, originators, year, sources, mechanisms."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "originators": ", ".join(t.originators),
                    "year": t.year,
                    "core_claim": t.core_claim,
                    "sources": ", ".join(t.sources),
                    "mechanisms": ", ".join(t.mechanism_ids),
                }
                for t in self._theories.values()
            ]
        )

    def glossary(self) -> pd.DataFrame:
        """The glossary as a DataFrame: id, term, definition, see_also, sources."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "id": g.id,
                    "term": g.term,
                    "definition": g.definition,
                    "see_also": ", ".join(g.see_also),
                    "sources": ", ".join(g.sources),
                }
                for g in self._terms.values()
            ],
            columns=["id", "term", "definition", "see_also", "sources"],
        )

    def sources_for(self, id: str, *, include_theories: bool = False) -> pd.DataFrame:
        """The references linked to a mechanism (or a theory's sources), with each link's reason.

        Columns: key, label, year, as_cited, rationale, basis, via (the mechanism or theory id).
        """
        import pandas as pd

        rows = []
        for link in self.source_links(id, include_theories=include_theories):
            ref = self._refs[link.target]
            rows.append(
                {
                    "key": ref.key,
                    "label": ref.label,
                    "year": ref.year,
                    "as_cited": ref.as_cited,
                    "rationale": link.rationale,
                    "basis": link.basis,
                    "via": link.source,
                }
            )
        return pd.DataFrame(
            rows, columns=["key", "label", "year", "as_cited", "rationale", "basis", "via"]
        )

    def links(self) -> pd.DataFrame:
        """Every mechanism link as a long table: mechanism, theory, reference, rationale, basis.

        Each row links a mechanism to either a theory (``reference`` empty) or a reference
        (``theory`` empty).
        """
        import pandas as pd

        rows = []
        for m in self._mechs.values():
            for link in m.theories:
                rows.append(
                    {
                        "mechanism": m.id,
                        "theory": link.target,
                        "reference": "",
                        "rationale": link.rationale,
                        "basis": link.basis,
                    }
                )
            for link in m.sources:
                rows.append(
                    {
                        "mechanism": m.id,
                        "theory": "",
                        "reference": link.target,
                        "rationale": link.rationale,
                        "basis": link.basis,
                    }
                )
        return pd.DataFrame(
            rows, columns=["mechanism", "theory", "reference", "rationale", "basis"]
        )

    # ---------------------------------------------------------------- search
    @cached_property
    def _search_index(self) -> list[tuple[str, str, str, str]]:
        """(kind, id, name, text) for every record, text case-folded once."""
        idx = []
        for m in self._mechs.values():
            text = " ".join([m.name, m.definition, m.summary, m.helps, m.strains, *m.key_terms])
            idx.append(("mechanism", m.id, m.name, text))
        for t in self._theories.values():
            text = " ".join(
                [
                    t.name,
                    *t.originators,
                    t.core_claim,
                    *t.key_concepts,
                    t.in_peer_support,
                    t.critiques,
                ]
            )
            idx.append(("theory", t.id, t.name, text))
        for r in self._refs.values():
            text = " ".join([r.as_cited, r.title, r.container, r.note, r.category])
            idx.append(("reference", r.key, r.label, text))
        for g in self._terms.values():
            idx.append(("term", g.id, g.term, f"{g.term} {g.definition}"))
        return [(k, i, n, " ".join(t.split())) for k, i, n, t in idx]

    def search_records(self, text: str) -> list[dict[str, str]]:
        """Search every record for ``text`` (case-insensitive; every word must occur).

        Returns dicts with kind, id, name and match (a short snippet around the first word).

        >>> [r["id"] for r in default().search_records("managed heart")]
        ['hochschild1983']
        """
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"search needs a non-empty string, got {text!r}")
        words = text.casefold().split()
        out = []
        for kind, rid, name, body in self._search_index:
            folded = body.casefold()
            if all(w in folded for w in words):
                at = folded.find(words[0])
                start = max(0, at - 40)
                snippet = ("…" if start else "") + body[start : at + 60].strip()
                out.append({"kind": kind, "id": rid, "name": name, "match": snippet + "…"})
        return out

    def search(self, text: str) -> pd.DataFrame:
        """Search references, mechanisms, theories and glossary: DataFrame kind, id, name, match."""
        import pandas as pd

        return pd.DataFrame(self.search_records(text), columns=["kind", "id", "name", "match"])

    # ---------------------------------------------------------------- citations
    def csl_items(self, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The CSL-JSON items (as stored) for these keys, or all, in the given order."""
        return [dict(self._refs[k].csl) for k in self._key_list(keys)]

    def rendered(self, style: str = "apa") -> Mapping[str, Mapping[str, str]]:
        """Every reference pre-rendered in a style: key → reference, html, in_text, narrative.

        Rendered once per knowledge base and style (the package's own data ships the result, so
        this is a file read); widgets read citations from here, never from the engine.
        """
        from . import citations

        _check_choice("style", style, citations.STYLES)
        cache = self.__dict__.setdefault("_rendered", {})
        if style not in cache:
            cache[style] = citations.cached_bibliography(self.csl_items(), style)
        return cache[style]

    def cite(self, key: str, style: str = "apa", form: str = "reference") -> str:
        """Format one reference: ``form`` is ``"reference"``, ``"in-text"`` or ``"narrative"``.

        Styles: ``"apa"`` (7th ed.), ``"harvard"`` (Cite Them Right) and ``"vancouver"``.

        >>> default().cite("lynch2007", form="in-text")
        '(Lynch, 2007)'
        >>> default().cite("lynch2007", form="narrative")
        'Lynch (2007)'
        """
        _check_choice("form", form, ("reference", "in-text", "narrative"))
        self.reference(key)
        entry = self.rendered(style)[key]
        return entry[
            {"reference": "reference", "in-text": "in_text", "narrative": "narrative"}[form]
        ]

    def citation_html(self, key: str, style: str = "apa") -> str:
        """The reference-list entry as safe HTML (field values escaped, DOI as a link)."""
        self.reference(key)
        return self.rendered(style)[key]["html"]

    def bibliography(
        self, keys: Iterable[str] | None = None, style: str = "apa", output: str = "text"
    ) -> list[str]:
        """Reference-list entries for these keys (all when None), sorted as the style sorts them.

        ``output="html"`` gives safe HTML (field values escaped, titles in italics, DOI links).
        Disambiguation (initials, year suffixes) is worked out within the list asked for.

        >>> default().bibliography(["riessman1965"])[0][:40]
        'Riessman, F. (1965). The “helper” therap'
        """
        from . import citations

        _check_choice("style", style, citations.STYLES)
        return citations.render_bibliography(
            self.csl_items(), self._key_list(keys), style=style, output=output
        )

    def _key_list(self, keys: Iterable[str] | str | None) -> list[str]:
        """Keys as a list (all when None; one key as a string); unknown keys raise."""
        if keys is None:
            return list(self._refs)
        keys = [keys] if isinstance(keys, str) else list(keys)
        for k in keys:
            self.reference(k)
        return keys

    def reference_list(
        self, keys: Iterable[str] | None = None, style: str = "apa", *, review: bool = True
    ) -> ReferenceList:
        """A reference list that displays itself in a notebook, followed by the review itself.

        >>> refs = default().reference_list(["lynch2007", "riessman1965"])
        >>> print(str(refs).splitlines()[0][:29])
        Lynch, K. (2007). Love labour
        >>> "text-indent" in refs._repr_html_()
        True
        """
        from . import citations

        _check_choice("style", style, citations.STYLES)
        entries = citations.render_entries(self.csl_items(), self._key_list(keys), style)
        text, html = (tuple(x) for x in zip(*entries, strict=True)) if entries else ((), ())
        if not (review and self.review):
            return ReferenceList(text, html)
        ((review_text, review_html),) = citations.render_entries(
            [dict(self.review.csl)], None, style
        )
        return ReferenceList(text, html, review_text, review_html)

    def export(
        self,
        keys: Iterable[str] | None = None,
        format: str = "bibtex",
        path: str | os.PathLike[str] | None = None,
    ) -> str:
        """Export references as BibTeX, RIS or CSL-JSON text; write it to ``path`` if given.

        >>> print(default().export(["lynch2007"], format="ris").splitlines()[0])
        TY  - JOUR
        """
        from . import citations

        writers = {
            "bibtex": citations.to_bibtex,
            "ris": citations.to_ris,
            "csl-json": citations.to_csl_json,
        }
        _check_choice("format", format, tuple(writers))
        text = writers[format](self.csl_items(keys))
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text


def _check_choice(name: str, value: object, valid: Sequence[str]) -> None:
    if value not in valid:
        raise ValueError(f"unknown {name} {value!r}; valid: " + ", ".join(repr(v) for v in valid))


def _review_citation(csl: Mapping[str, Any]) -> str:
    authors = ", ".join(str(Person.from_csl(a)) for a in csl.get("author", ()))
    custom = csl.get("custom") or {}
    year = ((csl.get("issued") or {}).get("date-parts") or [[""]])[0][0]
    doi = csl.get("DOI", "")
    text = (
        f"{authors} ({year}). {csl.get('title', '')}. {csl.get('container-title', '')}, "
        f"{csl.get('volume', '')}({csl.get('issue', '')}), {csl.get('page', '')}."
    )
    if doi:
        text += f" https://doi.org/{doi}"
    if custom.get("published_online"):
        text += f" (Published online {custom['published_online']}.)"
    return text


# --------------------------------------------------------------------------- entry points
_DEFAULT: KnowledgeBase | None = None


def default() -> KnowledgeBase:
    """The package's own knowledge base (loaded once; validated by the tests, not on each load)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = KnowledgeBase(_read_package(), "peerlearn/data")
    return _DEFAULT


def load(folder: str | os.PathLike[str], *, validate: bool = True) -> KnowledgeBase:
    """Load a knowledge-base folder of your own (same formats as ``peerlearn/data``).

    The folder is validated first; every problem is reported at once in a
    :class:`~peerlearn.errors.DataValidationError` with file, line, record and field.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "references.json").write_text("[]")
    >>> load(d)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn.errors.DataValidationError: knowledge base '...': 1 problem found:
      - ...: missing mechanisms.json (or .yaml): a knowledge-base folder needs references.json, ...
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"knowledge-base folder {str(folder)!r} does not exist or is not a folder; "
            "give a folder holding references.json and mechanisms.json"
        )
    problems: list[Problem] = []
    sources = _read_folder(folder, problems)
    if validate:
        problems += _validate_sources(sources)
    if problems:
        raise DataValidationError(problems, what=f"knowledge base {str(folder)!r}")
    return KnowledgeBase(sources, str(folder))


def resolve(kb: KnowledgeBase | str | os.PathLike[str] | None | bool) -> KnowledgeBase | None:
    """The knowledge base a function was given: ``None`` → :func:`default`, a KnowledgeBase as
    itself, a folder path → :func:`load`, and ``False`` → ``None`` (no knowledge-base checks).

    >>> resolve(None) is default()
    True
    >>> resolve(42)
    Traceback (most recent call last):
    ...
    TypeError: kb must be a KnowledgeBase, a knowledge-base folder path, None (the package's own) or False (no knowledge-base checks); got int 42
    """
    if kb is False:
        return None
    if kb is None:
        return default()
    if isinstance(kb, KnowledgeBase):
        return kb
    if isinstance(kb, (str, os.PathLike)):
        return load(kb)
    raise TypeError(
        "kb must be a KnowledgeBase, a knowledge-base folder path, None (the package's own) "
        f"or False (no knowledge-base checks); got {type(kb).__name__} {kb!r:.60}"
    )


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Check the package's data (no argument), a folder, or one data file; return every problem.

    A single file is recognised by its name (``references.json``, ``mechanisms.yaml`` …); links to
    other files are checked only when a whole folder is given.

    >>> validate()
    []
    """
    problems: list[Problem] = []
    if path is None:
        sources = _read_package()
    else:
        p = Path(path)
        if p.is_dir():
            sources = _read_folder(p, problems)
        elif p.is_file():
            stem = p.name.split(".")[0]
            if stem not in FILES or p.suffix not in _SUFFIXES:
                return [
                    Problem(
                        p.name,
                        None,
                        None,
                        None,
                        "not a knowledge-base file; expected one of "
                        + ", ".join(f"{s}.json" for s in FILES)
                        + " (or .yaml), or a folder",
                    )
                ]
            src = _parse(str(p), p.name, p.read_text(encoding="utf-8"), problems)
            sources = {stem: src} if src is not None else {}
        else:
            raise FileNotFoundError(f"{str(p)!r} does not exist; give a data file or a folder")
    return problems + _validate_sources(sources)
