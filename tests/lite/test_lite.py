"""The JupyterLite site (marker ``lite``): it builds offline, holds the right things, passes
``jupyter lite check``, and runs the learner's core loop in Debian's chromium with every request
that is not to 127.0.0.1 blocked.

The core loop (tests/lite/smoke.ipynb, added to the site for this test): ``import peerlearn``, the
explorer, one exercise answered in its widget, the attempt recorded in the site's browser storage
(``/drive``) and still there after a page reload. Needs the Pyodide runtime from npm and
configurable wheels (``make lite-deps``); skipped without them or without chromium, except
under CI, where it fails.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO / "tests" / "browser"))

import harness  # noqa: E402

BUILD = REPO / "classroom" / "lite" / "build.py"
PYODIDE = REPO / ".classroom" / "node_modules" / "pyodide" / "pyodide.mjs"
pytestmark = pytest.mark.lite


def _need(why: str | None) -> None:
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"the Lite tests cannot run in CI: {why}", pytrace=False)
        pytest.skip(why)


def _build(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            str(BUILD),
            "--out",
            str(out),
            "--extra-contents",
            str(HERE / "site"),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def site() -> Iterator[Path]:
    _need(None if PYODIDE.exists() else f"no Pyodide runtime at {PYODIDE} (make lite-deps)")
    # a folder of our own: pytest's numbered tmp folders are pruned by other pytest runs
    work = Path(tempfile.mkdtemp(prefix="pl-lite-test-"))
    try:
        out = work / "site"
        t0 = time.monotonic()
        r = _build(out)  # may download the kernel's wheels into .classroom/wheels the first time
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        print(f"\nlite: site built in {time.monotonic() - t0:.1f} s")
        yield out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_build_works_offline_and_jupyter_lite_check_passes(site):
    t0 = time.monotonic()
    r = _build(site.parent / "again", "--offline", "--check")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    print(f"\nlite: offline rebuild and `jupyter lite check` in {time.monotonic() - t0:.1f} s")


def test_site_contents_wheels_and_settings(site):
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    assert config["defaultKernelName"] == "python"
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"].startswith("./static/pyodide/")  # self-hosted, not a CDN
    assert kernel["disablePyPIFallback"] is True
    extensions = {e["name"] for e in config["federated_extensions"]}
    assert {"@jupyter-widgets/jupyterlab-manager", "anywidget"} <= extensions
    # every course notebook, Lite's kernel name, the guarded install cell first
    course = sorted(
        p.relative_to(REPO / "notebooks") for p in (REPO / "notebooks").rglob("*.ipynb")
    )
    for rel in course:
        nb = json.loads((site / "files" / rel).read_text())
        assert nb["metadata"]["kernelspec"]["name"] == "python", rel
        first = next(c for c in nb["cells"] if c["cell_type"] == "code")
        src = "".join(first["source"])
        assert 'if sys.platform == "emscripten":' in src and "piplite.install" in src, rel
    # the wheels: peerlearn (with its course and compiled bank) and nothing compiled
    index = json.loads((site / "pypi" / "all.json").read_text())
    assert "peerlearn" in index
    wheels = sorted((site / "pypi").glob("*.whl"))
    assert wheels and all(w.name.endswith("-none-any.whl") for w in wheels), wheels
    import zipfile

    (pl_whl,) = [w for w in wheels if w.name.startswith("peerlearn-")]
    names = zipfile.ZipFile(pl_whl).namelist()
    assert (
        "peerlearn/data/exercises.json" in names
        and "peerlearn/_course/00_start_here.ipynb" in names
    )
    # the self-hosted Pyodide: every file its lock names for the kernel is here, hashes rewritten
    pyodide = site / "static" / "pyodide"
    lock = json.loads((pyodide / "pyodide-lock.json").read_text())["packages"]
    present = [p for p in lock.values() if (pyodide / p["file_name"]).exists()]
    assert {p["name"] for p in present} >= {"micropip", "packaging", "ipython", "jedi", "traitlets"}
    for p in present:
        assert hashlib.sha256((pyodide / p["file_name"]).read_bytes()).hexdigest() == p["sha256"]
    assert not any(n in {p["name"] for p in present} for n in ("numpy", "pandas", "lxml", "pyyaml"))


@pytest.fixture(scope="module")
def served(site) -> Iterator[str]:
    port = harness.free_port()
    proc = subprocess.Popen(
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
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/jupyter-lite.json", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


OUT = ".jp-OutputArea-output"


def _run_all(page, tries: int = 4) -> None:
    """Run every cell, once the Pyodide kernel is ready to take the request.

    A "Run All" sent while the kernel is still starting can be dropped (every cell stays at
    ``[ ]:``), more often on a loaded machine: ask again when no cell has started running
    (``[*]``, or prompts that changed) half a minute later.
    """
    page.locator(".jp-Notebook").wait_for(timeout=120_000)
    prompts = "[...document.querySelectorAll('.jp-InputPrompt')].map(e => e.innerText).join('|')"
    # a cell running shows [*]; a first run also changes the prompts (a reloaded notebook shows
    # its saved prompts until the new run reaches them)
    started = f"old => {prompts} !== old || {prompts}.includes('[*]')"
    for attempt in range(tries):
        before = page.evaluate(f"() => {prompts}")
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        try:
            page.wait_for_function(started, arg=before, timeout=30_000)
            return
        except Exception:
            if attempt == tries - 1:
                raise


def _line(page, prefix: str, timeout: float = 240_000) -> str:
    loc = page.locator(f"{OUT} pre", has_text=prefix).first
    loc.wait_for(timeout=timeout)
    text = loc.inner_text()
    found = [x for x in text.splitlines() if x.startswith(prefix)]
    assert found, f"no line starting {prefix!r} in:\n{text[-3000:]}"
    return found[0]


def test_core_loop_offline_in_the_browser(served, capsys):
    _need(_browser_missing())
    # Playwright's sync API refuses to start inside a running asyncio loop, and the browser
    # tests' session-wide Playwright (tests/browser/conftest.py) keeps one running in this
    # thread for the whole session: this test drives its own browser from a thread of its own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        seen = pool.submit(_core_loop, served).result()
    with capsys.disabled():
        print(
            f"\nlite: first peerlearn widget {seen['first_widget']:.1f} s after page load (cold); "
            f"after reload, the notebook ran again in {seen['reload_s']:.1f} s; "
            f"{seen['before']!r} -> {seen['after']!r}; "
            f"{len(seen['blocked'])} outside requests blocked; {seen['recorded']}"
        )
    assert seen["before"].endswith(": 0"), seen["before"]
    assert seen["after"].endswith(": 1"), (seen["after"], seen["folder"])


def _core_loop(served: str) -> dict:
    """Open the site offline, answer one exercise, reload; what the page said, and when."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    console: list[str] = []
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
            context = browser.new_context(viewport={"width": 1280, "height": 900})

            def local(url: str) -> bool:
                return url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))

            def block(route) -> None:
                blocked.append(route.request.url)
                route.abort()

            # only requests leaving 127.0.0.1 are intercepted (routing the site's own requests
            # would get between the page and JupyterLite's service worker)
            context.route(lambda url: not local(url), block)
            page = context.new_page()
            # what the page and the kernel said: shown when a wait times out (a slow, loaded
            # machine and a Python error in the kernel look the same from outside)
            page.on("console", lambda m: console.append(f"{m.type}: {m.text[:300]}"))
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            t0 = time.monotonic()
            page.goto(f"{served}/lab/index.html?path=smoke.ipynb")
            _run_all(page)
            run = _line(page, "run:")
            before = _line(page, "records before:")
            page.locator(f"{OUT} .pl-explorer").wait_for(timeout=180_000)
            first_widget = time.monotonic() - t0
            assert _line(page, "heavy modules:") == "heavy modules: []"
            assert _line(page, "platform:").startswith("platform: emscripten")
            box = page.locator(f"{OUT} .widget-radio-box").first
            exercise = page.locator(f"{OUT} .widget-vbox:has(> .widget-radio)").first
            box.locator("input[type=radio]").first.check()
            exercise.locator("button", has_text="Check answer").click()
            exercise.locator(".peerlearn-feedback").first.wait_for(timeout=60_000)
            # run the last cell again: it lists the progress folder, now with the attempt in it
            page.locator(".jp-CodeCell .jp-InputArea-editor").last.click()
            page.keyboard.press("Shift+Enter")
            page.wait_for_function(
                "() => [...document.querySelectorAll('.jp-OutputArea-output pre')]"
                ".some(e => /progress folder: .*progress/.test(e.innerText))",
                timeout=60_000,
            )
            recorded = _line(page, "progress folder:")
            t1 = time.monotonic()
            page.reload()
            _run_all(page)
            # the notebook was saved with its outputs: wait for this run's, not the last one's
            page.locator(f"{OUT} pre", has_text="run:").first.wait_for(timeout=240_000)
            page.wait_for_function(
                "old => [...document.querySelectorAll('.jp-OutputArea-output pre')]"
                ".some(e => e.innerText.includes('run:') && !e.innerText.includes(old))",
                arg=run.split()[-1],
                timeout=240_000,
            )
            after = _line(page, "records before:")
            folder = _line(page, "progress folder:")
            reload_s = time.monotonic() - t1
        except PlaywrightTimeout as e:
            shot = Path(tempfile.gettempdir()) / "pl-lite-timeout.png"
            with contextlib.suppress(Exception):
                page.screenshot(path=str(shot))
            outputs: list[str] = []
            with contextlib.suppress(Exception):
                outputs = page.locator(OUT).all_inner_texts()
            said = [c for c in console if not c.startswith("debug:")][-40:]
            raise AssertionError(
                f"{e}\n-- screenshot: {shot}\n-- outputs so far: {[o[:300] for o in outputs]}"
                "\n-- browser console (last 40):\n" + "\n".join(said)
            ) from None
        finally:
            browser.close()
    return {
        "first_widget": first_widget,
        "reload_s": reload_s,
        "before": before,
        "after": after,
        "folder": folder,
        "recorded": recorded,
        "blocked": blocked,
    }


def _browser_missing() -> str | None:
    import shutil

    problems = []
    if not (Path(harness.CHROMIUM).exists() or shutil.which(harness.CHROMIUM)):
        problems.append(f"no chromium at {harness.CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("playwright is not installed")
    return "; ".join(problems) or None
