"""What the course costs a class: the JupyterLite site, a JupyterHub's memory and time per learner.

Run: ``.venv/bin/python benchmarks/bench_classroom.py [--learners N] [--no-lite] [--no-hub]``
(needs ``make hub-deps lite-deps`` and Debian's chromium). Prints figures measured in this one
run, and ratios between them; asserts nothing.

* Lite vs Lab (issue 17): notebook 00 (the site's start page) opened cold in JupyterLite (built
  and served by classroom/lite/lite_site.py, as ``make lite`` does; every request not to 127.0.0.1
  blocked) and in JupyterLab on this machine: time from page load to the first peerlearn widget (the
  explorer), each opened as a learner would: wait until the status bar says the kernel is Idle,
  then Run All (each moment timed by the page's own clock, see RECORDER; the figures Playwright's
  polling waits saw are printed beside them). Aims: Lite <= 2x Lab; a reload <= 0.7x a cold
  load. Also: the kernel start and peerlearn's own part (Run All to the first widget: install,
  import, the cells before it and the widget), and the requests the kernel sent to the
  browser's storage (``/api/drive``).
  The kernel's own account of its start is printed too (classroom/lite/kernel.mjs logs it in
  the browser's console: restored from the site's snapshot or started afresh, then the seconds
  to Pyodide's WebAssembly module and standard library, to Python with its packages, and the
  kernel's own start-up Python), and the same moments as seconds from page load, beside the
  notebook shown and the status bar's *Idle* (where a start's time goes that is not the kernel's).
  ``pl.explore()``'s first view (aim in Lite <= 1 s) is the explorer cell's run in the kernel,
  read from the cell's execution timing (the benchmark measures a copy of the site with the
  notebook's ``recordTiming`` on), beside the same cell in CPython. ``--against`` a second site
  (say, one without ``static/pyodide/peerlearn-snapshot.*``, or built from an older commit) is
  measured in the same rounds. Before a reload, the benchmark waits until kernel.mjs has kept the
  unzipped saved start in the browser (it does so once the kernel has been quiet for two
  seconds; a learner's reload minutes later finds it), and prints how long that took.
* Site: size of the built site and what it is made of.
* Hub: N learners spawned together (classroom/hub/jupyterhub_config.py), notebooks 00 and 02 run
  in each through the kernel API; memory per learner (server + kernel), peerlearn's share (the
  kernel after 00 and 02 against a bare kernel; aim 40 MiB or less), spawn time, CPU per learner;
  then what a hub of 40, 300 and 1,000 learners needs, worked out from those figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(REPO / "tests" / "hub"))
sys.path.insert(0, str(REPO / "classroom" / "lite"))
sys.path.insert(0, str(REPO / "tests"))

import harness  # noqa: E402
import lite_site  # noqa: E402
from homes import home_env  # noqa: E402

OUT = ".jp-OutputArea-output"
WIDGET = f"{OUT} .pl-explorer:not([data-pl-seen])"
IDLE = re.compile(r"\|\s*Idle")
MARKS = "peerlearn: kernel times "  # kernel.mjs's clock times of the kernel's start
# The moments a page load passes, recorded in the page itself (milliseconds from the page's
# ``performance.timeOrigin``) by a MutationObserver installed before the page's own scripts run:
# Playwright's waits poll the page (at 0, 20, 50, 100, 100 ms, then every 500 ms), so a wait that
# lasts more than about a quarter of a second notices its condition up to half a second late, and
# that lateness, three times over (notebook, Idle, widget), was in every figure measured with them.
# The benchmark still waits on these conditions before it acts (clicks Run All on Idle), but times
# each from the page's own clock: page load to Idle, plus the Run All click to the widget (the
# harness's reaction between Idle and its click is not the site's time). ``polled`` keeps the old
# figure, as the waits saw it.
RECORDER = r"""(() => {
  if (window.top !== window) return;
  const seen = (window.__plSeen = {});
  const idle = /\|\s*Idle/;
  const look = () => {
    const now = performance.now();
    if (seen.shown === undefined && document.querySelector('.jp-Notebook')) seen.shown = now;
    if (seen.idle === undefined) {
      for (const e of document.querySelectorAll('.jp-StatusBar-Widget')) {
        if (idle.test(e.textContent)) { seen.idle = now; break; }
      }
    }
    if (seen.runAll !== undefined && seen.widget === undefined
        && document.querySelector('%s')) seen.widget = now;
  };
  new MutationObserver(look).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['class'],
  });
  // Lumino runs a menu's command on pointerup and closes the menu: no click event follows
  addEventListener('pointerup', (e) => {
    const item = e.target instanceof Element && e.target.closest('.lm-Menu-item');
    if (item && /^Run All Cells$/.test(item.querySelector('.lm-Menu-itemLabel')?.textContent))
      seen.runAll = performance.now();
  }, true);
})();"""


# each code cell's run in the kernel (its execute_input to its reply, recorded by the notebook's
# recordTiming in the benchmark's copy of the site), in notebook order: [source, seconds or null]
CELL_TIMES = """() => {
  const nb = window.jupyterapp?.shell.currentWidget?.content;
  return (nb?.widgets ?? []).filter(c => c.model.type === 'code').map(c => {
    const t = c.model.getMetadata('execution');
    const ok = t && t['iopub.execute_input'] && t['shell.execute_reply'];
    return [c.model.sharedModel.getSource().trim(), ok ? (Date.parse(t['shell.execute_reply'])
      - Date.parse(t['iopub.execute_input'])) / 1000 : null];
  });
}"""


def _label(source: str) -> str:
    """A cell named by the start of its first line."""
    return next((line for line in source.splitlines() if line.strip()), "")[:40]


@dataclass
class Open:
    """One opening of notebook 00: seconds from page load to each point, and what it asked for."""

    notebook_shown: float = 0.0
    kernel_idle: float = 0.0
    first_widget: float = 0.0
    drive_requests: int = 0
    drive_at_start: int = 0  # of which before the kernel was Idle
    served: Counter = field(default_factory=Counter)  # the site server's answers by status
    fetched: list[str] = field(default_factory=list)  # paths answered 200 (sent whole)
    notes: list[str] = field(default_factory=list)
    # the kernel's start, seconds from page load (kernel.mjs's clock times): worker, ..., python2
    marks: dict[str, float] = field(default_factory=dict)
    explore: float | None = None  # the pl.explore() cell's run in the kernel (recordTiming)
    cells: list = field(default_factory=list)  # every code cell's run: [its source, s]
    # the same three moments as Playwright's polling waits saw them, from before the page load
    polled: dict[str, float] = field(default_factory=dict)

    @property
    def peerlearn(self) -> float:
        return self.first_widget - self.kernel_idle


def _served_since(log: Path | None, start: int) -> tuple[Counter, list[str], int]:
    """The site server's answers logged from line ``start`` on: by status, the paths sent whole
    (200), and the log's length now."""
    if log is None or not log.exists():
        return Counter(), [], start
    lines = log.read_text(errors="replace").splitlines()
    statuses: Counter = Counter()
    fetched = []
    for line in lines[start:]:
        m = re.search(r'"GET (\S+) HTTP/[\d.]+" (\d{3})', line)
        if m:
            statuses[m.group(2)] += 1
            if m.group(2) == "200":
                fetched.append(m.group(1).split("?")[0])
    return statuses, fetched, len(lines)


def _recorded(page, key: str) -> float:
    """Wait (every 50 ms) until the page's recorder has seen ``key``; its time in seconds."""
    page.wait_for_function(
        f"() => window.__plSeen?.{key} !== undefined", polling=50, timeout=600_000
    )
    return page.evaluate(f"window.__plSeen.{key}") / 1000


def _open_00(
    page,
    url: str,
    *,
    reload: bool = False,
    drive: list | None = None,
    log: Path | None = None,
    console: list | None = None,
) -> Open:
    """Load (or reload) the page, wait for the kernel, Run All, wait for the first new widget.

    ``console``: the page's console lines so far (the kernel's own account of its start is kept).
    """
    seen = Open()
    n0 = len(drive) if drive is not None else 0
    c0 = len(console) if console is not None else 0
    _, _, l0 = _served_since(log, 0)
    t0 = time.monotonic()
    if reload:
        page.reload()
    else:
        page.goto(url)
    page.locator(".jp-Notebook").first.wait_for(timeout=180_000)
    seen.polled["shown"] = time.monotonic() - t0
    status = page.locator(".jp-StatusBar-Widget", has_text=IDLE).first
    status.wait_for(timeout=600_000)
    seen.polled["idle"] = time.monotonic() - t0
    seen.notebook_shown = _recorded(page, "shown")
    seen.kernel_idle = _recorded(page, "idle")
    if drive is not None:
        seen.drive_at_start = len(drive) - n0
    # a reloaded notebook may show its saved outputs: only a widget drawn by this run counts
    page.evaluate(
        "() => document.querySelectorAll('.pl-explorer').forEach(e => e.dataset.plSeen = '1')"
    )
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    page.locator(WIDGET).first.wait_for(timeout=600_000)
    seen.polled["widget"] = time.monotonic() - t0
    seen.first_widget = seen.kernel_idle + _recorded(page, "widget") - _recorded(page, "runAll")
    # the notebook's other cells run on: let them finish before the next measurement starts
    page.locator(".jp-Notebook .jp-InputPrompt", has_text="[*]").first.wait_for(
        state="detached", timeout=600_000
    )
    if drive is not None:
        seen.drive_requests = len(drive) - n0
    if console is not None:
        seen.notes = [line for line in console[c0:] if line.startswith("peerlearn: kernel start")]
        origin = page.evaluate("performance.timeOrigin")  # this page load's, as a clock time
        for line in console[c0:]:
            if line.startswith(MARKS):
                marks = json.loads(line.removeprefix(MARKS))
                seen.marks = {k: (v - origin) / 1000 for k, v in marks.items()}
    seen.cells = page.evaluate(CELL_TIMES)
    # pl.explore()'s first view: that cell's run in the kernel
    seen.explore = next((t for src, t in seen.cells if src == "pl.explore()"), None)
    seen.served, seen.fetched, _ = _served_since(log, l0)
    return seen


def build_site(out: Path) -> float:
    t0 = time.monotonic()
    r = lite_site.build(out)
    if r.returncode:
        raise SystemExit(f"the site did not build:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return time.monotonic() - t0


def timed_copy(site: Path, dest: Path) -> Path:
    """A copy of ``site`` whose notebooks record each cell's timing in its metadata
    (``recordTiming``) and whose page lets the benchmark read it (``exposeAppInBrowser``)."""
    shutil.copytree(site, dest)
    path = dest / "jupyter-lite.json"
    config = json.loads(path.read_text())
    data = config["jupyter-config-data"]
    data["exposeAppInBrowser"] = "true"
    tracker = data.setdefault("settingsOverrides", {})
    tracker.setdefault("@jupyterlab/notebook-extension:tracker", {})["recordTiming"] = True
    path.write_text(json.dumps(config, indent=2))
    return dest


def site_report(site: Path) -> None:
    groups = {
        "Pyodide runtime (static/pyodide: wasm, stdlib, the preloaded wheels)": "static/pyodide",
        "JupyterLab application (build/)": "build",
        "lab extensions (widgets, anywidget, pyodide kernel and its wheels)": "extensions",
        "peerlearn and its pure-Python wheels for piplite (pypi/)": "pypi",
        "the course notebooks (files/)": "files",
    }
    total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    print(f"\nJupyterLite site: {total / 1e6:.1f} MB in {sum(1 for _ in site.rglob('*'))} files")
    counted = 0
    for label, rel in groups.items():
        size = sum(f.stat().st_size for f in (site / rel).rglob("*") if f.is_file())
        counted += size
        print(f"  {size / 1e6:6.1f} MB  {label}")
    print(f"  {(total - counted) / 1e6:6.1f} MB  the rest (apps' pages, settings, icons)")
    pyo = site / "static" / "pyodide"
    for name in ("pyodide.asm.wasm", "python_stdlib.zip"):
        print(f"           {(pyo / name).stat().st_size / 1e6:5.1f} MB of it {name}")
    wheels = sorted((site / "pypi").glob("*.whl"), key=lambda w: -w.stat().st_size)
    print(
        "  wheels: "
        + ", ".join(f"{w.name.split('-')[0]} {w.stat().st_size // 1024} KB" for w in wheels)
    )


# Every request not to 127.0.0.1 is blocked by Chromium itself: names resolve to nothing, and
# what is not loopback goes to a proxy that is not there. (Playwright's request routing would do
# it too, but routing switches the browser's HTTP cache off: every reload would fetch everything.)
BLOCK_ARGS = [*harness.OFFLINE_ARGS, "--proxy-server=http://127.0.0.1:9"]


def _browser(p):
    return p.chromium.launch(
        executable_path=harness.CHROMIUM,
        headless=True,
        args=[*harness.CHROMIUM_ARGS, *BLOCK_ARGS],
    )


def _local(url: str) -> bool:
    return url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))


def _watch(ctx, drive: list, outside: list) -> None:
    ctx.add_init_script(RECORDER % WIDGET)
    ctx.on("request", lambda r: drive.append(r.url) if "/api/drive" in r.url else None)
    ctx.on("request", lambda r: None if _local(r.url) else outside.append(r.url))


def _context(browser, drive: list, outside: list):
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    _watch(ctx, drive, outside)
    return ctx


def _lite_round(
    p, base: str, shots: Path | None, tag: str, log: Path | None, outside: list
) -> tuple[Open, Open]:
    """Notebook 00 opened cold in a fresh browser profile (on disk, as a learner's browser keeps
    its HTTP cache and compiled WebAssembly), then reloaded."""
    drive: list[str] = []
    console: list[str] = []
    profile = Path(tempfile.mkdtemp(prefix="pl-bench-profile-"))
    ctx = p.chromium.launch_persistent_context(
        str(profile),
        executable_path=harness.CHROMIUM,
        headless=True,
        args=[*harness.CHROMIUM_ARGS, *BLOCK_ARGS],
        viewport={"width": 1280, "height": 720},
    )
    try:
        _watch(ctx, drive, outside)
        page = ctx.new_page()
        page.on("console", lambda m: console.append(m.text))  # the kernel's worker's too
        cold = _open_00(page, lite_site.start_url(base), drive=drive, log=log, console=console)
        if shots:
            page.screenshot(path=str(shots / f"{tag}-cold.png"))
        if any("(unzipped)" in line for line in cold.notes):
            _wait_for_kept_copy(page, cold, console)
        again = _open_00(page, "", reload=True, drive=drive, log=log, console=console)
        if shots:
            page.screenshot(path=str(shots / f"{tag}-reload.png"))
    finally:
        ctx.close()
        shutil.rmtree(profile, ignore_errors=True)
    return cold, again


def _wait_for_kept_copy(page, seen: Open, console: list[str]) -> None:
    """Wait until kernel.mjs has kept the unzipped saved start in the browser (it does once the
    kernel has been quiet for two seconds), as a learner's reload minutes later finds it; noted
    in ``seen``: how long after the notebook's run that was."""
    said = "peerlearn: saved start kept in this browser"
    t0 = time.monotonic()
    try:
        if not any(line.startswith(said) for line in console):
            page.wait_for_event("console", lambda m: m.text.startswith(said), timeout=120_000)
        seen.notes.append(f"peerlearn: kept copy ready {time.monotonic() - t0:.1f} s after the run")
    except Exception as e:  # measured anyway: the reload then unzips
        seen.notes.append(f"peerlearn: no kept copy within 120 s ({type(e).__name__})")


CPYTHON_PART = """
import json, os, sys, time
t0 = time.perf_counter()
import ipywidgets
t1 = time.perf_counter()
explore = None
for i, cell in enumerate(json.loads(sys.argv[1])):
    t = time.perf_counter()
    exec(cell, globals())
    if cell.strip() == "pl.explore()":
        explore = time.perf_counter() - t
t2 = time.perf_counter()
print(json.dumps({"ipywidgets": t1 - t0, "cells": t2 - t1, "all": t2 - t0, "explore": explore}))
"""


def cpython_part(work: Path) -> dict:
    """peerlearn's part of notebook 00 in CPython (a new process, as a new kernel): ``import
    ipywidgets``, then the notebook's code cells up to and including ``pl.explore()``."""
    import subprocess

    nb = json.loads((REPO / "notebooks" / lite_site.START).read_text(encoding="utf-8"))
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cells.append("".join(cell["source"]))
            if "pl.explore()" in cells[-1]:
                break
    env = dict(home_env(work / "cpython-home"), PYTHONPATH=str(REPO))
    r = subprocess.run(
        [sys.executable, "-c", CPYTHON_PART, json.dumps(cells)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(r.stdout.strip().splitlines()[-1])


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2


def lite_vs_lab(
    site: Path | None = None,
    shots: Path | None = None,
    rounds: int = 2,
    against: Path | None = None,
) -> None:
    """Notebook 00 cold in Lite, reloaded in Lite, cold in JupyterLab, in ``rounds`` interleaved
    rounds (a loaded machine's load moves: each round's ratio compares neighbours); ``against``:
    a second site (say, built from an older commit) measured the same way in each round."""
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="pl-bench-classroom-"))
    lab = None
    seen: dict[str, list[Open]] = {}
    cpython: list[dict] = []
    outside: list[str] = []
    logs = {"": work / "site.log", "against ": work / "against.log"}
    try:
        if site is None:
            site = work / "site"
            print(f"site built in {build_site(site):.1f} s")
        site_report(site)
        site = timed_copy(site, work / "timed-site")
        if against is not None:
            against = timed_copy(against, work / "timed-against")
        root = work / "lab"  # the course's notebooks, as a learner's JupyterLab has them
        shutil.copytree(REPO / "notebooks", root, ignore=shutil.ignore_patterns(".*"))
        lab = harness.start_lab(root, env=home_env(work / "home"))
        lab_url = f"{lab.url}/lab/tree/{lite_site.START}?reset&token={lab.token}"
        with contextlib.ExitStack() as stack, sync_playwright() as p:
            base = stack.enter_context(lite_site.serve(site, log=logs[""]))
            other = (
                stack.enter_context(lite_site.serve(against, log=logs["against "]))
                if against
                else None
            )
            browser = _browser(p)
            try:
                for n in range(1, rounds + 1):
                    ctx = _context(browser, [], outside)
                    seen.setdefault("lab", []).append(_open_00(ctx.new_page(), lab_url))
                    ctx.close()
                    cpython.append(cpython_part(work))
                    sites = [("", base, shots if n == 1 else None)]
                    if other:  # each site goes first in every other round
                        sites.insert(n % 2, ("against ", other, None))
                    for key, url, folder in sites:
                        cold, again = _lite_round(p, url, folder, key or "lite", logs[key], outside)
                        seen.setdefault(f"{key}cold", []).append(cold)
                        seen.setdefault(f"{key}reload", []).append(again)
                    row = ", ".join(f"{k} {v[-1].first_widget:.1f} s" for k, v in seen.items())
                    print(f"(round {n}: {row})", flush=True)
            finally:
                browser.close()
    finally:
        if lab is not None:
            harness.stop(lab)
        shutil.rmtree(work, ignore_errors=True)
    _report(seen, cpython, outside)


def _report(seen: dict[str, list[Open]], cpython: list[dict], outside: list[str]) -> None:
    names = {
        "cold": "Lite, cold",
        "reload": "Lite, reload",
        "lab": "JupyterLab, cold",
        "against cold": "other site, cold",
        "against reload": "other site, reload",
    }
    n = len(seen["lab"])
    print(f"\nNotebook 00, page load to the first peerlearn widget (the explorer), median of {n}:")
    for key, runs in seen.items():
        widget = _median([o.first_widget for o in runs])
        shown = _median([o.notebook_shown for o in runs])
        idle = _median([o.kernel_idle for o in runs])
        part = _median([o.peerlearn for o in runs])
        drive = _median([o.drive_requests for o in runs])
        at_start = _median([o.drive_at_start for o in runs])
        note = (
            f"; {drive:.0f} requests to /api/drive, {at_start:.0f} of them before Idle"
            if key != "lab"
            else ""
        )
        print(
            f"  {names[key]:19} {widget:6.1f} s (notebook shown after {shown:4.1f} s, kernel idle "
            f"after {idle:5.1f} s, then Run All to the widget {part:4.1f} s{note})"
        )
        if key != "lab":
            last = runs[-1]
            big = [f for f in last.fetched if "/static/pyodide/" in f or f.endswith(".wasm")]
            print(
                f"  {'':19} the site server's answers (last round): "
                + ", ".join(f"{k}: {v}" for k, v in sorted(last.served.items()))
                + (f"; sent whole from static/pyodide: {len(big)}" if big else "")
            )

    def ratio(a: str, b: str, attr: str = "first_widget") -> str:
        each = [getattr(x, attr) / getattr(y, attr) for x, y in zip(seen[a], seen[b], strict=True)]
        return f"{_median(each):.2f}x (rounds: {', '.join(f'{r:.2f}' for r in each)})"

    for key, runs in seen.items():
        for n, o in enumerate(runs, 1):
            for line in o.notes:
                print(f"  {names[key]}, round {n}: {line.removeprefix('peerlearn: ')}")
    steps = {
        "worker": "worker started",
        "evaluated": "kernel.mjs loaded",
        "info": "saved start's list",
        "memory": "Python's memory ready",
        "wasm": "WebAssembly ready",
        "restored": "Python restored",
        "files": "files written",
        "python2": "kernel's start-up Python done",
    }
    for key, runs in seen.items():
        marks = [o.marks for o in runs if o.marks]
        if not marks:
            continue
        at = {
            label: _median([m[k] for m in marks if k in m])
            for k, label in steps.items()
            if any(k in m for m in marks)
        }
        at = {
            "notebook shown": _median([o.notebook_shown for o in runs]),
            **at,
            "Idle seen": _median([o.kernel_idle for o in runs]),
        }
        print(
            f"  {names[key]}, the kernel's start in the page (medians, s from page load): "
            + ", ".join(f"{label} {t:.2f}" for label, t in at.items())
        )
    print(f"  Lite/Lab, cold:    {ratio('cold', 'lab')} (aim <= 2x)")
    print(f"  reload/cold, Lite: {ratio('reload', 'cold')} (aim <= 0.7x)")
    print(f"  kernel idle, reload/cold, Lite: {ratio('reload', 'cold', 'kernel_idle')}")
    polled = {k: _median([o.polled.get("widget", 0.0) for o in runs]) for k, runs in seen.items()}
    each = [
        x.polled["widget"] / y.polled["widget"]
        for x, y in zip(seen["reload"], seen["cold"], strict=True)
        if x.polled.get("widget") and y.polled.get("widget")
    ]
    print(
        "  the same, as Playwright's polling waits saw them (up to 0.5 s late at each of the three "
        "waits, and the harness's reaction before Run All): "
        + ", ".join(f"{names[k]} {v:.1f} s" for k, v in polled.items())
        + (f"; reload/cold {_median(each):.2f}x" if each else "")
    )
    if "against cold" in seen:
        print(f"  other site/Lab, cold: {ratio('against cold', 'lab')}")
        print(f"  this site/other site, cold: {ratio('cold', 'against cold')}")
        print(f"  reload/cold, other site: {ratio('against reload', 'against cold')}")
    lite_part = _median([o.peerlearn for o in seen["cold"]])
    py = _median([c["all"] for c in cpython])
    print(
        "  peerlearn's part in Lite (Run All to the widget: install cell, import, the cells "
        f"before it, the widget), cold: {lite_part:.1f} s = "
        f"{ratio('cold', 'lab', 'peerlearn')} JupyterLab's (aim <= 1.5 s on a quiet machine)"
    )
    print(
        f"  the same work in CPython, a new process (import ipywidgets "
        f"{_median([c['ipywidgets'] for c in cpython]):.2f} s, then the cells up to "
        f"pl.explore() {_median([c['cells'] for c in cpython]):.2f} s): {py:.2f} s; "
        f"Lite's part is {lite_part / py:.1f}x that"
    )
    explore = {
        names[k]: _median(xs)
        for k, runs in seen.items()
        if (xs := [o.explore for o in runs if o.explore is not None])
    }
    for key, runs in seen.items():
        if key == "lab" or not runs or not runs[0].cells:
            continue
        first = [_label(source) for source, _ in runs[0].cells]
        cells = []
        for i, line in enumerate(first):
            xs = [o.cells[i][1] for o in runs if len(o.cells) > i and o.cells[i][1] is not None]
            if xs:
                cells.append(f"{line!r} {_median(xs):.2f}")
        print(f"  {names[key]}, each cell's run in the kernel (median s): " + "; ".join(cells))
    cpy = [c["explore"] for c in cpython if c.get("explore") is not None]
    print(
        "  pl.explore() first view, the cell's run in the kernel (execute_input to reply), median: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in explore.items())
        + " (aim in Lite <= 1 s)"
        + (f"; in CPython, built in a new process: {_median(cpy):.2f} s" if cpy else "")
    )
    if outside:
        print(f"  PROBLEM: {len(outside)} requests went for outside 127.0.0.1: {outside[:5]}")
    else:
        print("  no request went for outside 127.0.0.1")


def hub(n: int) -> None:
    import hubrun

    h = hubrun.Hub(n, state=Path(tempfile.mkdtemp(prefix="pl-bench-hub-")))
    try:
        h.start()
        spawn = h.spawn_all(timeout=60 + 10 * n)
        run = h.run_all(timeout=120 + 10 * n)
        h.measure()
        infra = h.infra_mib()
        bare = h.open_kernel(h.learners[0].name, "course/bare.ipynb")
        try:
            bare.execute("1", 60)
            bare_mib = h.kernel_rss(h.learners[0].name, bare.id)
        finally:
            bare.close()
        errors = {x.name: x.errors for x in h.learners if x.errors}
    finally:
        left = h.stop()
        shutil.rmtree(h.state, ignore_errors=True)
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    per = mean([x.total_mib for x in h.learners])
    server = mean([x.server_mib for x in h.learners])
    kernel = mean([x.kernels_mib for x in h.learners])
    cpu = mean([x.cpu_s for x in h.learners])
    share = kernel - bare_mib
    print(f"\nJupyterHub, {n} learners spawned together on {os.cpu_count()} cores:")
    print(f"  spawn: all ready after {spawn:.1f} s = {spawn / n:.1f} s per learner")
    print(
        f"  notebooks 00 and 02 in every learner: {run:.1f} s in all ({run / n:.1f} s per learner)"
    )
    print(f"  memory per learner: {per:.0f} MiB = server {server:.0f} + kernel {kernel:.0f} MiB")
    print(
        f"  peerlearn's share: kernel after 00 and 02 {kernel:.0f} MiB - bare kernel "
        f"{bare_mib:.0f} MiB = {share:.0f} MiB (aim <= 40 MiB): {share / 40:.2f}x the aim"
    )
    print(f"  CPU per learner (server start + both notebooks): {cpu:.1f} s")
    print(f"  hub {infra['hub']:.0f} MiB, proxy {infra['proxy']:.0f} MiB")
    if errors or left:
        print(f"  PROBLEMS: errors {errors}; left running {left}")
    print("\nWhat a hub needs (worked out from the figures above; RAM with 25% headroom):")
    print("  learners | RAM, all servers up | cores to start the class in 5 min | spawn on 2 cores")
    for size in (40, 300, 1000):
        ram = (size * per + infra["hub"] + infra["proxy"] + size * 0.5) * 1.25 / 1024
        cores = size * cpu / 300
        print(
            f"  {size:8} | {ram:7.1f} GiB           | {max(cores, 1):6.1f}"
            f"                                   | {size * spawn / n / 60:5.1f} min"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--learners", type=int, default=int(os.environ.get("PEERLEARN_HUB_LEARNERS", "3"))
    )
    ap.add_argument("--no-lite", action="store_true")
    ap.add_argument("--no-hub", action="store_true")
    ap.add_argument("--site", type=Path, help="a Lite site already built (default: build one)")
    ap.add_argument("--screenshots", type=Path, help="a folder for the Lite screenshots")
    ap.add_argument("--rounds", type=int, default=2, help="Lite/Lab rounds, interleaved")
    ap.add_argument("--against", type=Path, help="a second Lite site to measure in each round")
    args = ap.parse_args()
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    if not args.no_lite:
        lite_vs_lab(args.site, args.screenshots, args.rounds, args.against)
    if not args.no_hub:
        hub(args.learners)
    return 0


if __name__ == "__main__":
    sys.exit(main())
