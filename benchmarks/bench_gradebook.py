"""Costs of the class gradebook, measured in one run.

    python benchmarks/bench_gradebook.py

Prints (no assertions: timing on shared 2-core machines is noisy):
- importing 1,000 hand-ins against the parsing floor (reading and ``json.loads`` of the same
  files): seconds, and the ratio (aim: at most 3×; one transaction per import, not one commit
  per hand-in, is what keeps it there);
- importing a class of 30 and of 120 hand-ins (each answering every question of one built-in
  set, scored with the keys) into a new gradebook: seconds, and the cost per hand-in of the
  larger class over the smaller (near 1.0 means the import grows linearly with the class);
- importing the same folder again (every file unchanged): seconds, against the first import;
- the three views (by learner, by mechanism, by question) on the larger class (pandas already
  imported).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peerlearn import exercises, progress  # noqa: E402
from peerlearn.exercises.assessed import key_answer  # noqa: E402
from peerlearn.exercises.scoring import check  # noqa: E402
from peerlearn.gradebook import Gradebook  # noqa: E402
from peerlearn.progress.classes import checksum  # noqa: E402

SET = "03-liminality"


def make_class(folder: Path, n: int, template: dict) -> None:
    """``n`` hand-ins: copies of one learner's export under new names (checksums recomputed)."""
    folder.mkdir(parents=True)
    for i in range(n):
        doc = dict(template, learner=f"Learner {i:03d}")
        doc["checksum"] = checksum(doc)
        (folder / f"learner_{i:03d}.json").write_text(json.dumps(doc), encoding="utf-8")


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main() -> None:
    s = exercises.builtin(SET)
    work = Path(tempfile.mkdtemp(prefix="peerlearn-bench-gradebook-"))
    live = work / "live" / "progress.json"
    for ex in s:
        if ex.scored:
            progress.record_result(
                check(ex, key_answer(ex)), set_id=s.id, mechanisms=s.tags_for(ex), path=live
            )
    template = json.loads(progress.export(work / "one.json", learner="x", source=live).read_text())
    big = work / "class1000"
    make_class(big, 1000, template)

    def floor() -> int:
        return sum(len(json.loads(p.read_bytes())["records"]) for p in sorted(big.glob("*.json")))

    def floor_and_checksum() -> int:
        return sum(len(checksum(json.loads(p.read_bytes()))) for p in sorted(big.glob("*.json")))

    def fresh_import(k: int) -> object:
        return Gradebook(work / f"gb1000-{k}.sqlite", bank=[s]).import_handins(big)

    floor()  # warm the page cache, so every figure reads from memory
    # the best of five rounds, each timing all three in turn (a shared machine's load only ever
    # adds time, and interleaving gives each figure the same chances)
    parses, sums, fulls = [], [], []
    for k in range(5):
        parses.append(timed(floor)[0])
        sums.append(timed(floor_and_checksum)[0])
        seconds, report = timed(lambda k=k: fresh_import(k))
        assert len(report.added) == 1000, report
        fulls.append(seconds)
    parse, parse_sum, full = min(parses), min(sums), min(fulls)
    print(f"1,000 hand-ins: import {full:.2f} s; parsing floor (read + json.loads) {parse:.3f} s: "
          f"ratio {full / parse:.1f}× (aim ≤ 3×); floor with the checksum check "
          f"{parse_sum:.3f} s: ratio {full / parse_sum:.1f}×")  # fmt: skip
    results = {}
    for n in (30, 120):
        folder = work / f"class{n}"
        make_class(folder, n, template)
        gb = Gradebook(work / f"gb{n}.sqlite", bank=[s])
        first, _ = timed(lambda gb=gb, folder=folder: gb.import_handins(folder))
        again, _ = timed(lambda gb=gb, folder=folder: gb.import_handins(folder))
        results[n] = (first, again, gb)
        print(f"class of {n:>3}: first import {first:.3f} s, again (unchanged) {again:.3f} s "
              f"({again / first:.2f} of the first)")  # fmt: skip
    per_small, per_large = results[30][0] / 30, results[120][0] / 120
    print(f"cost per hand-in, 120 over 30: {per_large / per_small:.2f}")
    gb = results[120][2]
    import pandas  # noqa: F401  (imported first, so the views' figures do not include it)

    for view in ("by_learner", "by_mechanism", "by_question"):
        seconds, _ = timed(getattr(gb, view))
        print(f"{view} (120 learners): {seconds:.3f} s")


if __name__ == "__main__":
    main()
