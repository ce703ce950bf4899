"""Exercise sets as frozen dataclasses: the same objects whether written in YAML or in Python.

An exercise set holds exercises of five kinds: :class:`MultipleChoice` (one answer),
:class:`MultipleSelect` (one or more), :class:`Matching` (pairs), :class:`Vignette` (a short
fictional scenario; the learner picks the mechanisms at work) and :class:`Reflection` (free
text, recorded, not scored).

Constructors check what they are given and raise :class:`ExerciseError` listing every problem;
checks that need the knowledge base (do the source keys resolve? are the mechanism ids real?)
run in :meth:`ExerciseSet.problems`, in :func:`peerlearn.exercises.load` and before a widget
is built.

This module is plain data. It imports only the standard library, PyYAML (inside
:meth:`ExerciseSet.to_yaml`), :mod:`peerlearn.errors`, :mod:`._validate` (which holds
:data:`KINDS` and :data:`ROLES`) and :mod:`._structure` (its ``checked_already``): never the
loader, scoring, export formats, widgets or progress. The verbs that need those
(``ExerciseSet.widget()``, ``.score()``, ``.check()``, ``.problems()``, ``.from_dict()``,
``Exercise.check()``, ``.solution()``, …) are attached to
these classes by :mod:`peerlearn._verbs`, which ``import peerlearn`` runs first; each is declared
here under ``if TYPE_CHECKING:`` for type checkers and IDEs (``tests/test_verbs.py`` keeps the
declarations and the attached functions the same).

>>> q = MultipleChoice(
...     id="q1",
...     prompt="Which mechanism is about care that cannot be bought?",
...     options=[Option("Love labour", correct=True), Option("Liminality")],
... )
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[q])
>>> len(s), s["q1"].kind
(1, 'multiple-choice')
>>> MultipleChoice(id="q2", prompt="?", options=[Option("a"), Option("b")])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
peerlearn.exercises.model.ExerciseError: exercise 'q2': 1 problem found:
  - <python>: q2: options: a multiple-choice exercise needs exactly one option with correct: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar

from peerlearn.errors import DataValidationError, Problem, UnknownIdError

from ._structure import checked_already
from ._validate import KINDS, PYTHON_FILE, ROLES, clean_exercise, clean_set

if TYPE_CHECKING:  # pragma: no cover - for the verbs' declarations below (results is below this)
    from .results import Result, SetScore

__all__ = [
    "KINDS",
    "ROLES",
    "Exercise",
    "ExerciseError",
    "ExerciseSet",
    "Matching",
    "MechanismAtWork",
    "MultipleChoice",
    "MultipleSelect",
    "Option",
    "Pair",
    "Reflection",
    "Vignette",
]


class ExerciseError(DataValidationError):
    """An exercise set (file, text or Python objects) is not valid.

    A :class:`ValueError`; ``.problems`` lists every problem found, each a
    :class:`peerlearn.errors.Problem` with ``file``, ``line``, ``record`` (the exercise id),
    ``field`` and ``message`` (what was expected).
    """

    def __init__(self, problems: Sequence[Problem], what: str = "exercise set") -> None:
        super().__init__(problems, what=what)


def _keys(value: Any) -> tuple[str, ...]:
    """Normalise a ``sources``/``mechanisms`` value to a tuple (a single string is one key)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return tuple(value)
    return value  # left for the validator to report


def _put(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _raise_if(problems: list[Problem], what: str) -> None:
    if problems:
        raise ExerciseError(problems, what=what)


@dataclass(frozen=True)
class Option:
    """One option of a multiple-choice or multiple-select exercise.

    ``feedback`` explains why the option is right or wrong; ``sources`` are the reference keys
    that support that feedback (cited after it).
    """

    text: str
    correct: bool = False
    feedback: str = ""
    sources: Sequence[str] = ()

    def __post_init__(self) -> None:
        _put(self, "sources", _keys(self.sources))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "correct": self.correct}
        if self.feedback:
            d["feedback"] = self.feedback
        if self.sources:
            d["sources"] = list(self.sources)
        return d


@dataclass(frozen=True)
class Pair:
    """One pair of a matching exercise: the learner matches ``left`` to ``right``."""

    left: str
    right: str
    feedback: str = ""
    sources: Sequence[str] = ()

    def __post_init__(self) -> None:
        _put(self, "sources", _keys(self.sources))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"left": self.left, "right": self.right}
        if self.feedback:
            d["feedback"] = self.feedback
        if self.sources:
            d["sources"] = list(self.sources)
        return d


@dataclass(frozen=True)
class MechanismAtWork:
    """A mechanism at work in a vignette: its ``id``, its ``role`` (see :data:`ROLES`), feedback."""

    id: str
    role: str = "helps"
    feedback: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "role": self.role}
        if self.feedback:
            d["feedback"] = self.feedback
        return d


def _item_dicts(items: Any, cls: type[Option | Pair | MechanismAtWork]) -> Any:
    """Items as dicts for validation (objects via ``to_dict``; anything else as given)."""
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
        return items
    return [i.to_dict() if isinstance(i, cls) else i for i in items]


# filled below: field name -> item dataclass
_ITEM_CLASSES: dict[str, type[Option | Pair | MechanismAtWork]] = {}


def _apply(obj: Exercise, cleaned: Mapping[str, Any]) -> None:
    """Set a validated object's fields from its cleaned data (items become dataclasses)."""
    for name in (f.name for f in fields(obj)):
        if name not in cleaned:
            continue
        value = cleaned[name]
        if name in _ITEM_CLASSES:
            cls = _ITEM_CLASSES[name]
            value = tuple(cls(**v) for v in value)
        elif name in ("sources", "mechanisms"):
            value = tuple(value)
        elif name == "feedback_absent":
            value = dict(value)
        _put(obj, name, value)


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """Fields every exercise has. Use one of the subclasses."""

    kind: ClassVar[str] = ""
    label: ClassVar[str] = ""

    id: str
    prompt: str
    # any sequence is taken (a string is one key); kept as a tuple (so in every class here)
    sources: Sequence[str] = ()
    mechanisms: Sequence[str] = ()
    explanation: str = ""

    def __post_init__(self) -> None:
        _put(self, "sources", _keys(self.sources))
        _put(self, "mechanisms", _keys(self.mechanisms))
        self._normalise()
        cleaned, problems = clean_exercise(self.to_dict())
        _raise_if(problems, f"exercise {self.id!r}")
        _apply(self, cleaned or {})

    def _normalise(self) -> None:
        """Turn the kind's item lists into the plain dicts the validator reads."""

    @property
    def scored(self) -> bool:
        """Whether the exercise gives a score (reflections do not)."""
        return True

    @property
    def tags(self) -> tuple[str, ...]:
        """The mechanism ids this exercise tests (its own ``mechanisms``)."""
        return tuple(self.mechanisms)  # a tuple already: given back as it is

    def to_dict(self) -> dict[str, Any]:
        """The exercise as the plain data its YAML holds."""
        d: dict[str, Any] = {"id": self.id, "kind": self.kind, "prompt": self.prompt}
        d.update(self._kind_dict())
        if self.sources:
            d["sources"] = list(self.sources)
        if self.mechanisms:
            d["mechanisms"] = list(self.mechanisms)
        if self.explanation:
            d["explanation"] = self.explanation
        return d

    def _kind_dict(self) -> dict[str, Any]:
        return {}

    if TYPE_CHECKING:  # the verbs peerlearn._verbs attaches (tests/test_verbs.py: same signatures)

        def check(self, answer: Any, *, kb: Any = None) -> Result:
            """Score ``answer`` and explain it.

            Answer forms: :mod:`peerlearn.exercises.scoring`.
            """

        def solution(self, *, kb: Any = None) -> Result:
            """The answer revealed: every correct choice with its feedback, and the explanation."""

    @staticmethod
    def from_dict(data: Any) -> Exercise:
        """Build an exercise of the right kind from plain data (as in YAML).

        >>> Exercise.from_dict({"id": "r", "kind": "reflection", "prompt": "Why?"}).kind
        'reflection'
        """
        cleaned, problems = clean_exercise(data)
        name = data.get("id", "?") if isinstance(data, Mapping) else "?"
        _raise_if(problems, f"exercise {name!r}")
        return _from_valid(cleaned or {})


def _from_valid(data: Mapping[str, Any]) -> Exercise:
    """Build an exercise from cleaned data."""
    cls = _CLASSES[data["kind"]]
    return cls(**{k: v for k, v in data.items() if k != "kind"})


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Exercise):
    """One correct option among two or more; scored 1 or 0."""

    kind: ClassVar[str] = "multiple-choice"
    label: ClassVar[str] = "multiple choice"
    options: Sequence[Option] = ()

    def _normalise(self) -> None:
        _put(self, "options", _item_dicts(self.options, Option))

    def _kind_dict(self) -> dict[str, Any]:
        return {"options": [o.to_dict() if isinstance(o, Option) else o for o in self.options]}

    @property
    def correct_indices(self) -> tuple[int, ...]:
        return tuple(i for i, o in enumerate(self.options) if o.correct)


@dataclass(frozen=True, kw_only=True)
class MultipleSelect(MultipleChoice):
    """One or more correct options; partial credit (right picks − wrong picks) / number right."""

    kind: ClassVar[str] = "multiple-select"
    label: ClassVar[str] = "multiple select"


@dataclass(frozen=True, kw_only=True)
class Matching(Exercise):
    """Match each ``left`` to its ``right``; the score is the share of pairs matched right."""

    kind: ClassVar[str] = "matching"
    label: ClassVar[str] = "matching"
    pairs: Sequence[Pair] = ()

    def _normalise(self) -> None:
        _put(self, "pairs", _item_dicts(self.pairs, Pair))

    def _kind_dict(self) -> dict[str, Any]:
        return {"pairs": [p.to_dict() if isinstance(p, Pair) else p for p in self.pairs]}

    @property
    def rights(self) -> tuple[str, ...]:
        """The distinct right-hand texts, in the order written."""
        return tuple(dict.fromkeys(p.right for p in self.pairs))


@dataclass(frozen=True, kw_only=True)
class Vignette(Exercise):
    """A short fictional scenario; the learner picks the mechanisms at work.

    ``mechanisms_at_work`` is the answer key; every other mechanism of the knowledge base is
    "not at work". Partial credit as for multiple select.
    """

    kind: ClassVar[str] = "vignette"
    label: ClassVar[str] = "vignette"
    scenario: str = ""
    mechanisms_at_work: Sequence[MechanismAtWork] = ()
    feedback_absent: Mapping[str, str] = field(default_factory=dict, hash=False)
    title: str = ""
    fictional: bool = True

    def _normalise(self) -> None:
        _put(self, "mechanisms_at_work", _item_dicts(self.mechanisms_at_work, MechanismAtWork))
        if isinstance(self.feedback_absent, Mapping):
            _put(self, "feedback_absent", dict(self.feedback_absent))

    def _kind_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"fictional": self.fictional}
        if self.title:
            d["title"] = self.title
        d["scenario"] = self.scenario
        d["mechanisms_at_work"] = [
            m.to_dict() if isinstance(m, MechanismAtWork) else m for m in self.mechanisms_at_work
        ]
        if self.feedback_absent:
            d["feedback_absent"] = (
                dict(self.feedback_absent)
                if isinstance(self.feedback_absent, Mapping)
                else self.feedback_absent
            )
        return d

    @property
    def at_work(self) -> tuple[str, ...]:
        """The ids of the mechanisms at work."""
        return tuple(m.id for m in self.mechanisms_at_work)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.mechanisms) or self.at_work


@dataclass(frozen=True, kw_only=True)
class Reflection(Exercise):
    """Free text with a prompt: no right answer; saved to the learner's progress record.

    ``words``: about how many words an answer is expected to run to (it sizes the box), or
    ``None``.
    """

    kind: ClassVar[str] = "reflection"
    label: ClassVar[str] = "reflection"
    words: int | None = None

    def _kind_dict(self) -> dict[str, Any]:
        return {"words": self.words} if self.words is not None else {}

    @property
    def scored(self) -> bool:
        return False


_ITEM_CLASSES.update(options=Option, pairs=Pair, mechanisms_at_work=MechanismAtWork)

_CLASSES: dict[str, type[Exercise]] = {
    c.kind: c for c in (MultipleChoice, MultipleSelect, Matching, Vignette, Reflection)
}


@dataclass(frozen=True, kw_only=True)
class ExerciseSet:
    """A titled set of exercises; what one YAML file holds.

    >>> s = ExerciseSet(id="s", title="S", exercises=[Reflection(id="r1", prompt="Think.")])
    >>> s.ids
    ('r1',)
    >>> s.to_dict()["exercises"][0]["kind"]
    'reflection'
    """

    id: str
    title: str
    exercises: Sequence[Exercise]
    description: str = ""
    mechanisms: Sequence[str] = ()
    schema_version: int = 1
    path: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _put(self, "mechanisms", _keys(self.mechanisms))
        exercises = self.exercises
        if isinstance(exercises, Iterable) and not isinstance(exercises, (str, Mapping)):
            exercises = tuple(exercises)
        _put(self, "exercises", exercises)
        cleaned, problems = clean_set(self.to_dict(), file=self.path or PYTHON_FILE)
        _raise_if(problems, f"exercise set {self.id!r}")
        cleaned = cleaned or {}  # never None here: no problems means cleaned data
        for name in ("title", "description", "mechanisms"):
            value = cleaned[name]
            _put(self, name, tuple(value) if name == "mechanisms" else value)
        # each exercise's structure was checked with the set's (as the loader does for a file):
        # rebuilt from the cleaned data, its meaning only
        with checked_already():
            _put(self, "exercises", tuple(_from_valid(e) for e in cleaned["exercises"]))

    # -- access ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __getitem__(self, key: int | str) -> Exercise:
        """An exercise by position or by id."""
        if isinstance(key, int):
            return self.exercises[key]
        for e in self.exercises:
            if e.id == key:
                return e
        raise UnknownIdError("exercise id", key, self.ids)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)

    def tags_for(self, exercise: Exercise | str) -> tuple[str, ...]:
        """The mechanism ids an exercise tests: its own tags, else the set's ``mechanisms``."""
        ex = self[exercise] if isinstance(exercise, str) else exercise
        return ex.tags or tuple(self.mechanisms)

    # -- plain data -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The set as the plain data its YAML file holds."""
        d: dict[str, Any] = {"schema_version": self.schema_version, "id": self.id}
        d["title"] = self.title
        if self.description:
            d["description"] = self.description
        if self.mechanisms:
            d["mechanisms"] = list(self.mechanisms)
        exercises = self.exercises
        if isinstance(exercises, tuple):
            d["exercises"] = [e.to_dict() if isinstance(e, Exercise) else e for e in exercises]
        else:
            d["exercises"] = exercises
        return d

    def to_yaml(self) -> str:
        """The set as YAML text that :func:`peerlearn.exercises.loads` reads back."""
        import yaml

        class _Dumper(yaml.SafeDumper):
            """Multi-line text (scenarios, feedback) as ``|`` blocks, as authors write it."""

        def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
            style = "|" if "\n" in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        _Dumper.add_representer(str, _str)
        return yaml.dump(
            self.to_dict(),
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            width=100,
            default_flow_style=False,
        )

    def save(self, path: Any) -> Any:
        """Write the set as YAML to the NEW file ``path``; return the path.

        An existing file is never replaced and a symlink never followed
        (:func:`peerlearn._safefiles.write_file`): choose another name or move the old file away.
        """
        from peerlearn._safefiles import write_file

        return write_file(path, self.to_yaml())

    def __repr__(self) -> str:
        return f"ExerciseSet(id={self.id!r}, title={self.title!r}, exercises={len(self)})"

    # -- verbs ----------------------------------------------------------------------------
    if TYPE_CHECKING:  # the verbs peerlearn._verbs attaches (tests/test_verbs.py: same signatures)

        @classmethod
        def from_dict(
            cls,
            data: Any,
            *,
            kb: Any = None,
            file: str = PYTHON_FILE,
            require_sources: bool = False,
        ) -> ExerciseSet:
            """Build (and fully check, knowledge base included) a set from plain data."""

        def problems(self, *, kb: Any = None, require_sources: bool = False) -> list[Problem]:
            """Every problem with this set, knowledge-base checks included; ``[]`` when valid."""

        def check(self, exercise_id: str, answer: Any, *, kb: Any = None) -> Result:
            """Score one answer to the exercise ``exercise_id``."""

        def score(self, answers: Mapping[str, Any], *, kb: Any = None) -> SetScore:
            """Score answers given as ``{exercise id: answer}``; unanswered exercises score 0."""

        def widget(
            self,
            *,
            record: bool = True,
            order: str | Sequence[str] = "review",
            kb: Any = None,
            progress_path: Any = None,
        ) -> Any:
            """The set as an ipywidgets widget.

            See :func:`peerlearn.widgets.exercises.set_widget`.
            """

        def review_order(self, *, path: Any = None) -> list[str]:
            """Exercise ids with the ones missed last time first (see :mod:`peerlearn.progress`)."""

        def to_jupyterquiz(self) -> list[dict[str, Any]]:
            """The set as jupyterquiz questions (see :mod:`peerlearn.exercises.interop`)."""

        def to_myst(self, **kwargs: Any) -> str:
            """The set as MyST ``exercise``/``solution`` blocks."""
