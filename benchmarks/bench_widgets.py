"""How fast the explorer app is: first view, selection changes in the kernel and in a browser.

Run: ``.venv/bin/python benchmarks/bench_widgets.py [--no-browser] [--repeat N] [--against REF]
[--first-view-only] [--sets-only]``. Prints figures; asserts nothing. Targets: first view
< 200 ms of kernel time (every citation it shows formatted); a selection change < 5 ms in the
kernel; < 100 ms from a click to the updated page.

* First view: ``pl.explore()`` plus its display bundle, each in a fresh Python process (so nothing
  is cached but what the package ships), imports timed apart, and the widget models it makes
  (each one a comm message, a model and a view in the page; several ms apiece in JupyterLite);
  beside it, the same with every tab built (the tabs after the first are built when first
  opened), and the ratio of the two. ``--against REF`` (a git ref, e.g. ``main``) runs the same
  in that commit's ``peerlearn`` (``git archive``), alternating with this tree's run by run, and
  prints the ratios of the two.
* Exercise sets' first view: notebook 00's warm-up set (3 exercises) and the built-in
  ``review-and-method`` set (12), each ``set.widget()`` plus its display bundle in a fresh
  Python process with an empty progress folder: the widget models it makes and its build time
  (with ``--against REF``, the same in that commit, alternating, and the ratios).
* Kernel selection: ``app.select(x)`` for every mechanism, theory and source, the first visit
  (which builds that item's HTML and buttons once) and a second (a look-up). Outside a kernel
  ipywidgets still serialises every state change; only the socket send is missing.
* Browser: Voilà + Debian's chromium (tests/browser/harness.py); from the click (or menu change)
  to the frame after the page shows the new item, measured inside the page.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FIRST_VIEW = r"""
import json, time
t0 = time.perf_counter()
import peerlearn as pl
import ipywidgets, anywidget  # noqa: F401  (a notebook has these loaded by the time it displays)
from ipywidgets.widgets.widget import _instances
before = len(_instances)
t1 = time.perf_counter()
app = pl.explore()
bundle = app._repr_mimebundle_()
t2 = time.perf_counter()
models = len(_instances) - before
n = app.explorer.view_html.count('class="pl-citation"')
parts = [app.sources, app.map, app.timeline]  # what an eager app built before its first view
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "first_view": t2 - t1, "all_tabs": t3 - t1, "citations": n,
                  "models": models, "file": pl.__file__}))
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


SET_FIRST_VIEW = r"""
import json, sys, time
import peerlearn as pl
import ipywidgets, anywidget  # noqa: F401  (a notebook has these loaded by the time it displays)
from ipywidgets.widgets.widget import _instances
from peerlearn import exercises
method_set = exercises.builtin("review-and-method")
warm_up = exercises.ExerciseSet(id=method_set.id, title="Warm-up: what the review's abstract says",
    mechanisms=method_set.mechanisms, exercises=[method_set[i] for i in
    ["five-mechanisms", "successes-and-difficulties", "further-work"]])
the_set = warm_up if sys.argv[1] == "warm-up" else method_set
the_set.widget(record=False)  # loading the modules the widget needs: not what is measured
ipywidgets.Widget.close_all()
before = len(_instances)
t0 = time.perf_counter()
w = the_set.widget()
bundle = w._repr_mimebundle_()
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "models": len(_instances) - before, "file": pl.__file__}))
"""


def _run_set(where: Path, which: str) -> dict[str, Any]:
    home = tempfile.mkdtemp(prefix="pl-bench-home-")
    try:
        out = subprocess.run(
            [sys.executable, "-c", SET_FIRST_VIEW, which],
            capture_output=True,
            text=True,
            check=True,
            cwd=where,
            env={**os.environ, "PEERLEARN_HOME": home, "PYTHONPATH": str(where)},
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def sets_first_view(repeat: int, against: str | None = None) -> None:
    """Notebook 00's warm-up set and the 12-exercise set: models and build time, fresh process."""
    other = _archive(against) if against else None
    print(f"exercise sets' first view, fresh process ×{repeat} (set.widget() + display bundle):")
    for which in ("warm-up", "review-and-method"):
        runs, theirs = [], []
        for _ in range(repeat):
            runs.append(_run_set(REPO, which))
            if other is not None:
                theirs.append(_run_set(other, which))
        t = [r["seconds"] for r in runs]
        label = "warm-up (3)" if which == "warm-up" else "review-and-method (12)"
        print(
            f"  {label}: {runs[0]['models']} widget models; median {ms(statistics.median(t))}, "
            f"worst {ms(max(t))}"
        )
        if other is not None:
            old = [r["seconds"] for r in theirs]
            pairs = [a["seconds"] / b["seconds"] for a, b in zip(runs, theirs, strict=True)]
            print(
                f"    {against}: {theirs[0]['models']} models, median {ms(statistics.median(old))};"
                f" this tree / {against}: models {runs[0]['models'] / theirs[0]['models']:.2f}, "
                f"time {statistics.median(t) / statistics.median(old):.2f} (median of the "
                f"run-by-run ratios {statistics.median(pairs):.2f})"
            )
    if other is not None:
        shutil.rmtree(other)


def _run_first_view(where: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_VIEW], capture_output=True, text=True, check=True, cwd=where
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _archive(ref: str) -> Path:
    """``ref``'s ``peerlearn`` package, unpacked in a new temporary folder."""
    root = Path(tempfile.mkdtemp(prefix="pl-bench-against-"))
    tar = subprocess.run(
        ["git", "archive", ref, "peerlearn"], cwd=REPO, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=tar, check=True)
    return root


def first_view(repeat: int, against: str | None = None) -> None:
    other = _archive(against) if against else None
    runs, theirs = [], []
    for _ in range(repeat):  # alternating, so a change in the machine's load falls on both
        runs.append(_run_first_view(REPO))
        if other is not None:
            theirs.append(_run_first_view(other))
    fv = [r["first_view"] for r in runs]
    imp = [r["imports"] for r in runs]
    print(f"first view, fresh process ×{repeat} (shows {runs[0]['citations']} citations):")
    print(
        f"  pl.explore() + display bundle: median {ms(statistics.median(fv))}, worst {ms(max(fv))}"
    )
    print(f"  widget models made by pl.explore(): {runs[0]['models']}")
    every = [r["all_tabs"] for r in runs]
    print(
        f"  every tab built (what the first view cost before tabs were built lazily): median "
        f"{ms(statistics.median(every))}; lazy first view / every tab = "
        f"{statistics.median(fv) / statistics.median(every):.2f}"
    )
    print(f"  imports (peerlearn, ipywidgets, anywidget): median {ms(statistics.median(imp))}")
    import peerlearn

    shipped = (Path(peerlearn.__file__).parent / "data" / "rendered" / "apa.json").exists()
    print(
        f"  pre-rendered APA cache shipped: {'yes' if shipped else 'NO (citations rendered live)'}"
    )
    if other is not None:
        old = [r["first_view"] for r in theirs]
        pairs = [a["first_view"] / b["first_view"] for a, b in zip(runs, theirs, strict=True)]
        print(f"  against {against} ({theirs[0]['file']}):")
        print(
            f"    first view: median {ms(statistics.median(old))}, worst {ms(max(old))}; "
            f"this tree / {against} = {statistics.median(fv) / statistics.median(old):.2f} "
            f"(median of the run-by-run ratios {statistics.median(pairs):.2f})"
        )
        print(
            f"    widget models: {theirs[0]['models']}; this tree / {against} = "
            f"{runs[0]['models'] / theirs[0]['models']:.2f}"
        )
        shutil.rmtree(other)


def _select_all(app: object, ids: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"mechanism": [], "theory": [], "source": []}
    for node in ids:
        t = time.perf_counter()
        app.select(node)  # type: ignore[attr-defined]
        times[node.split(":")[0]].append(time.perf_counter() - t)
    return times


def _report(label: str, times: dict[str, list[float]]) -> None:
    every = [x for v in times.values() for x in v]
    print(f"kernel selection change, {label} ({len(every)} items):")
    print(f"  all       median {ms(statistics.median(every))}, worst {ms(max(every))}")
    for kind, v in times.items():
        print(f"  {kind:9s} median {ms(statistics.median(v))}, worst {ms(max(v))}")


def kernel_selection() -> None:
    import ipywidgets  # noqa: F401

    import peerlearn as pl
    from peerlearn.widgets._catalog import _CACHE, catalog

    ids = catalog().node_ids()
    _CACHE.clear()
    app = pl.explore()
    _report("first visit (builds the item's HTML and buttons once)", _select_all(app, ids))
    _report("second visit", _select_all(app, ids))


MEASURE = """async ([watchSel, expect, action, arg]) => {
    const watched = document.querySelector(watchSel);
    const done = () => watched.textContent.replace(/\\u00a0/g, ' ').includes(expect);
    return await new Promise((resolve) => {
        const t0 = performance.now();
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); finish(); } });
        obs.observe(watched, {childList: true, subtree: true, characterData: true});
        if (action === 'select') {
            const s = document.querySelector(arg[0]);
            const i = Array.from(s.options).findIndex(
                (o) => o.text.replace(/\\u00a0/g, ' ') === arg[1]);
            s.selectedIndex = i;
            s.dispatchEvent(new Event('change', {bubbles: true}));
        } else {
            document.querySelector(arg).dispatchEvent(new MouseEvent('click', {bubbles: true}));
        }
        setTimeout(() => { obs.disconnect(); resolve(-1); }, 5000);
    });
}"""


def browser() -> None:
    sys.path.insert(0, str(REPO / "tests" / "browser"))
    import harness

    why = harness.missing()
    if why:
        print(f"browser: skipped ({why})")
        return
    from playwright.sync_api import sync_playwright

    import peerlearn as pl

    root = Path(tempfile.mkdtemp(prefix="pl-bench-"))
    harness.copy_notebooks(root)
    server = harness.start_voila(root)
    try:
        with sync_playwright() as p:
            b = harness.launch(p)
            page = b.new_page(viewport={"width": 1280, "height": 1000})
            t = time.perf_counter()
            harness.open_voila(page, server, "explorer.ipynb")
            page.locator(".pl-app .pl-explorer").wait_for(timeout=60_000)
            print(f"browser (Voilà): page load to explorer shown {ms(time.perf_counter() - t)}")
            view = ".pl-explorer .pl-view"
            menu = ".pl-menu-mechanism select"
            results: dict[str, list[float]] = {"menu": [], "jump": [], "map": []}
            mechs = pl.default().mechanisms_list()
            for _round in range(2):
                for m in [*mechs[1:], mechs[0]]:
                    results["menu"].append(
                        page.evaluate(
                            MEASURE, [view, f"Mechanism: {m.name}", "select", [menu, m.name]]
                        )
                    )
            for m in mechs:
                page.evaluate(MEASURE, [view, f"Mechanism: {m.name}", "select", [menu, m.name]])
                page.locator(".pl-jump .pl-jump-source").first.wait_for()
                label = page.locator(".pl-jump .pl-jump-source").first.inner_text().strip()
                results["jump"].append(
                    page.evaluate(
                        MEASURE, [view, f"Source: {label}", "click", ".pl-jump .pl-jump-source"]
                    )
                )
            page.locator(".lm-TabBar-tab", has_text="Concept map").click()
            page.locator(".pl-conceptmap .pl-svg").wait_for()
            nodes = page.locator(".pl-conceptmap [data-node]").evaluate_all(
                "els => els.map(e => e.dataset.node)"
            )
            for node in nodes[:: max(1, len(nodes) // 25)]:
                results["map"].append(
                    page.evaluate(
                        MEASURE,
                        [
                            ".pl-conceptmap .pl-details",
                            "",
                            "click",
                            f'.pl-conceptmap [data-node="{node}"]',
                        ],
                    )
                )
                page.wait_for_function(
                    "n => document.querySelector('.pl-conceptmap .pl-details h4') && "
                    'document.querySelector(`.pl-conceptmap [data-node="${n}"]`)'
                    ".getAttribute('aria-pressed') === 'true'",
                    arg=node,
                )
            latency = page.locator(".pl-conceptmap .pl-picture-root").get_attribute("data-latency")
            b.close()
    finally:
        harness.stop(server)
    print("browser: selection to visible update (click → the frame after the DOM shows it):")
    labels = {
        "menu": "explorer, mechanism menu",
        "jump": "explorer, 'open a source' button (first visit)",
        "map": "concept map, click a node → details",
    }
    for key, values in results.items():
        ok = [v for v in values if v >= 0]
        if ok:
            print(
                f"  {labels[key]:48s} median {statistics.median(ok):6.1f} ms, "
                f"worst {max(ok):6.1f} ms (n={len(ok)}, timeouts {len(values) - len(ok)})"
            )
    print(f"  concept map's own click→details figure for the last click: {latency} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", metavar="REF", help="a git ref to compare the first view with")
    parser.add_argument("--first-view-only", action="store_true", help="skip the other figures")
    parser.add_argument("--sets-only", action="store_true", help="only the exercise sets' figures")
    args = parser.parse_args()
    if not args.sets_only:
        first_view(args.repeat, args.against)
    sets_first_view(args.repeat, args.against)
    if args.first_view_only or args.sets_only:
        return
    kernel_selection()
    if not args.no_browser:
        browser()


if __name__ == "__main__":
    main()
