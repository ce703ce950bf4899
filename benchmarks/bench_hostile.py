"""Hostile input against good input of the same size: the exercise loader and the exports.

    python benchmarks/bench_hostile.py [--fuzz N]

Prints ratios measured in one run (no assertions: timing on shared machines is noisy):

- the exercise loader on a good file of about 100 KB, then on hostile files padded to the same
  size (alias bomb, deep nesting, duplicate keys, lone surrogates, hundreds of problems, a file
  of unknown fields), each as "time / good time";
- BibTeX, RIS and CSL-JSON export of good items against items of the same text size full of
  braces, ``and``, backslashes and line breaks;
- exercise loading split into its parts (issue 22): the built-in bank's YAML files and the good
  100 KB file, each parsed, its structure checked against the JSON Schema by jsonschema, its
  meaning checked by ``_validate``, and loaded whole; with jsonschema's one-off import and compile;
- a fuzz count: N mutated exercise files and N random items through the loader and the
  exports, and how many ended in a set / text, in the package's own error, or in anything else
  (which would be a bug).

The knowledge-base loader's hostile inputs are in benchmarks/bench_ingest.py (helper G).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peerlearn.errors import PeerlearnError
from peerlearn.exercises import loads
from peerlearn.exercises.model import ExerciseError
from peerlearn.interchange import to_bibtex, to_csl_json, to_ris

EXERCISE = """\
  - id: q{n}
    kind: multiple-choice
    prompt: Which mechanism is about care that cannot be bought? (item {n})
    options:
      - {{text: Love labour {n}, correct: true, feedback: Lynch sets it apart from paid care}}
      - {{text: Liminality {n}, feedback: being between two roles}}
      - {{text: The helper role {n}}}
    explanation: Love labour is care given for its own sake.
"""


def good_file(size: int) -> str:
    out, n = ["title: Good\nexercises:\n"], 0
    while sum(map(len, out)) < size:
        out.append(EXERCISE.format(n=n))
        n += 1
    return "".join(out)


def pad(text: str, size: int) -> str:
    """``text`` with a YAML comment appended up to ``size`` characters (same bytes to read)."""
    missing = size - len(text)
    return text + ("#" + "x" * (missing - 2) + "\n" if missing > 2 else "")


def hostile_files(size: int) -> dict[str, str]:
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    good = good_file(size)
    bad_items = "".join(
        f"  - id: q{n}\n    kind: multiple-choice\n    prompt: ''\n    options: [{{text: x}}]\n"
        for n in range(size // 80)
    )
    return {
        "alias bomb (12 levels)": pad("\n".join(bomb) + "\ntitle: *a11\nexercises: []\n", size),
        "deep nesting": pad("title: " + "[" * (size // 2 - 8) + "]" * (size // 2 - 8), size),
        "duplicate keys everywhere": good.replace("    kind:", "    kind: x\n    kind:"),
        "lone surrogates": good.replace(
            "explanation: Love labour is care given for its own sake.",
            'explanation: "\\ud800 Love labour is care given for its own sake."',
        ),
        "hundreds of problems": pad("title: Bad\nexercises:\n" + bad_items, size),
        "unknown fields": pad(
            "title: T\nexercises: []\n" + "".join(f"f{n}: {n}\n" for n in range(size // 10)),
            size,
        ),
        "binary junk": "".join(
            random.Random(1).choice("{}[]:,-&*!|>'\"#% \nab") for _ in range(size)
        ),
    }


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        with contextlib.suppress(PeerlearnError):
            fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def bench_loader(size: int = 100_000) -> None:
    good = good_file(size)
    base = median_time(lambda: loads(good, name="good.yaml", kb=False))
    print(f"exercise loader, good file {len(good):,} chars: {base * 1e3:.1f} ms")
    worst = 0.0
    for name, text in hostile_files(size).items():
        t = median_time(lambda text=text: loads(text, name="bad.yaml", kb=False))
        try:
            loads(text, name="bad.yaml", kb=False)
            outcome = "loaded"
        except ExerciseError as e:
            outcome = f"{len(e.problems)} problem(s)"
        worst = max(worst, t / base)
        print(f"  {name:<28} {len(text):>9,} chars {t * 1e3:8.1f} ms  x{t / base:5.2f}  {outcome}")
    print(f"  worst hostile / good: x{worst:.2f}")


def bench_structure(repeat: int = 5) -> None:
    """Where an exercise file's load time goes: parse, structure (jsonschema), meaning."""
    from importlib import resources

    from peerlearn.exercises import _structure

    for what, compile_once in [
        ("fastjsonschema's quick check", _structure.fast),
        ("jsonschema's validator (only for data that fails the quick check)", _structure.compiled),
    ]:
        started = time.perf_counter()
        compile_once()
        took = time.perf_counter() - started
        print(f"exercise schema: {what} imported and compiled once: {took * 1e3:.0f} ms")
    folder = resources.files("peerlearn") / "data" / "exercises"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".yaml"))
    bank = [f.read_text(encoding="utf-8") for f in files]
    _split(f"the bank's {len(bank)} YAML files", bank, repeat)
    _split("the good file", [good_file(100_000)], repeat)


def _split(label: str, texts: list[str], repeat: int) -> None:
    from peerlearn import _yaml
    from peerlearn.exercises import _structure, _validate
    from peerlearn.exercises.loader import MAX_VALUES

    def parse() -> list:
        return [_yaml.read(t, max_values=MAX_VALUES)[0] for t in texts]

    parsed = parse()

    def meaning() -> None:
        with _structure.checked_already():
            for d in parsed:
                _validate.clean_set(d, default_id="x")

    took = {
        "parse": median_time(parse, repeat),
        "structure": median_time(lambda: [_structure.check(d) for d in parsed], repeat),
        "meaning": median_time(meaning, repeat),
        "loads": median_time(lambda: [loads(t, name="x.yaml", kb=False) for t in texts], repeat),
    }
    ms = ", ".join(f"{k} {v * 1e3:.0f} ms" for k, v in took.items())
    share = took["structure"] / took["loads"]
    print(f"  {label} ({sum(map(len, texts)):,} chars): {ms}; structure {share:.0%} of loads")


def hostile_text(rng: random.Random, n: int) -> str:
    pieces = ["{", "}", "\\", " and ", "\n", "TY  - ", "%", "&", "others", ",", "--", "~", "é"]
    return "".join(rng.choice(pieces) if rng.random() < 0.5 else "a" for _ in range(n))


def items(rng: random.Random, count: int, text: Callable[[int], str]) -> list[dict]:
    return [
        {
            "id": f"k{i}",
            "type": "article-journal",
            "title": text(60),
            "container-title": text(30),
            "author": [{"family": text(10), "given": text(6)} for _ in range(3)],
            "issued": {"date-parts": [[2000 + i % 20, 1 + i % 12]]},
            "abstract": text(200),
        }
        for i in range(count)
    ]


def bench_exports(count: int = 300) -> None:
    rng = random.Random(7)
    good = items(rng, count, lambda n: ("Peer support work " * 20)[:n])
    bad = items(rng, count, lambda n: hostile_text(rng, n))
    for export in (to_bibtex, to_ris, to_csl_json):
        g = median_time(lambda export=export: export(good), repeat=3)
        b = median_time(lambda export=export: export(bad), repeat=3)
        print(
            f"{export.__name__:<12} {count} good items {g * 1e3:7.1f} ms, "
            f"hostile {b * 1e3:7.1f} ms  x{b / g:.2f}"
        )


def fuzz(n: int) -> None:
    rng = random.Random(11)
    base = good_file(3000).splitlines()
    inserts = [
        '"\\ud800"',
        "&a",
        "*a",
        "<<: *a",
        "[",
        "{",
        ": ",
        "- ",
        "\t",
        "\x00",
        "!!python/object:x",
        "? ",
    ]
    counts = {"loaded": 0, "ExerciseError": 0, "other": 0}
    for _ in range(n):
        lines = list(base)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(lines))
            op = rng.choice(["dup", "insert", "indent", "drop"])
            if op == "dup":
                lines.insert(i, lines[i])
            elif op == "insert":
                p = rng.randint(0, len(lines[i]))
                lines[i] = lines[i][:p] + rng.choice(inserts) + lines[i][p:]
            elif op == "indent":
                lines[i] = "  " * rng.randint(1, 30) + lines[i]
            elif len(lines) > 1:
                del lines[i]
        try:
            loads("\n".join(lines), name="fuzz.yaml", kb=False)
            counts["loaded"] += 1
        except ExerciseError:
            counts["ExerciseError"] += 1
        except Exception:  # a bug: the loader must raise only its own error
            counts["other"] += 1
    print(f"fuzzed exercise files: {n} tried: {counts}")
    values: list[object] = [
        None,
        5,
        2.5,
        float("nan"),
        True,
        "x}",
        "\ud800",
        {"a": 1},
        ["x"],
        "a\nb",
    ]
    dates: list[object] = [
        {"date-parts": [[2001, 13]]},
        {"date-parts": [["n.d."]]},
        "2007",
        {"literal": "n.d."},
    ]
    outcome = {"text": 0, "PeerlearnError": 0, "other": 0}
    for _ in range(n):
        item: dict = {"id": rng.choice(["k", "a b", "k}"]), "type": "book"}
        for field in rng.sample(["title", "volume", "note", "URL", "DOI", "page"], 3):
            item[field] = rng.choice(values)
        item["issued"] = rng.choice(dates)
        item["author"] = [{"family": rng.choice(values), "given": rng.choice(values)}]
        for export in (to_bibtex, to_ris, to_csl_json):
            try:
                export([item])
                outcome["text"] += 1
            except PeerlearnError:
                outcome["PeerlearnError"] += 1
            except Exception:
                outcome["other"] += 1
    print(f"fuzzed export items: {n} items x 3 formats: {outcome}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=1000, help="fuzzed inputs per kind")
    args = parser.parse_args()
    bench_loader()
    bench_structure()
    bench_exports()
    fuzz(args.fuzz)


if __name__ == "__main__":
    main()
