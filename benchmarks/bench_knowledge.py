"""Import and load costs of peerlearn's knowledge base, as ratios measured in one run.

    python benchmarks/bench_knowledge.py

Prints (no assertions: timing on shared 2-core machines is noisy):
- ``import peerlearn`` against ``import pandas`` (fresh interpreters, best of several);
- loading the package's knowledge base (references, mechanisms, theories, links, ready to query)
  against bibtexparser parsing the same 58 references as BibTeX, side by side in one process;
- loading a user folder with full validation (schema + links), for the record.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path


def import_seconds(module: str, repeat: int = 7) -> float:
    """Best of ``repeat`` fresh interpreters, after one warm-up that writes bytecode caches.

    PYTHONDONTWRITEBYTECODE is dropped: installed packages such as pandas ship compiled bytecode,
    so compiling peerlearn from source on every import would not be a like-for-like comparison.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
    cmd = [sys.executable, "-c", code]
    subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    runs = [
        float(subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout)
        for _ in range(repeat)
    ]
    return min(runs)


def best(fn, repeat: int = 30) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    imp_pl, imp_pd = import_seconds("peerlearn"), import_seconds("pandas")
    print(f"import peerlearn: {imp_pl * 1e3:7.1f} ms")
    print(f"import pandas:    {imp_pd * 1e3:7.1f} ms")
    print(f"ratio peerlearn/pandas: {imp_pl / imp_pd:.3f}  (target < 0.25)")

    import bibtexparser

    from peerlearn import interchange, knowledge

    def load_default():
        knowledge._DEFAULT = None
        kb = knowledge.default()
        kb.mechanisms_for("lynch2007")
        return kb

    kb = load_default()
    bib = interchange.to_bibtex(kb.csl_items())
    t_load = best(load_default)
    t_bib = best(lambda: bibtexparser.parse_string(bib))
    print(f"load package knowledge base: {t_load * 1e3:7.2f} ms (median)")
    print(f"bibtexparser parse of 58:    {t_bib * 1e3:7.2f} ms (median)")
    print(f"ratio load/bibtexparser: {t_load / t_bib:.3f}  (target < 1)")

    with tempfile.TemporaryDirectory() as d:
        src = resources.files("peerlearn") / "data"
        for name in ("references", "mechanisms", "theories", "glossary", "review"):
            (Path(d) / f"{name}.json").write_text(
                (src / f"{name}.json").read_text("utf-8"), "utf-8"
            )
        t_user = best(lambda: knowledge.load(d), repeat=10)
        print(
            f"load + validate a user folder (same data): {t_user * 1e3:7.1f} ms "
            f"({t_user / t_bib:.1f}x bibtexparser)"
        )


if __name__ == "__main__":
    main()
