"""Start JupyterLab and Voilà on 127.0.0.1, drive Debian's chromium with Playwright, run axe-core.

Used by ``conftest.py`` (the browser tests) and by ``benchmarks/bench_widgets.py``.

Offline note (for instructors on a closed network): Voilà's default ("lab") template asks public
CDNs for Font Awesome and MathJax. On a closed network those requests fail: widget icons drawn with
Font Awesome come out blank and LaTeX in Markdown cells stays as raw ``$...$`` text. peerlearn's
widgets use neither (no ``icon=`` on buttons, no maths), so its explorer works offline; notebooks
that add their own icons or equations will miss them. The servers here run with the networking
flags below, so a test that depended on a CDN would fail here rather than in a classroom.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
NOTEBOOKS = HERE / "notebooks"
SCREENSHOTS = HERE / "screenshots"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("PEERLEARN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]
INSTALL_HINT = (
    "the browser tests need Debian's chromium at {path} (`apt-get install chromium`), the "
    "Python package playwright (never `playwright install`), and axe-core "
    "(`npm install --prefix tests/browser axe-core`)"
)


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when everything is in place."""
    problems = []
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        problems.append(f"no chromium at {CHROMIUM}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("playwright is not installed")
    if not AXE.exists():
        problems.append(f"axe-core is not installed ({AXE} is missing)")
    if not problems:
        return None
    return "; ".join(problems) + ": " + INSTALL_HINT.format(path=CHROMIUM)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    kind: str
    url: str
    token: str
    proc: subprocess.Popen
    root: Path
    log: Path
    temp: list[Path] = field(default_factory=list)

    def api(self, path: str, method: str = "GET") -> object:
        sep = "&" if "?" in path else "?"
        req = urllib.request.Request(f"{self.url}{path}{sep}token={self.token}", method=method)
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def delete_sessions(self) -> None:
        for s in self.api("/api/sessions") or []:  # type: ignore[union-attr]
            with contextlib.suppress(OSError):
                self.api(f"/api/sessions/{s['id']}", method="DELETE")


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _wait(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            msg = f"server exited with {proc.returncode}; log:\n{log.read_text()[-3000:]}"
            raise RuntimeError(msg)
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    msg = f"server at {url} did not answer within {timeout} s; log:\n{log.read_text()[-3000:]}"
    raise RuntimeError(msg)


def _root_args() -> list[str]:
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def start_lab(root: Path, env: dict[str, str] | None = None) -> Server:
    """JupyterLab with throw-away settings (no news pop-up, no autosave) on a free port."""
    port, token = free_port(), secrets.token_hex(16)
    settings = Path(tempfile.mkdtemp(prefix="pl-lab-settings-"))
    workspaces = Path(tempfile.mkdtemp(prefix="pl-lab-ws-"))
    for rel, value in {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
        # every cell stays in the page (no virtual scrolling): a test sees, and a screenshot
        # shows, the whole notebook
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }.items():
        p = settings / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(value))
    log = Path(tempfile.mkstemp(prefix="pl-lab-", suffix=".log")[1])
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ip",
        "127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        "--ServerApp.open_browser=False",
        f"--ServerApp.root_dir={root}",
        *_root_args(),
    ]
    extra = {"JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTERLAB_WORKSPACES_DIR": str(workspaces)}
    with log.open("w") as fh:
        proc = subprocess.Popen(
            cmd,
            env=_env({**extra, **(env or {})}),
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    server = Server("lab", url, token, proc, root, log, [settings, workspaces])
    try:
        _wait(f"{url}/api/status?token={token}", proc, log)
    except Exception:
        stop(server)
        raise
    return server


def start_voila(root: Path, env: dict[str, str] | None = None) -> Server:
    """Voilà serving every notebook of ``root`` (``/voila/render/<name>.ipynb``) on a free port."""
    port, token = free_port(), secrets.token_hex(16)
    log = Path(tempfile.mkstemp(prefix="pl-voila-", suffix=".log")[1])
    cmd = [
        sys.executable,
        "-m",
        "voila",
        str(root),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        f"--Voila.root_dir={root}",
        f"--token={token}",
    ]
    with log.open("w") as fh:
        proc = subprocess.Popen(
            cmd, env=_env(env or {}), stdout=fh, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    server = Server("voila", url, token, proc, root, log)
    try:
        _wait(f"{url}/?token={token}", proc, log)
    except Exception:
        stop(server)
        raise
    return server


def stop(server: Server) -> None:
    """Stop a server started here (its whole process group: kernels too): terminate, then kill."""
    proc = server.proc
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    for p in server.temp:
        shutil.rmtree(p, ignore_errors=True)


#: Chromium's own name resolution: every host but 127.0.0.1 resolves to nothing (offline).
OFFLINE_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


def launch(playwright: object, *, offline: bool = False) -> object:
    """Debian's chromium, headless, with no background networking (and, ``offline``, no host
    but 127.0.0.1 reachable)."""
    args = [*CHROMIUM_ARGS, *(OFFLINE_ARGS if offline else [])]
    return playwright.chromium.launch(  # type: ignore[attr-defined]
        executable_path=CHROMIUM, headless=True, args=args
    )


def copy_notebooks(dest: Path) -> Path:
    """Copy the test notebooks to a throw-away folder (servers never write into the repo)."""
    dest.mkdir(parents=True, exist_ok=True)
    for nb in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(nb, dest / nb.name)
    return dest


# ---------------------------------------------------------------------- page helpers
#: The laptop screen the course is checked at (issue 21); tests that need more room say so.
LAPTOP = {"width": 1280, "height": 720}


@contextlib.contextmanager
def browser_page(
    browser: object,
    viewport: dict[str, int] = LAPTOP,
    *,
    timeout: float = 30_000,
    console_errors: Iterable[str] | None = None,
) -> Iterator[object]:
    """A page in a new context at ``viewport`` whose uncaught errors are kept in ``page.errors``.

    ``console_errors``: also keep console errors (``"console error: ..."``), except those
    containing one of these strings. The context is closed on leaving.
    """
    context = browser.new_context(viewport=viewport)  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(timeout)
    errors: list[str] = []
    page.errors = errors
    page.on("pageerror", lambda e: errors.append(str(e)))
    if console_errors is not None:
        harmless = tuple(console_errors)
        page.on(
            "console",
            lambda m: (
                errors.append(f"console error: {m.text}")
                if m.type == "error" and not any(h in m.text for h in harmless)
                else None
            ),
        )
    try:
        yield page
    finally:
        context.close()


@contextlib.contextmanager
def lab_page(
    browser: object,
    server: Server,
    notebook: str | None = None,
    viewport: dict[str, int] = LAPTOP,
    *,
    ready: str | None = None,
    ready_timeout: float = 60_000,
    timeout: float = 30_000,
    console_errors: Iterable[str] | None = None,
) -> Iterator[object]:
    """A :func:`browser_page` on a JupyterLab server with no kernel sessions left over.

    With ``notebook``, the notebook is opened and run (:func:`open_lab_notebook`); with ``ready``,
    the first element that selector matches is waited for (``ready_timeout``). Sessions are
    deleted before and after.
    """
    server.delete_sessions()
    try:
        with browser_page(
            browser, viewport, timeout=timeout, console_errors=console_errors
        ) as page:
            if notebook is not None:
                open_lab_notebook(page, server, notebook)
                if ready is not None:
                    page.locator(ready).first.wait_for(timeout=ready_timeout)  # type: ignore[attr-defined]
            yield page
    finally:
        with contextlib.suppress(OSError):
            server.delete_sessions()


def open_lab_notebook(page: object, server: Server, name: str, timeout: float = 60_000) -> None:
    """Open a notebook in JupyterLab, wait for its kernel, and run all cells."""
    page.goto(f"{server.url}/lab/tree/{name}?reset&token={server.token}")  # type: ignore[attr-defined]
    page.locator(".jp-StatusBar-Widget", has_text="| Idle").first.wait_for(timeout=timeout)  # type: ignore[attr-defined]
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()  # type: ignore[attr-defined]
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()  # type: ignore[attr-defined]


def go_to_question(page: object, n: int, of: int, within: str = ".jp-OutputArea-output") -> None:
    """Show question ``n`` (of ``of``) of the paged set in ``within`` through its "Go to" menu,
    and wait until the pager says so."""
    from playwright.sync_api import expect

    nav = page.locator(f"{within} .peerlearn-pager-nav")  # type: ignore[attr-defined]
    nav.locator("select").select_option(index=n - 1)
    expect(nav.locator(".peerlearn-position")).to_have_text(f"Question {n} of {of}")


def open_voila(page: object, server: Server, name: str) -> None:
    page.goto(f"{server.url}/voila/render/{name}?token={server.token}")  # type: ignore[attr-defined]


def run_axe(page: object, selector: str) -> list[dict]:
    """Run axe-core on the element ``selector`` matches; return its serious/critical violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):  # type: ignore[attr-defined]
        page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        """async (sel) => {
            const el = document.querySelector(sel);
            if (!el) { return {error: 'nothing matches ' + sel}; }
            const r = await axe.run(el, {resultTypes: ['violations']});
            return {violations: r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => ({target: n.target, html: n.html.slice(0, 200),
                                                      summary: n.failureSummary}))}))};
        }""",
        selector,
    )
    if "error" in result:
        raise AssertionError(result["error"])
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def all_violations(page: object, selector: str) -> list[dict]:
    """Every axe violation (any impact), for a report."""
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    return page.evaluate(  # type: ignore[attr-defined]
        "async (sel) => (await axe.run(document.querySelector(sel))).violations"
        ".map(v => ({id: v.id, impact: v.impact, n: v.nodes.length}))",
        selector,
    )


#: axe's rule tags for WCAG 2.2 AA (target size and the rest) plus its best practices.
WCAG22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def run_axe_on_all(
    page: object, selector: str, exclude: str | None = None, *, wcag22: bool = False
) -> list[dict]:
    """Run axe-core on every element ``selector`` matches (minus those ``exclude`` matches);
    return the serious and critical violations. ``selector`` ``.jp-OutputArea-output`` checks
    peerlearn's own markup; ``.jp-NotebookPanel`` with that ``exclude`` checks JupyterLab's.
    ``wcag22``: run the WCAG 2.2 AA rules too (target size), which axe leaves out by default."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):  # type: ignore[attr-defined]
        page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        """async ([sel, exc, tags]) => {
            const include = [...document.querySelectorAll(sel)];
            if (!include.length) { return {error: 'nothing matches ' + sel}; }
            const context = {include};
            if (exc) { context.exclude = [...document.querySelectorAll(exc)]; }
            const options = {resultTypes: ['violations']};
            if (tags) { options.runOnly = {type: 'tag', values: tags}; }
            const r = await axe.run(context, options);
            return {violations: r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                nodes: v.nodes.slice(0, 3).map(n => ({target: n.target, html: n.html.slice(0, 200),
                                                      summary: n.failureSummary}))}))};
        }""",
        [selector, exclude, WCAG22 if wcag22 else None],
    )
    if "error" in result:
        raise AssertionError(result["error"])
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


# ---------------------------------------------------------------------- measuring (issue 21)
#: The most a peerlearn widget output may be at :data:`LAPTOP`, in px: the window's height
#: (JupyterLab's bars take ~130 px, so one scroll shows the rest: "about one screen").
LIMIT = 720
#: The explorer app's tabs, each measured.
TABS = ("Mechanisms", "Sources", "Concept map", "Timeline")

#: Every widget output of the notebook: its height, and whether it is the explorer app.
OUTPUTS_JS = """() => [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output')]
  .map((o, i) => ({i, o}))
  .filter(({o}) => o.querySelector('.jupyter-widgets'))
  .map(({o, i}) => ({
    i,
    height: Math.round(o.getBoundingClientRect().height),
    app: !!o.querySelector('.pl-app'),
    set: !!o.querySelector('.peerlearn-set'),
    kind: [...(o.querySelector('[class*="pl-"], [class*="peerlearn-"]') || {classList: []})
      .classList].filter(c => /^(pl-|peerlearn-)/.test(c)).join(' '),
  }))"""

#: The concept map's drawn boxes in page pixels: labels (text) and marks (node shapes).
MAP_BOXES_JS = """root => {
  const svg = root.querySelector('svg.pl-svg');
  const shown = e => getComputedStyle(e).display !== 'none';
  const box = e => { const r = e.getBoundingClientRect();
    return {node: (e.closest('.pl-node') || {dataset: {}}).dataset.node || '',
            text: e.textContent.trim(), x: r.x, y: r.y, width: r.width, height: r.height}; };
  return {
    labels: [...svg.querySelectorAll('.pl-label')].filter(e => shown(e) && e.textContent.trim())
      .map(box),
    marks: [...svg.querySelectorAll('.pl-shape')].filter(shown).map(box),
  };
}"""


def overlap(a: dict[str, float], b: dict[str, float], slack: float = 0.5) -> bool:
    """Whether two boxes share more than ``slack`` px each way (anti-aliasing aside).

    >>> a = {"x": 0, "y": 0, "width": 10, "height": 10}
    >>> overlap(a, dict(a, x=9)), overlap(a, dict(a, x=10))
    (True, False)
    """
    return not (
        a["x"] + a["width"] <= b["x"] + slack
        or b["x"] + b["width"] <= a["x"] + slack
        or a["y"] + a["height"] <= b["y"] + slack
        or b["y"] + b["height"] <= a["y"] + slack
    )


def map_clashes(boxes: dict[str, list[dict]]) -> list[str]:
    """Each label that meets a mark or another label, in words.

    >>> b = {"x": 0, "y": 0, "width": 10, "height": 10}
    >>> map_clashes({"labels": [dict(b, text="A", node="n")], "marks": [dict(b, x=20, node="m")]})
    []
    >>> map_clashes({"labels": [dict(b, text="A", node="n")], "marks": [dict(b, x=5, node="m")]})
    ["label 'A' (n) meets the mark of m"]
    """
    labels, marks = boxes["labels"], boxes["marks"]
    found = [
        f"label {a['text']!r} ({a['node']}) meets the mark of {m['node']}"
        for a in labels
        for m in marks
        if overlap(a, m)
    ]
    found += [
        f"label {a['text']!r} meets label {b['text']!r}"
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if overlap(a, b)
    ]
    return found


def shoot(page: object, output: object, path: Path) -> None:
    """A screenshot of the window with ``output`` scrolled to its top."""
    output.evaluate("el => el.scrollIntoView({block: 'start'})")  # type: ignore[attr-defined]
    page.screenshot(path=str(path))  # type: ignore[attr-defined]


def measure_app(
    page: object, output: object, stem: str, shots: Path, timeout: float = 5_000
) -> dict[str, object]:
    """The explorer app's height on each tab, and the concept map's label boxes."""
    from playwright.sync_api import expect

    found: dict[str, object] = {}
    for tab in TABS:
        output.locator(".lm-TabBar-tab", has_text=tab).first.click()  # type: ignore[attr-defined]
        current = output.locator(".lm-TabBar-tab.lm-mod-current", has_text=tab)  # type: ignore[attr-defined]
        expect(current).to_have_count(1, timeout=timeout)
        if tab in ("Concept map", "Timeline"):
            cls = ".pl-conceptmap" if tab == "Concept map" else ".pl-timeline"
            svg = output.locator(f"{cls} svg.pl-svg")  # type: ignore[attr-defined]
            expect(svg).to_be_visible(timeout=timeout)
        elif tab == "Sources":  # its table drawn (in Lite it was measured at 196 px, undrawn)
            table = output.locator(".pl-source-browser .pl-table")  # type: ignore[attr-defined]
            expect(table.first).to_be_visible(timeout=timeout)
        found[tab] = round(output.bounding_box()["height"])  # type: ignore[attr-defined]
        shoot(page, output, shots / f"screens-{stem}-{tab.replace(' ', '-').lower()}.png")
        if tab == "Concept map":
            cmap = output.locator(".pl-conceptmap")  # type: ignore[attr-defined]
            cmap.locator('[data-node="mechanism:helper-role"]').click()
            details = cmap.locator(".pl-details")
            heading = details.locator("h4", has_text="The helper role")
            expect(heading).to_be_visible(timeout=timeout)
            found["map boxes"] = cmap.locator(".pl-picture-root").evaluate(MAP_BOXES_JS)
            width = LAPTOP["width"]
            for what, loc in (("details", details), ("key", cmap.locator(".pl-key"))):
                b = loc.bounding_box()
                found[f"{what} right edge"] = round(b["x"] + b["width"]) if b else width + 1
            found["Concept map (selected)"] = round(output.bounding_box()["height"])  # type: ignore[attr-defined]
            shoot(page, output, shots / f"screens-{stem}-map-selected.png")
    output.locator(".lm-TabBar-tab", has_text=TABS[0]).first.click()  # type: ignore[attr-defined]
    return found


def measure_widgets(
    page: object, name: str, shots: Path, *, reveal: bool = True, timeout: float = 5_000
) -> tuple[list[str], list[str]]:
    """Measure every peerlearn widget output of the notebook ``name`` open (and run) in
    ``page`` at :data:`LAPTOP`: (one line of heights per widget, the problems found).

    A problem is a height over :data:`LIMIT`, a concept-map label meeting a mark or another
    label, or the map's key or details past the window's right edge; each names the notebook
    and the widget. ``reveal``: also measure an exercise set with one answer shown (it records a
    *reveal* event, so a test that counts records says ``False``). Screenshots go to ``shots``
    as ``screens-<notebook>-<n>.png``. Every DOM check waits (``expect``, ``timeout`` ms).
    """
    from playwright.sync_api import expect

    outputs = page.locator(".jp-NotebookPanel .jp-OutputArea-output:has(.jupyter-widgets)")  # type: ignore[attr-defined]
    expect(page.locator(".jp-NotebookPanel .jp-OutputArea-output")).not_to_have_count(  # type: ignore[attr-defined]
        0, timeout=timeout
    )
    expect(page.get_by_text("Loading widget...")).to_have_count(0, timeout=timeout)  # type: ignore[attr-defined]
    stem = name.removesuffix(".ipynb").replace("/", "-")
    lines: list[str] = []
    problems: list[str] = []
    for n, m in enumerate(page.evaluate(OUTPUTS_JS)):  # type: ignore[attr-defined]
        out = outputs.nth(n)
        shoot(page, out, shots / f"screens-{stem}-{n + 1}.png")
        heights = {"shown": m["height"]}
        where = f"{name} widget {n + 1} ({m['kind'][:40]})"
        if m["app"]:
            app = measure_app(page, out, stem, shots, timeout)
            problems += [f"{where}: {c}" for c in map_clashes(app.pop("map boxes"))]  # type: ignore[arg-type]
            for edge in ("details right edge", "key right edge"):
                if app.pop(edge) > LAPTOP["width"]:  # type: ignore[operator]
                    problems.append(f"{where}: the map's {edge} is off-screen")
            heights.update(app)  # type: ignore[arg-type]
        if m["set"] and reveal:  # the longest a question gets: its answer with every explanation
            button = out.locator(".peerlearn-exercise button", has_text="Show answer").first
            if button.count():
                button.click()
                expect(out.locator(".peerlearn-feedback").first).to_be_visible(timeout=timeout)
                heights["answer shown"] = round(out.bounding_box()["height"])  # type: ignore[index]
                shoot(page, out, shots / f"screens-{stem}-{n + 1}-answer.png")
        lines.append(f"{where}: {heights}")
        problems += [
            f"{where} ({k}) is {h} px tall, over {LIMIT} px"
            for k, h in heights.items()
            if h > LIMIT  # type: ignore[operator]
        ]
    return lines, problems
