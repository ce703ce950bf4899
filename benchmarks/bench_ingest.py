"""An instructor's export at scale, and hostile knowledge-base input, as ratios measured in one run.

    python benchmarks/bench_ingest.py

Prints (no assertions: timing on shared 2-core machines is noisy):
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


if __name__ == "__main__":
    main()
