"""Build and serve the course's JupyterLite site: one place for ``make lite``, the Lite tests and
the classroom benchmark.

    python classroom/lite/lite_site.py [--dir .classroom/lite] [--port 8765]

serves a built site on 127.0.0.1 and prints the address a learner opens (the site's start page,
notebook ``00_start_here``). Any static web server can serve the site; this one also tells the
browser what it may keep for a reload (``Cache-Control``):

- files whose names carry a content hash (JupyterLab's ``build/`` and the extensions' bundles) never
  change under their name: kept for a year without asking again;
- everything else (the Pyodide runtime, the wheels, the settings, the notebooks) is kept, but the
  browser asks whether it changed before using it (``no-cache``: an answer "304 Not Modified" costs
  one small request, and a rebuilt site is never served stale).

Example (in a test or a benchmark)::

    with serve(site_dir) as base:
        page.goto(start_url(base))
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["START", "build", "cache_control", "serve", "start_url"]

REPO = Path(__file__).resolve().parents[2]
BUILD = Path(__file__).resolve().parent / "build.py"
#: the notebook the site opens on
START = "00_start_here.ipynb"
# names with a content hash: webpack's "1104.7dc09dc.js", "remoteEntry.abcac41d5ca77040.js"
_HASHED = re.compile(r"[.-][0-9a-f]{7,}\.(?:js|css|woff2?|svg|png)$")


def start_url(base: str, path: str = START) -> str:
    """The address that opens ``path`` (a notebook in the site) in JupyterLab.

    >>> start_url("http://127.0.0.1:8765")
    'http://127.0.0.1:8765/lab/index.html?path=00_start_here.ipynb'
    """
    return f"{base.rstrip('/')}/lab/index.html?path={urllib.parse.quote(path)}"


def cache_control(path: str) -> str:
    """The ``Cache-Control`` header for a site file (its URL path).

    >>> cache_control("/build/1104.7dc09dc.js")
    'public, max-age=31536000, immutable'
    >>> cache_control("/static/pyodide/pyodide.asm.wasm")
    'no-cache'
    """
    name = urllib.parse.urlsplit(path).path
    if _HASHED.search(name):
        return "public, max-age=31536000, immutable"
    return "no-cache"


class CachingHandler(SimpleHTTPRequestHandler):
    """Python's static file server, with the ``Cache-Control`` of :func:`cache_control`.

    ``SimpleHTTPRequestHandler`` already answers ``If-Modified-Since`` with 304.
    """

    def end_headers(self) -> None:
        self.send_header("Cache-Control", cache_control(self.path))
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if os.environ.get("PEERLEARN_LITE_LOG"):
            super().log_message(format, *args)


def build(
    out: Path, *args: str, extra_contents: Path | None = None, timeout: float = 900
) -> subprocess.CompletedProcess:
    """Run ``build.py`` into ``out`` (more of its options in ``args``); its output is captured.

    Example: ``build(tmp / "site", "--offline", extra_contents=Path("tests/lite/site"))``.
    """
    cmd = [sys.executable, str(BUILD), "--out", str(out), *args]
    if extra_contents is not None:
        cmd += ["--extra-contents", str(extra_contents)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(
    site: Path, port: int | None = None, timeout: float = 30, log: Path | None = None
) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a process of its own) while the block runs; yields its base URL.
    With ``log``, every request is written there, one line each (path and status: 200, or 304
    when the browser's copy was still good).

    Example: ``with serve(Path(".classroom/lite")) as base: print(start_url(base))``.
    """
    port = port or _free_port()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--dir", str(site), "--port", str(port)]
    env = dict(os.environ)
    env.pop("PEERLEARN_LITE_LOG", None)
    errors = subprocess.DEVNULL if log is None else log.open("ab")
    if log is not None:
        env["PEERLEARN_LITE_LOG"] = "1"
    proc = subprocess.Popen(
        [*cmd, "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=errors,
        start_new_session=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(base + "/jupyter-lite.json", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
        if log is not None:
            errors.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=REPO / ".classroom" / "lite")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--quiet", action="store_true", help="print nothing (tests)")
    args = ap.parse_args(argv)
    if not (args.dir / "jupyter-lite.json").is_file():
        sys.exit(f"no JupyterLite site in {args.dir}: build it first (make lite-build)")
    handler = functools.partial(CachingHandler, directory=str(args.dir))
    with ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
        if not args.quiet:
            base = f"http://127.0.0.1:{args.port}"
            print(f"The course in JupyterLite: open {start_url(base)}", flush=True)
            print(f"(or {base}/ ; stop the server with Ctrl+C)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
