"""Costs of peerlearn's citation layer, measured in one run.

    python benchmarks/bench_citations.py

Prints (no assertions: timing on shared 2-core machines is noisy):
- APA rendering of all 58 references with citeproc-py: cold (a fresh interpreter: imports,
  style parsing, rendering) and warm (engine loaded), against ``cached_bibliography`` reading
  the shipped pre-rendered file, and a memoised call;
- one in-text citation (built by peerlearn, no engine);
- bibtexparser parsing the 58 references as BibTeX: the figure the knowledge-base loader must
  beat (``bibtex_parse_seconds()``), with ``from_bibtex`` (parse + LaTeX decoding) beside it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def references() -> list[dict[str, Any]]:
    """The package's 58 CSL-JSON items."""
    path = ROOT / "peerlearn" / "data" / "references.json"
    return json.loads(path.read_text(encoding="utf-8"))


def median_seconds(fn: Callable[[], object], repeat: int = 15) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bibtex_parse_seconds(items: Sequence[dict[str, Any]] | None = None, repeat: int = 15) -> float:
    """Median seconds for ``bibtexparser.parse_string`` on the items exported as BibTeX."""
    import bibtexparser

    from peerlearn import interchange

    text = interchange.to_bibtex(references() if items is None else items)
    return median_seconds(lambda: bibtexparser.parse_string(text), repeat)


def cold_render_seconds(repeat: int = 3) -> float:
    """Best of ``repeat`` fresh interpreters: import, parse the APA style, render all 58."""
    code = (
        "import json, time, sys; sys.path.insert(0, sys.argv[1]); t = time.perf_counter(); "
        "from peerlearn import citations; "
        "items = json.load(open(sys.argv[2], encoding='utf-8')); "
        "citations.render_bibliography(items, style='apa'); print(time.perf_counter() - t)"
    )
    path = ROOT / "peerlearn" / "data" / "references.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmd = [sys.executable, "-c", code, str(ROOT), str(path)]
    runs = [
        float(subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout)
        for _ in range(repeat)
    ]
    return min(runs)


def main() -> None:
    from peerlearn import citations, interchange
    from peerlearn.citations import cache

    items = references()
    print(f"{len(items)} references")

    cold = cold_render_seconds()
    print(f"APA render, cold (fresh interpreter, imports included): {cold * 1e3:8.1f} ms")

    citations.render_bibliography(items, style="apa")  # load the engine and style
    warm = median_seconds(lambda: citations.render_bibliography(items, style="apa"), repeat=5)
    print(f"APA render, warm engine:                                {warm * 1e3:8.1f} ms")

    def from_file() -> None:
        cache._MEMO.clear()
        cache._shipped.cache_clear()
        citations.cached_bibliography(items, "apa")

    shipped = median_seconds(from_file)
    memo = median_seconds(lambda: citations.cached_bibliography(items, "apa"))
    print(f"cached_bibliography, shipped file read:                 {shipped * 1e3:8.2f} ms")
    print(f"cached_bibliography, in memory:                         {memo * 1e3:8.2f} ms")
    print(f"ratio warm render / shipped file: {warm / shipped:6.1f}x")

    one = median_seconds(lambda: citations.in_text(items, ["lynch2007"]), repeat=50)
    print(f"in_text, one key against 58 items:                      {one * 1e3:8.2f} ms")

    parse = bibtex_parse_seconds(items)
    text = interchange.to_bibtex(items)
    decode = median_seconds(lambda: interchange.from_bibtex(text), repeat=5)
    print(f"bibtexparser parse of the 58 as BibTeX:                 {parse * 1e3:8.2f} ms")
    print(f"from_bibtex (parse + LaTeX decoding + CSL mapping):     {decode * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()
