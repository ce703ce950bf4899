"""A self-check of the course's map, built from a knowledge base with a seed (the same quiz for a
whole class). Not a test of understanding, and never assessment.

Every question is recall of the course's own account (which theories and works it links to a
mechanism or a theory, which work is by a theory's named originator, what a term means), so a
generated set is titled a self-check, and :mod:`.assessed` refuses it (``path`` ``<generated…``).
For assessment, use application items (e.g. ``builtin("check-before")``) or write your own.

Generated text says only what the data says ("the course links …", "linked to"), never that a
work is a theory's origin or that a theory explains a mechanism; feedback gives the link's
rationale and its basis. What is drilled is only what the data anchors in a work's own title
or abstract, and no wrong option contradicts the built-in bank (see :mod:`._anchors`).

What a generated quiz guarantees: exactly ``n`` questions, or a :class:`ValueError` saying how
many the knowledge base supports and why; no two questions with the same prompt or the same
answer; no give-away (a matching pair, or a right option and its question, that share their key
words); at most ``per_subject`` questions (default one) about any theory or work; tags only for
the mechanisms a question is about; and the same quiz for the same seed on every machine and
Python (nothing depends on hash order: ``random.Random`` seeded with text, lists not sets).

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

import itertools
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from peerlearn.model import BASES

from ._anchors import anchored as _anchored
from ._anchors import anchored_theory as _anchored_theory
from ._anchors import bank_pairs as _bank_pairs
from ._anchors import by_originator as _by_originator
from .model import ExerciseSet

__all__ = ["GENERATORS", "generate", "giveaway"]

_N_OPTIONS = 4
_N_PAIRS = 4
_STOP_WORDS = (
    "about also among and from have into that their them then there these they this those what "
    "when where which while with within without your work works study theory theories"
)
_STOP = frozenset(_STOP_WORDS.split())


def _words(text: str) -> set[str]:
    """Key words of a text, cut to six letters so that "labour" and "labourers" meet."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _STOP}


def giveaway(a: str, b: str) -> bool:
    """Whether two texts share a key word, so that one gives the other away.

    >>> giveaway("Love labour", "Love labour as care"), giveaway("Love labour", "Kathleen Lynch")
    (True, False)
    """
    return not _words(a).isdisjoint(_words(b))


def _gives_away(subject: str, right: str, wrong: Sequence[str]) -> bool:
    """A multiple-choice question whose right answer alone shares key words with its subject."""
    return giveaway(subject, right) and not any(giveaway(subject, w) for w in wrong)


@dataclass
class _Candidate:
    """A question as a generator proposes it, with what it is about (for the limits)."""

    item: dict[str, Any]
    subjects: tuple[str, ...]  # "theory:<id>", "reference:<key>", "term:<id>"
    answer: str


def _basis(link: Any, kb: Any) -> str:
    """The link's rationale and basis; a curated link in a list of one's own (no review) is that
    list's judgment, not peerlearn's."""
    own = link.basis == "curated" and getattr(kb, "review", None) is None
    meaning = "this list's curated teaching judgment" if own else BASES.get(link.basis, link.basis)
    return f"{link.rationale} (Basis: {meaning}.)"


def _ref_text(ref: Any) -> str:
    return f"{ref.label}, {ref.title}".strip(", ")


def _mech_names(kb: Any, ids: Iterable[str]) -> str:
    return "; ".join(kb.mechanism(m).name for m in ids)


def _choice(
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
        "id": "",
        "kind": "multiple-choice",
        "prompt": prompt,
        "options": options,
        "sources": list(dict.fromkeys(sources)),
        "mechanisms": list(mechanisms),
        "explanation": explanation,
    }


#: Words too common in this field to tie a theory to a mechanism's text.
_GENERIC = frozenset(_words("support supports peer peers social mental health principle model"))


def _mentions(text: str, name: str) -> bool:
    """Whether a mechanism's own text names a distinctive word of a theory's name ("mutual" in
    the helper role's text names "Mutuality and shared power")."""
    return not (_words(name) - _GENERIC).isdisjoint(_words(text))


# -- one generator per question type: each yields candidates in a seeded order --------------------
def _theory_for_mechanism(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    theories = kb.theories_list()
    subjects = [(m, link) for m in mechs for link in m.theories]
    rng.shuffle(subjects)
    bank = _bank_pairs(kb)
    for m, link in subjects:
        t = kb.theory(link.target)
        if giveaway(m.name, t.name) or not _anchored_theory(kb, m, t):
            continue
        own = " ".join([m.name, m.definition, m.summary, m.helps, m.strains])
        m_sources = set(m.source_keys) | {k for mid, k in bank if mid == m.id}
        # a wrong option must be unrelated in every way the course's account shows: not linked,
        # no shared source, not named in the mechanism's own text
        others = [
            x
            for x in theories
            if x.id not in m.theory_ids
            and m_sources.isdisjoint(x.sources)
            and not _mentions(own, x.name)
            and not giveaway(m.name, x.name)
        ]
        if len(others) < _N_OPTIONS - 1:
            continue
        wrong = []
        for x in rng.sample(others, _N_OPTIONS - 1):
            linked = x.mechanism_ids
            where = (
                f"The course links it to: {_mech_names(kb, linked)}."
                if linked
                else "The course links it to none of the mechanisms."
            )
            wrong.append(
                (x.name, f"The course does not link {x.name} to {m.name}. {where}", x.sources[:1])
            )
        yield _Candidate(
            _choice(
                f"Which of these theories does the course link to the mechanism “{m.name}”?",
                (t.name, _basis(link, kb), list(t.sources[:1])),
                wrong,
                rng,
                sources=t.sources[:1] or [s.target for s in m.sources[:1]],
                mechanisms=[m.id],
                explanation=f"{m.name}: {m.definition}",
            ),
            (f"theory:{t.id}",),
            t.name,
        )


def _source_for_mechanism(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    refs = kb.references_list()
    reach = {r.key: [x.id for x in kb.mechanisms_for(r.key, include_theories=True)] for r in refs}
    subjects = [(m, link) for m in mechs for link in m.sources if _anchored(link)]
    rng.shuffle(subjects)
    bank = _bank_pairs(kb)
    for m, link in subjects:
        others = [r for r in refs if m.id not in reach[r.key] and (m.id, r.key) not in bank]
        if len(others) < _N_OPTIONS - 1:
            continue
        ref = kb.reference(link.target)
        wrong = [
            (_ref_text(r), f"The course does not link this work to {m.name}.", [r.key])
            for r in rng.sample(others, _N_OPTIONS - 1)
        ]
        if _gives_away(m.name, _ref_text(ref), [w[0] for w in wrong]):
            continue
        yield _Candidate(
            _choice(
                f"Which of these works does the course link to the mechanism “{m.name}”?",
                (_ref_text(ref), _basis(link, kb), [ref.key]),
                wrong,
                rng,
                sources=[ref.key],
                mechanisms=[m.id],
                explanation=(
                    "These links are the course's own account, each with its reason and basis; "
                    "they do not say what any one work found."
                ),
            ),
            (f"reference:{ref.key}",),
            _ref_text(ref),
        )


def _source_for_theory(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    ids = [m.id for m in mechs]
    every = len(ids) == len(kb.mechanisms_list())
    refs = kb.references_list()
    subjects = [
        (t, key)
        for t in kb.theories_list()
        if every or any(m in ids for m in t.mechanism_ids)
        for key in t.sources
    ]
    rng.shuffle(subjects)
    for t, key in subjects:
        near = {k for mid in t.mechanism_ids for k in kb.mechanism(mid).source_keys}
        others = [r for r in refs if r.key not in t.sources and r.key not in near]
        if len(others) < _N_OPTIONS - 1:
            continue
        ref = kb.reference(key)
        wrong = []
        for r in rng.sample(others, _N_OPTIONS - 1):
            of = [x.name for x in kb.theories_for(r.key)]
            note = f" The course links it to: {'; '.join(of)}." if of else ""
            wrong.append(
                (_ref_text(r), f"The course does not link this work to {t.name}.{note}", [r.key])
            )
        if _gives_away(t.name, _ref_text(ref), [w[0] for w in wrong]):
            continue
        yield _Candidate(
            _choice(
                f"Which of these works does the course link to the theory “{t.name}”?",
                (_ref_text(ref), f"The course links {ref.label} to {t.name}.", [ref.key]),
                wrong,
                rng,
                sources=[ref.key],
                mechanisms=[],
                explanation=t.core_claim,
            ),
            (f"theory:{t.id}", f"reference:{ref.key}"),
            _ref_text(ref),
        )


def _groups(items: Sequence[Any], rng: random.Random, size: int, tries: int = 6) -> Iterator[list]:
    seen: list[tuple[int, ...]] = []
    if len(items) < 2:
        return
    for _ in range(tries):
        pick = tuple(sorted(rng.sample(range(len(items)), min(size, len(items)))))
        if pick in seen:
            continue
        seen.append(pick)
        yield [items[i] for i in pick]


def _authors(kb: Any, t: Any) -> str:
    """Who wrote the first work the course lists for a theory (``""`` when it has none)."""
    if not t.sources:
        return ""
    ref = kb.reference(t.sources[0])
    return ref.label


def _theory_originator(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    ids = [m.id for m in mechs]
    every = len(ids) == len(kb.mechanisms_list())
    pool, seen = [], []
    for t in kb.theories_list():
        who = _authors(kb, t)
        related = every or any(m in ids for m in t.mechanism_ids)
        fits = related and who not in seen and not giveaway(t.name, who)
        if who and fits and _by_originator(kb, t):
            seen.append(who)
            pool.append(t)
    rng.shuffle(pool)
    for group in _groups(pool, rng, _N_PAIRS):
        pairs = [
            {"left": t.name, "right": _authors(kb, t), "sources": list(t.sources[:1])}
            for t in group
        ]
        yield _Candidate(
            {
                "id": "",
                "kind": "matching",
                "prompt": "Match each theory to the work in the course's list by the person the "
                "course names as its originator (author and year).",
                "pairs": pairs,
                "sources": list(dict.fromkeys(k for t in group for k in t.sources[:1])),
                "mechanisms": [],
                "explanation": "Each work here is by the person the course names as the theory's "
                "originator; the course's list may hold other works on the same theory.",
            },
            tuple(f"theory:{t.id}" for t in group),
            "|".join(sorted(f"{p['left']}={p['right']}" for p in pairs)),
        )


def _mechanism_theory(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    if len(mechs) < 2:
        return
    # 4 mechanisms if the anchored links allow, else 3, else 2; every group, in a seeded order
    groups = []
    for size in sorted({min(k, len(mechs)) for k in (_N_PAIRS, 3, 2)}, reverse=True):
        some = list(itertools.combinations(mechs, size))
        rng.shuffle(some)
        groups += some
    for group in groups:
        chosen = list(group)
        pairs, used = [], []
        for m in chosen:
            # a theory linked to this mechanism and to none of the others chosen: no ambiguity
            others = [o.id for o in chosen if o.id != m.id]
            options = [
                link
                for link in m.theories
                if link.target not in used
                and _anchored_theory(kb, m, kb.theory(link.target))
                and not any(o in kb.theory(link.target).mechanism_ids for o in others)
                and not giveaway(m.name, kb.theory(link.target).name)
            ]
            if not options:
                break
            link = rng.choice(options)
            used.append(link.target)
            pairs.append((m, link))
        if len(pairs) < 2 or len(pairs) < len(chosen):
            continue
        yield _Candidate(
            {
                "id": "",
                "kind": "matching",
                "prompt": "Match each mechanism to a theory the course links to it (and to none "
                "of the other mechanisms listed).",
                "pairs": [
                    {
                        "left": m.name,
                        "right": kb.theory(link.target).name,
                        "feedback": _basis(link, kb),
                        "sources": list(kb.theory(link.target).sources[:1]),
                    }
                    for m, link in pairs
                ],
                "sources": list(
                    dict.fromkeys(
                        k for _, link in pairs for k in kb.theory(link.target).sources[:1]
                    )
                ),
                "mechanisms": [m.id for m, _ in pairs],
            },
            tuple(f"theory:{link.target}" for _, link in pairs),
            "|".join(sorted(f"{m.id}={link.target}" for m, link in pairs)),
        )


def _term_definition(kb: Any, rng: random.Random, mechs: Sequence[Any]) -> Iterator:
    ids = [m.id for m in mechs]
    every = len(ids) == len(kb.mechanisms_list())
    wanted = [t for m in mechs for t in m.key_terms]
    pool = [
        t
        for t in kb.terms_list()
        if (every or t.id in wanted or any(m in ids for m in t.see_also))
        and not giveaway(t.term, t.definition)
    ]
    for group in _groups(pool, rng, _N_PAIRS):
        yield _Candidate(
            {
                "id": "",
                "kind": "matching",
                "prompt": "Match each definition to its term (from the course's glossary).",
                "pairs": [
                    {"left": t.definition, "right": t.term, "sources": list(t.sources[:1])}
                    for t in group
                ],
                "sources": list(dict.fromkeys(k for t in group for k in t.sources[:1])),
                "mechanisms": [],
            },
            tuple(f"term:{t.id}" for t in group),
            "|".join(sorted(t.id for t in group)),
        )


#: Question type → generator. ``generate(kinds=[...])`` picks among these. ("theory-originator"
#: keeps its name; it matches a theory to the author and year of the first work listed for it.)
GENERATORS: dict[str, Callable[[Any, random.Random, Sequence[Any]], Iterator[_Candidate]]] = {
    "theory-for-mechanism": _theory_for_mechanism,
    "source-for-mechanism": _source_for_mechanism,
    "source-for-theory": _source_for_theory,
    "theory-originator": _theory_originator,
    "mechanism-theory": _mechanism_theory,
    "term-definition": _term_definition,
}

#: What each question type needs from the knowledge base (for the message when it falls short).
NEEDS = {
    "theory-for-mechanism": "mechanisms linked to theories through a work's title or abstract, "
    "and at least 3 unrelated theories as wrong options",
    "source-for-mechanism": "mechanisms linked to works on their title or abstract, and at least "
    "3 works linked elsewhere",
    "source-for-theory": "theories with works listed, and at least 3 other works",
    "theory-originator": "at least 2 theories whose first listed works are by their named "
    "originators, with different authors",
    "mechanism-theory": "at least 2 mechanisms, each linked to a theory the others are not",
    "term-definition": "at least 2 glossary terms",
}


def _pick(
    candidates: dict[str, list[_Candidate]],
    order: Sequence[str],
    n: int,
    per_subject: int | None,
) -> tuple[list[tuple[str, _Candidate]], dict[str, int]]:
    """Take candidates kind by kind in turn, keeping every guarantee; also count what is usable."""
    prompts: list[str] = []
    answers: list[str] = []
    uses: dict[str, int] = {}
    chosen: list[tuple[str, _Candidate]] = []
    usable = dict.fromkeys(order, 0)
    queues = {k: list(candidates[k]) for k in order}

    def fits(c: _Candidate) -> bool:
        if c.item["prompt"] in prompts or c.answer in answers:
            return False
        return per_subject is None or all(uses.get(s, 0) < per_subject for s in c.subjects)

    while len(chosen) < n and any(queues.values()):
        for k in order:
            if len(chosen) >= n:
                break
            queue = queues[k]
            while queue:
                c = queue.pop(0)
                if fits(c):
                    chosen.append((k, c))
                    usable[k] += 1
                    prompts.append(c.item["prompt"])
                    answers.append(c.answer)
                    for s in c.subjects:
                        uses[s] = uses.get(s, 0) + 1
                    break
    return chosen, usable


def _best(
    candidates: dict[str, list[_Candidate]],
    order: Sequence[str],
    n: int,
    per_subject: int | None,
    seed: str,
    tries: int = 24,
) -> tuple[list[tuple[str, _Candidate]], dict[str, int]]:
    """:func:`_pick` in the seeded order, then (while short of ``n``) in a fixed, seeded series
    of other orders: taking candidates greedily can use up the answers a later question needed.
    The series is the same for every ``n``, so the number an error reports can be asked for."""
    rng = random.Random(seed)
    best = _pick(candidates, order, n, per_subject)
    for _ in range(tries):
        if len(best[0]) >= n:
            break
        shuffled = {k: rng.sample(v, len(v)) for k, v in candidates.items()}
        again = _pick(shuffled, order, n, per_subject)
        if len(again[0]) > len(best[0]):
            best = again
    return best


def generate(
    kinds: str | Iterable[str] | None = None,
    *,
    n: int = 10,
    seed: int | str = 0,
    mechanisms: str | Iterable[str] | None = None,
    kb: Any = None,
    set_id: str | None = None,
    title: str | None = None,
    per_subject: int | None = 1,
) -> ExerciseSet:
    """An exercise set of exactly ``n`` questions built from the knowledge base.

    ``kinds``: question types from :data:`GENERATORS` (default: all, taken in turn).
    ``seed``: the same seed (and knowledge base) gives the same quiz, so a class can share one.
    ``mechanisms``: keep to questions about these mechanism ids.
    ``kb``: a KnowledgeBase or a knowledge-base folder (default: the package's own).
    ``per_subject``: at most this many questions about any one theory, work or term (``None``:
    no limit). Raises :class:`ValueError` saying how many questions the knowledge base supports
    (per type, and what each type needs) when it cannot give ``n``.

    >>> len(generate("theory-for-mechanism", n=2, seed=1))
    2
    """
    from peerlearn.errors import UnknownIdError, close_matches
    from peerlearn.knowledge import resolve

    from .loader import from_data, slug

    kb = resolve(kb)
    if kb is None:
        raise ValueError("generate() needs a knowledge base; kb=False is not allowed here")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of questions, at least 1; got {n!r}")
    if per_subject is not None and (
        isinstance(per_subject, bool) or not isinstance(per_subject, int) or per_subject < 1
    ):
        raise ValueError(
            f"per_subject must be a whole number, at least 1, or None; got {per_subject!r}"
        )
    if kinds is None:
        chosen = list(GENERATORS)
    else:
        chosen = list(dict.fromkeys([kinds] if isinstance(kinds, str) else list(kinds)))
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
    candidates = {k: list(GENERATORS[k](kb, random.Random(f"{seed}/{k}"), mechs)) for k in chosen}
    order = list(chosen)
    rng.shuffle(order)
    retry = f"peerlearn-generate/{seed}/retry"
    picked, _ = _best(candidates, order, n, per_subject, retry)
    if len(picked) < n:
        _, most = _best(candidates, order, 10**6, per_subject, retry)
        parts = []
        for k in chosen:
            if not candidates[k]:
                parts.append(f"{k}: 0 (needs {NEEDS[k]})")
            elif not most[k]:
                parts.append(
                    f"{k}: 0 (its {len(candidates[k])} candidates repeat a prompt, answer or "
                    "subject already used)"
                )
            else:
                parts.append(f"{k}: {most[k]}")
        limit = "" if per_subject is None else f", at most {per_subject} per theory, work or term"
        raise ValueError(
            f"the knowledge base holds too little for {n} question{'s' if n != 1 else ''}: it "
            f"supports {sum(most.values())} of these types (no two with the same prompt or "
            f"answer{limit}): " + "; ".join(parts) + ". Ask for fewer, allow more per subject "
            "(per_subject=None), or add links, theories or glossary terms."
        )
    counts: dict[str, int] = {}
    items = []
    for k, c in picked:
        counts[k] = counts.get(k, 0) + 1
        item = dict(c.item)
        item["id"] = f"{k}-{counts[k]}"
        items.append(item)
    data = {
        "id": set_id or slug(f"generated-{seed}"),
        "title": title or f"Self-check of the course's map (seed {seed})",
        "description": (
            f"A self-check of the course's map, built with seed {seed} (the same seed gives the "
            "same questions): which theories and works the course links to what. It checks recall "
            "of the course's own account, not understanding, and is not for assessment. Links "
            "between mechanisms, theories and works are the course's own account, each with a "
            "rationale and its basis."
        ),
        "mechanisms": [m.id for m in mechs] if mechanisms is not None else [],
        "exercises": items,
    }
    return from_data(data, file=f"<generated seed={seed}>", kb=kb)
