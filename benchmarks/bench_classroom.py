"""What the course costs a class: the JupyterLite site, a JupyterHub's memory and time per learner.

Run: ``.venv/bin/python benchmarks/bench_classroom.py [--learners N] [--no-lite] [--no-hub]``
(needs ``make hub-deps lite-deps`` and Debian's chromium). Prints figures measured in this one
run, and ratios between them; asserts nothing.

* Lite vs Lab: the same notebook (tests/lite/site/smoke.ipynb: ``import peerlearn``, the explorer,
  an exercise) opened cold in JupyterLite (served from 127.0.0.1, every other request blocked) and
  in JupyterLab on this machine: time from page load to the first peerlearn widget. Aim: Lite
  under 1.5x Lab.
* Site: size of the built site and what it is made of.
* Hub: N learners spawned together (classroom/hub/jupyterhub_config.py), notebooks 00 and 02 run
  in each through the kernel API; memory per learner (server + kernel), peerlearn's share (the
  kernel after 00 and 02 against a bare kernel; aim 40 MiB or less), spawn time, CPU per learner;
  then what a hub of 40, 300 and 1,000 learners needs, worked out from those figures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(REPO / "tests" / "hub"))
sys.path.insert(0, str(REPO / "tests"))

import harness  # noqa: E402
from homes import home_env  # noqa: E402

SMOKE = REPO / "tests" / "lite" / "site"
OUT = ".jp-OutputArea-output"


def _run_all(page, idle: bool) -> None:
    page.locator(".jp-Notebook").wait_for(timeout=120_000)
    if idle:  # JupyterLab's Run All does nothing until the kernel is there (status bar: Idle)
        page.locator(".jp-StatusBar-Widget", has_text="| Idle").first.wait_for(timeout=300_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()


def _first_widget(page, url: str, idle: bool = False) -> float:
    t0 = time.monotonic()
    page.goto(url)
    _run_all(page, idle)
    page.locator(f"{OUT} .pl-explorer").wait_for(timeout=300_000)
    return time.monotonic() - t0


def build_site(out: Path) -> float:
    t0 = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            str(REPO / "classroom" / "lite" / "build.py"),
            "--out",
            str(out),
            "--extra-contents",
            str(SMOKE),
        ],
        check=True,
        capture_output=True,
    )
    return time.monotonic() - t0


def site_report(site: Path) -> None:
    groups = {
        "Pyodide runtime (static/pyodide: wasm, stdlib, the kernel's wheels)": "static/pyodide",
        "JupyterLab application (build/)": "build",
        "lab extensions (widgets, anywidget, pyodide kernel and its wheels)": "extensions",
        "peerlearn and its pure-Python wheels (pypi/)": "pypi",
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


def lite_vs_lab() -> None:
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="pl-bench-classroom-"))
    server = lab = None
    try:
        site = work / "site"
        print(f"site built in {build_site(site):.1f} s")
        site_report(site)
        port = harness.free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "http.server",
                str(port),
                "--bind",
                "127.0.0.1",
                "--directory",
                str(site),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(1)
        root = work / "lab"
        root.mkdir()
        shutil.copy2(SMOKE / "smoke.ipynb", root / "smoke.ipynb")
        lab = harness.start_lab(root, env=home_env(work / "home"))
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=harness.CHROMIUM,
                headless=True,
                args=[
                    *harness.CHROMIUM_ARGS,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                ],
            )
            try:
                ctx = browser.new_context(viewport={"width": 1280, "height": 900})
                lite_s = _first_widget(
                    ctx.new_page(), f"http://127.0.0.1:{port}/lab/index.html?path=smoke.ipynb"
                )
                ctx.close()
                ctx = browser.new_context(viewport={"width": 1280, "height": 900})
                lab_s = _first_widget(
                    ctx.new_page(), f"{lab.url}/lab/tree/smoke.ipynb?reset&token={lab.token}", True
                )
                ctx.close()
            finally:
                browser.close()
        print(
            f"\nfirst peerlearn widget after page load, cold: JupyterLite {lite_s:.1f} s, "
            f"JupyterLab {lab_s:.1f} s: Lite/Lab = {lite_s / lab_s:.1f}x (aim < 1.5x)"
        )
    finally:
        if lab is not None:
            harness.stop(lab)
        if server is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


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
    args = ap.parse_args()
    if not args.no_lite:
        lite_vs_lab()
    if not args.no_hub:
        hub(args.learners)
    return 0


if __name__ == "__main__":
    sys.exit(main())
