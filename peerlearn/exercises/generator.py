"""Build exercises from the knowledge base, with a seed so a whole class gets the same quiz.

Every question is about peerlearn's own teaching account (which theory or source the package
links to a mechanism, which works are a theory's sources, who originated a theory, what a
glossary term means); none claims what Watson's review cites under a mechanism. Feedback gives
the link's rationale and its basis.

Imports (top of :mod:`peerlearn.exercises`, beside the export formats and student versions):
the loader, the model, :mod:`peerlearn.model` and :mod:`peerlearn.knowledge`; never widgets,
progress or the command line.

>>> s = generate(n=4, seed=7)
>>> len(s), s.id
(4, 'generated-7')
>>> generate(n=4, seed=7).to_dict() == s.to_dict()
True
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from peerlearn.model import BASES

from .model import ExerciseSet

__all__ = ["GENERATORS", "generate"]

_N_OPTIONS = 4
_N_PAIRS = 4


def _basis(link: Any) -> str:
    return f"{link.rationale} (Basis: {BASES.get(link.basis, link.basis)}.)"


def _ref_text(ref: Any) -> str:
    return f"{ref.label}, {ref.title}".strip(", ")


def _mech_names(kb: Any, ids: Iterable[str]) -> str:
    names = [kb.mechanism(m).name for m in ids]
    return "; ".join(names)


def _choice(
    eid: str,
    prompt: str,
    correct: tuple[str, str, Sequence[str]],
    wrong: Sequence[tuple[str, str, Sequence[str]]],
    rng: random.Random,
    *,
    sources: Sequence[str],
    mechanisms: Sequence[str],
    explanation: str = "",
) -> dict[str, Any]:
    options = [{"text": correct[0], "correct": True, "feedback": correct[1], "sources": correct[2]}]
    options += [
        {"text": t, "correct": False, "feedback": f, "sources": list(s)} for t, f, s in wrong
    ]
    rng.shuffle(options)
    return {
        "id": eid,
        "kind": "multiple-choice",
        "prompt": prompt,
        "options": options,
        "sources": list(dict.fromkeys(sources)),
        "mechanisms": list(mechanisms),
        "explanation": explanation,
    }


# -- one generator per question type: each yields exercises (dicts) in a seeded order -------------
def _theory_for_mechanism(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    theories = kb.theories_list()
    subjects = [(m, link) for m in mechs for link in m.theories]
    rng.shuffle(subjects)
    for m, link in subjects:
        t = kb.theory(link.target)
        others = [x for x in theories if x.id not in m.theory_ids]
        if not others:
            continue
        wrong = []
        for x in rng.sample(others, min(_N_OPTIONS - 1, len(others))):
            linked = x.mechanism_ids
            where = (
                f"peerlearn links it to: {_mech_names(kb, linked)}."
                if linked
                else "peerlearn does not link it to any of the mechanisms."
            )
            wrong.append(
                (
                    x.name,
                    f"{x.name} is not linked to {m.name} in this package's account; {where}",
                    list(x.sources[:1]),
                )
            )
        yield _choice(
            "",
            f"In peerlearn's teaching account, which theory helps to explain the mechanism "
            f"“{m.name}”?",
            (t.name, _basis(link), list(t.sources[:1])),
            wrong,
            rng,
            sources=t.sources or [s.target for s in m.sources[:1]],
            mechanisms=[m.id],
            explanation=f"{m.name}: {m.definition}",
        )


def _source_for_mechanism(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    refs = kb.references_list()
    reach = {r.key: {x.id for x in kb.mechanisms_for(r.key, include_theories=True)} for r in refs}
    subjects = [(m, link) for m in mechs for link in m.sources]
    rng.shuffle(subjects)
    for m, link in subjects:
        linked = {k for k, ms in reach.items() if m.id in ms}
        others = [r for r in refs if r.key not in linked]
        if not others:
            continue
        ref = kb.reference(link.target)
        wrong = [
            (_ref_text(r), f"peerlearn does not link this work to {m.name}.", [r.key])
            for r in rng.sample(others, min(_N_OPTIONS - 1, len(others)))
        ]
        yield _choice(
            "",
            f"Which of these works does peerlearn link to the mechanism “{m.name}”?",
            (_ref_text(ref), _basis(link), [ref.key]),
            wrong,
            rng,
            sources=[ref.key],
            mechanisms=[m.id],
            explanation=(
                "These links are peerlearn's own teaching account, not a statement of what "
                "Watson's review cites under each mechanism."
            ),
        )


def _source_for_theory(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    ids = {m.id for m in mechs}
    refs = kb.references_list()
    subjects = [
        (t, key)
        for t in kb.theories_list()
        if not ids.isdisjoint(t.mechanism_ids) or len(ids) == len(kb.mechanisms_list())
        for key in t.sources
    ]
    rng.shuffle(subjects)
    for t, key in subjects:
        others = [r for r in refs if r.key not in t.sources]
        if not others:
            continue
        ref = kb.reference(key)
        wrong = []
        for r in rng.sample(others, min(_N_OPTIONS - 1, len(others))):
            of = [x.name for x in kb.theories_for(r.key)]
            note = f" It is a source of: {'; '.join(of)}." if of else ""
            wrong.append(
                (_ref_text(r), f"Not a source of {t.name} in the knowledge base.{note}", [r.key])
            )
        yield _choice(
            "",
            f"Which of these works is a source of the theory “{t.name}”?",
            (_ref_text(ref), f"{ref.label} is one of the sources of {t.name}.", [ref.key]),
            wrong,
            rng,
            sources=[ref.key],
            mechanisms=[m for m in t.mechanism_ids if m in ids],
            explanation=t.core_claim,
        )


def _groups(items: Sequence[Any], rng: random.Random, size: int, tries: int = 6) -> Iterator[list]:
    seen: set[frozenset[int]] = set()
    if len(items) < 2:
        return
    for _ in range(tries):
        pick = rng.sample(range(len(items)), min(size, len(items)))
        key = frozenset(pick)
        if key in seen:
            continue
        seen.add(key)
        yield [items[i] for i in pick]


def _originators(t: Any) -> str:
    names = list(t.originators)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _theory_originator(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    ids = {m.id for m in mechs}
    every = len(ids) == len(kb.mechanisms_list())
    pool, seen = [], set()
    for t in kb.theories_list():
        who = _originators(t)
        if t.originators and who not in seen and (every or not ids.isdisjoint(t.mechanism_ids)):
            seen.add(who)
            pool.append(t)
    for group in _groups(pool, rng, _N_PAIRS):
        yield {
            "id": "",
            "kind": "matching",
            "prompt": "Match each theory to the person or people it is usually credited to.",
            "pairs": [
                {"left": t.name, "right": _originators(t), "sources": list(t.sources[:1])}
                for t in group
            ],
            "sources": list(dict.fromkeys(k for t in group for k in t.sources[:1])),
            "mechanisms": sorted(
                {m for t in group for m in t.mechanism_ids if m in ids},
                key=[m.id for m in mechs].index,
            ),
        }


def _mechanism_theory(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    if len(mechs) < 2:
        return
    for _ in range(4):
        chosen = rng.sample(list(mechs), min(_N_PAIRS, len(mechs)))
        pairs, used = [], set()
        for m in chosen:
            # a theory linked to this mechanism and to none of the others chosen: no ambiguity
            others = {o.id for o in chosen if o.id != m.id}
            options = [
                link
                for link in m.theories
                if link.target not in used
                and others.isdisjoint(kb.theory(link.target).mechanism_ids)
            ]
            if not options:
                break
            link = rng.choice(options)
            used.add(link.target)
            pairs.append((m, link))
        if len(pairs) < 2 or len(pairs) < len(chosen):
            continue
        yield {
            "id": "",
            "kind": "matching",
            "prompt": "In peerlearn's teaching account, match each mechanism to a theory linked "
            "to it (and to none of the other mechanisms listed).",
            "pairs": [
                {
                    "left": m.name,
                    "right": kb.theory(link.target).name,
                    "feedback": _basis(link),
                    "sources": list(kb.theory(link.target).sources[:1]),
                }
                for m, link in pairs
            ],
            "sources": list(
                dict.fromkeys(k for _, link in pairs for k in kb.theory(link.target).sources[:1])
            ),
            "mechanisms": [m.id for m, _ in pairs],
        }


def _term_definition(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator[dict]:
    ids = {m.id for m in mechs}
    every = len(ids) == len(kb.mechanisms_list())
    wanted = {t for m in mechs for t in m.key_terms}
    pool = [t for t in kb.terms_list() if every or t.id in wanted or not ids.isdisjoint(t.see_also)]
    for group in _groups(pool, rng, _N_PAIRS):
        yield {
            "id": "",
            "kind": "matching",
            "prompt": "Match each definition to its term (from peerlearn's glossary).",
            "pairs": [
                {"left": t.definition, "right": t.term, "sources": list(t.sources[:1])}
                for t in group
            ],
            "sources": list(dict.fromkeys(k for t in group for k in t.sources[:1])),
            "mechanisms": [m.id for m in mechs if any(m.id in t.see_also for t in group)],
        }


#: Question type → generator. ``generate(kinds=[...])`` picks among these.
GENERATORS: dict[str, Callable[[Any, random.Random, Sequence[Any]], Iterator[dict]]] = {
    "theory-for-mechanism": _theory_for_mechanism,
    "source-for-mechanism": _source_for_mechanism,
    "source-for-theory": _source_for_theory,
    "theory-originator": _theory_originator,
    "mechanism-theory": _mechanism_theory,
    "term-definition": _term_definition,
}


def generate(
    kinds: str | Iterable[str] | None = None,
    *,
    n: int = 10,
    seed: int | str = 0,
    mechanisms: str | Iterable[str] | None = None,
    kb: Any = None,
    set_id: str | None = None,
    title: str | None = None,
) -> ExerciseSet:
    """An exercise set of ``n`` questions built from the knowledge base.

    ``kinds``: question types from :data:`GENERATORS` (default: all, taken in turn).
    ``seed``: the same seed (and knowledge base) gives the same quiz, so a class can share one.
    ``mechanisms``: keep to questions about these mechanism ids.
    """
    from peerlearn.errors import UnknownIdError, close_matches
    from peerlearn.knowledge import resolve

    from .loader import _slug, from_data

    kb = resolve(kb)
    if kb is None:
        raise ValueError("generate() needs a knowledge base; kb=False is not allowed here")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of questions, at least 1; got {n!r}")
    if kinds is None:
        chosen = list(GENERATORS)
    else:
        chosen = [kinds] if isinstance(kinds, str) else list(kinds)
        for k in chosen:
            if k not in GENERATORS:
                hint = close_matches(str(k), GENERATORS, n=1)
                raise ValueError(
                    f"unknown question type {k!r}"
                    + (f" (did you mean {hint[0]!r}?)" if hint else "")
                    + "; expected one of: "
                    + ", ".join(GENERATORS)
                )
    every = kb.mechanisms_list()
    if mechanisms is None:
        mechs = every
    else:
        wanted = [mechanisms] if isinstance(mechanisms, str) else list(mechanisms)
        for mid in wanted:
            kb.mechanism(mid)  # raises UnknownIdError listing the valid ids
        mechs = [m for m in every if m.id in wanted]
        if not mechs:
            raise UnknownIdError("mechanism id", wanted, [m.id for m in every])
    rng = random.Random(f"peerlearn-generate/{seed}")
    streams = {k: GENERATORS[k](kb, random.Random(f"{seed}/{k}"), mechs) for k in chosen}
    order = list(chosen)
    rng.shuffle(order)
    items: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    while len(items) < n and streams:
        for k in list(order):
            if len(items) >= n:
                break
            stream = streams.get(k)
            if stream is None:
                continue
            item = next(stream, None)
            if item is None:
                del streams[k]
                order.remove(k)
                continue
            counts[k] = counts.get(k, 0) + 1
            item["id"] = f"{k}-{counts[k]}"
            items.append(item)
    if not items:
        raise ValueError(
            "the knowledge base holds too little to build these questions "
            f"({', '.join(chosen)}): add theories, links or glossary terms"
        )
    data = {
        "id": set_id or _slug(f"generated-{seed}"),
        "title": title or f"Generated quiz (seed {seed})",
        "description": (
            f"Built from peerlearn's knowledge base with seed {seed}: the same seed gives the same "
            "quiz. Links between mechanisms, theories and sources are the package's own teaching "
            "account, each with a rationale and its basis."
        ),
        "mechanisms": [m.id for m in mechs] if mechanisms is not None else [],
        "exercises": items,
    }
    return from_data(data, file=f"<generated seed={seed}>", kb=kb)
