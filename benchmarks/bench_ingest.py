"""An instructor's export at scale, and hostile knowledge-base input, as ratios measured in one run.

    python benchmarks/bench_ingest.py

Prints (no assertions: timing on shared 2-core machines is noisy):
- loading a BibTeX file (``peerlearn.load``: read with every field decoded and repaired, keys,
  checks) against bibtexparser parsing the same file alone, at 500 and 7,000 entries (target
  ≤ 1.3), the two timed in turn in one run, the best of each (on a shared machine the best run
  is the one least disturbed by others; ``timeit`` reports it for the same reason), in wall
  time and in processor time (which other processes on a busy machine disturb less);
- key derivation is linear: 10,000 undated anonymous items against 1,000 (target ≤ 12);
- loading and validating a 1,000-item Zotero CSL-JSON export (``peerlearn.load``: keys derived,
  dates read, schema checked, KnowledgeBase built) in a fresh interpreter (cold: imports and the
  compiled schema included) and warm, against bibtexparser parsing the same 1,000 items written
  as BibTeX, in the same process;
- rejecting a 1,000-item export in which every item has a problem (all problems reported, each
  with its line), against loading the good export of the same size;
- hostile inputs against good data of about the same size: a YAML alias bomb (9**12 values once
  expanded), 100,000-deep JSON nesting, a 5,000-digit number, 400 unknown types in one file;
  each ratio is (time to refuse) / (time to load good data of that size).
"""

from __future__ import annotations

import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from ingest_exports import large_zotero_export  # noqa: E402


def median(fn, repeat: int = 7) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def _load_or_refuse(path: Path) -> None:
    import peerlearn as pl
    from peerlearn.errors import DataValidationError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(DataValidationError):
            pl.load(path)


def _folder(root: Path, name: str, files: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir()
    for fname, text in files.items():
        (folder / fname).write_text(text, encoding="utf-8")
    return folder


def _cold(folder: Path) -> float:
    code = (
        "import time, warnings; t = time.perf_counter(); import peerlearn as pl\n"
        "with warnings.catch_warnings():\n"
        f"    warnings.simplefilter('ignore'); pl.load({str(folder)!r})\n"
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return min(runs)


def _interleaved(a, b, repeat: int, clock=time.perf_counter) -> tuple[float, float]:
    """The best times of a and b timed in turn (so a busy moment on the machine hits both)."""
    ta, tb = [], []
    for _ in range(repeat):
        for fn, out in ((a, ta), (b, tb)):
            t = clock()
            fn()
            out.append(clock() - t)
    return min(ta), min(tb)


def bibtex_against_bibtexparser(root: Path) -> dict[int, tuple[float, float]]:
    """Per size: (wall-time ratio, processor-time ratio) of loading against bibtexparser."""
    import bibtexparser

    from peerlearn.interchange import to_bibtex

    print("loading a BibTeX file against bibtexparser parsing it alone (target ratio <= 1.3):")
    ratios = {}
    for n, repeat in ((500, 15), (7000, 5)):
        items = json.loads(large_zotero_export(n))
        for item in items:
            item["id"] = item["id"].replace("/", "_")
            item["issued"] = {"date-parts": [[int(item["issued"]["date-parts"][0][0])]]}
            item["accessed"] = {"date-parts": [[2024, 3, 5]]}
        text = to_bibtex(items)
        path = root / f"library-{n}.bib"
        path.write_text(text, encoding="utf-8")
        _load_or_refuse(path)  # warm: imports, the compiled schema
        pair = (lambda p=path: _load_or_refuse(p), lambda t=text: bibtexparser.parse_string(t))
        load, parse = _interleaved(*pair, repeat)
        cpu_load, cpu_parse = _interleaved(*pair, repeat, clock=time.process_time)
        print(
            f"  {n:>5} entries ({len(text) / 1024:6.0f} KiB): load {load * 1e3:8.1f} ms, "
            f"bibtexparser {parse * 1e3:8.1f} ms, ratio {load / parse:.2f} "
            f"(processor time: ratio {cpu_load / cpu_parse:.2f})"
        )
        ratios[n] = (load / parse, cpu_load / cpu_parse)
    return ratios


def undated_anonymous(root: Path) -> float:
    print("undated anonymous items (one key base for all: a/b/... suffixes), target ratio <= 12:")
    times = {}
    for n in (1000, 10000):
        items = [{"id": f"ZK/{i:08X}", "type": "document", "title": "Untitled"} for i in range(n)]
        path = root / f"undated-{n}.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        _load_or_refuse(path)
        times[n] = min(_interleaved(lambda p=path: _load_or_refuse(p), lambda: None, 5)[:1])
        print(f"  {n:>6} items: {times[n] * 1e3:8.1f} ms")
    print(f"  ratio 10,000 / 1,000: {times[10000] / times[1000]:.2f}")
    import cProfile
    import pstats

    calls = {}
    for n in (1000, 10000):
        profile = cProfile.Profile()
        profile.enable()
        _load_or_refuse(root / f"undated-{n}.json")
        profile.disable()
        calls[n] = pstats.Stats(profile).total_calls
    print(
        f"  Python calls made, 10,000 / 1,000 (the same ratio on any machine): "
        f"{calls[10000] / calls[1000]:.2f}"
    )
    return times[10000] / times[1000]


def main() -> None:
    import bibtexparser

    from peerlearn.interchange import to_bibtex

    root = Path(tempfile.mkdtemp())
    good_text = large_zotero_export(1000)
    good = _folder(root, "good", {"My Library.json": good_text})

    import peerlearn as pl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kb = pl.load(good)
    bib = to_bibtex(kb.csl_items())
    cold = _cold(good)
    warm = median(lambda: _load_or_refuse(good))
    parse = median(lambda: bibtexparser.parse_string(bib))
    print(f"1,000-item Zotero export: {len(good_text) / 1024:.0f} KiB")
    print(f"  peerlearn.load, cold (fresh interpreter, imports included): {cold * 1e3:7.1f} ms")
    print(f"  peerlearn.load, warm:                                       {warm * 1e3:7.1f} ms")
    print(f"  bibtexparser.parse_string of the same items as BibTeX:      {parse * 1e3:7.1f} ms")
    print(f"  ratio load (warm) / bibtexparser parse: {warm / parse:.2f}")
    print(f"  CSL-JSON export of 1,000 items, warm load (target <= 0.5 s): {warm:.3f} s")
    bib_ratios = bibtex_against_bibtexparser(root)
    linear = undated_anonymous(root)

    items = json.loads(good_text)
    for item in items:
        item["issued"] = {"date-parts": [["20071"]]}
    bad = _folder(root, "bad", {"My Library.json": json.dumps(items, indent="\t")})
    refuse = median(lambda: _load_or_refuse(bad))
    print(
        f"  refusing it with 1,000 problems (one per item, with lines): {refuse * 1e3:7.1f} ms"
        f"  ratio {refuse / warm:.2f}"
    )

    print("hostile input against good data of about the same size (ratio = refuse / load good):")
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    cases = {
        "YAML alias bomb (9**12 values)": ("references.yaml", "\n".join(bomb) + "\n"),
        "JSON nested 100,000 deep": ("references.json", "[" * 100_000 + "]" * 100_000),
        "a 5,000-digit number": ("references.json", "[" + "9" * 5000 + "]"),
    }
    unknown = json.loads(large_zotero_export(400))
    for item in unknown:
        item["type"] = "not-a-type"
    cases["400 unknown types in one file"] = ("references.json", json.dumps(unknown, indent=1))
    for label, (fname, text) in cases.items():
        hostile = _folder(root, label.replace(" ", "-").replace("*", ""), {fname: text})
        size = len(text.encode())
        n = max(1, round(1000 * size / len(good_text.encode())))
        same = _folder(root, f"good-{n}-{fname}", {"references.json": large_zotero_export(n)})
        t_bad = median(lambda h=hostile: _load_or_refuse(h))
        t_good = median(lambda s=same: _load_or_refuse(s))
        print(
            f"  {label:<34} {size / 1024:7.1f} KiB  refuse {t_bad * 1e3:7.1f} ms  "
            f"good ({n} items) {t_good * 1e3:7.1f} ms  ratio {t_bad / t_good:5.2f}"
        )
    print("issue 19's figures, all from this run:")
    for n, (wall, cpu) in bib_ratios.items():
        print(
            f"  BibTeX, {n:>5} entries: load / bibtexparser {cpu:.2f} in processor time, "
            f"{wall:.2f} in wall time (target <= 1.3)"
        )
    print(f"  CSL-JSON, 1,000 items: warm load {warm:.3f} s (target <= 0.5 s on a quiet machine)")
    print(f"  undated anonymous items, 10,000 / 1,000: {linear:.2f} (target <= 12)")


if __name__ == "__main__":
    main()
