"""Drive a local JupyterHub (classroom/hub/jupyterhub_config.py) with simulated learners.

Used by tests/hub/test_hub.py and benchmarks/bench_classroom.py. Everything listens on 127.0.0.1;
``Hub.stop()`` stops the learners' servers through the REST API, then the hub, then kills anything
left that it started (every process below the hub, and any process working in the hub's state
folder), so a failing test leaves nothing running.

Learners are created through the hub's REST API with a service token, their servers spawned
together, and code run in each through the Jupyter REST and websocket kernel API (the same path a
browser takes, through the proxy).
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
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "classroom" / "hub" / "jupyterhub_config.py"
PROXY = REPO / ".classroom" / "node_modules" / ".bin" / "configurable-http-proxy"
COURSE = ["00_start_here.ipynb", "02_lived_experience.ipynb"]
MiB = 1024 * 1024


def missing() -> str | None:
    """Why a hub cannot start here, or None."""
    problems = []
    if shutil.which("jupyterhub", path=str(Path(sys.executable).parent)) is None:
        problems.append("jupyterhub is not installed (pip install -e '.[test]')")
    if not PROXY.exists():
        problems.append(
            f"configurable-http-proxy is not installed at {PROXY} "
            "(make hub-deps, or npm install --prefix .classroom configurable-http-proxy)"
        )
    for mod in ("psutil", "websocket"):
        try:
            __import__(mod)
        except ImportError:
            problems.append(f"the Python package {mod} is missing")
    return "; ".join(problems) or None


def _free_block(size: int) -> int:
    """A base port with ``size`` free ports above it on 127.0.0.1."""
    for _ in range(200):
        base = 20000 + secrets.randbelow(30000)
        socks = []
        try:
            for p in range(base, base + size):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", p))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no block of free ports found")


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


@dataclass
class Learner:
    name: str
    spawn_s: float = 0.0
    run_s: float = 0.0
    errors: list[str] = field(default_factory=list)
    server_mib: float = 0.0
    kernels_mib: float = 0.0
    cpu_s: float = 0.0  # CPU time of the learner's server and kernels so far

    @property
    def total_mib(self) -> float:
        return self.server_mib + self.kernels_mib


class Hub:
    def __init__(self, learners: int, state: Path | None = None, course: str = "copy"):
        """``course``: "copy" (the hub copies the course into each home at spawn) or "none"
        (the caller brings it, e.g. with :meth:`git_pull`, as the hub test does)."""
        self.n = learners
        self.course = course
        self.state = state or Path(tempfile.mkdtemp(prefix="pl-hub-"))
        self.port = _free_block(12 + learners)
        self.token = secrets.token_hex(16)
        self.password = secrets.token_urlsafe(12)  # the learners' (the hub prints no other)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = self.state / "hub.log"
        self.proc: subprocess.Popen | None = None
        self.learners = [Learner(f"learner{i}") for i in range(1, learners + 1)]
        self._seen: set[int] = set()

    # -- process ---------------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> None:
        env = dict(os.environ)
        env.update(
            PEERLEARN_HUB_STATE=str(self.state),
            PEERLEARN_HUB_LEARNERS=str(self.n),
            PEERLEARN_HUB_PORT=str(self.port),
            PEERLEARN_HUB_PROXY=str(PROXY),
            PEERLEARN_HUB_TOKEN=self.token,
            PEERLEARN_HUB_PASSWORD=self.password,
            PEERLEARN_HUB_COURSE=self.course,
        )
        jh = Path(sys.executable).parent / "jupyterhub"
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [str(jh), "-f", str(CONFIG)],
                cwd=self.state,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyterhub exited: {self.tail()}")
            with contextlib.suppress(OSError, ValueError):
                self.api("/")
                return
            time.sleep(0.3)
        raise RuntimeError(f"jupyterhub did not answer in {timeout} s: {self.tail()}")

    def tail(self, n: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-n:] if self.log.exists() else ""

    def _remember(self) -> None:
        import psutil

        if self.proc is None:
            return
        with contextlib.suppress(psutil.Error):
            self._seen |= {p.pid for p in psutil.Process(self.proc.pid).children(recursive=True)}

    def stop(self) -> list[str]:
        """Stop everything this hub started; return what had to be killed (should be empty)."""
        import psutil

        self._remember()
        if self.proc is not None and self.proc.poll() is None:
            for learner in self.learners:  # kernels first, then the servers
                with contextlib.suppress(OSError, ValueError, TypeError):
                    for k in self.user_api(learner.name, "/kernels") or []:  # type: ignore[union-attr]
                        self.user_api(learner.name, f"/kernels/{k['id']}", method="DELETE")
            for learner in self.learners:
                with contextlib.suppress(OSError, ValueError):
                    self.api(f"/users/{learner.name}/server", method="DELETE")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self._running_servers():
                time.sleep(0.5)
            self._remember()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        deadline = time.monotonic() + 15  # let servers and kernels finish shutting down
        while time.monotonic() < deadline and any(_alive(p) for p in self._seen):
            time.sleep(0.3)
        killed = []
        state = str(self.state)
        for p in psutil.process_iter(["pid", "cmdline", "cwd", "status"]):
            try:
                if p.info["status"] == psutil.STATUS_ZOMBIE:
                    continue  # already dead, waiting for its parent to reap it
                ours = p.pid in self._seen or state in " ".join(p.info["cmdline"] or [])
                ours = ours or (p.info["cwd"] or "").startswith(state)
                if ours and p.pid != os.getpid() and p.is_running():
                    killed.append(" ".join(p.info["cmdline"] or [])[:120])
                    p.kill()
            except psutil.Error:
                continue
        return killed

    def _running_servers(self) -> bool:
        try:
            users = self.api("/users")
        except (OSError, ValueError):
            return False
        return any(u.get("servers") for u in users)  # type: ignore[union-attr]

    # -- REST ------------------------------------------------------------------------------------
    def request(self, url: str, method: str = "GET", body: object = None) -> object:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", f"token {self.token}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=60) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def api(self, path: str, method: str = "GET", body: object = None) -> object:
        return self.request(f"{self.url}/hub/api{path}", method, body)

    def user_api(self, name: str, path: str, method: str = "GET", body: object = None) -> object:
        return self.request(f"{self.url}/user/{name}/api{path}", method, body)

    # -- learners --------------------------------------------------------------------------------
    def spawn_all(self, timeout: float) -> float:
        """Create every learner and start their servers together; return the wall time."""
        names = [learner.name for learner in self.learners]
        existing = {u["name"] for u in self.api("/users")}  # type: ignore[union-attr]
        new = [n for n in names if n not in existing]  # allowed_users are created at start-up
        if new:
            self.api("/users", method="POST", body={"usernames": new})
        # sent at once, one thread each: the hub holds each request up to its slow_spawn_timeout
        # (10 s), so requests sent one after another would measure the driver, not the hub
        errors: list[str] = []

        def post(name: str) -> None:
            try:
                self.api(f"/users/{name}/server", method="POST", body={})
            except (OSError, ValueError) as e:
                errors.append(f"{name}: {e}")

        t0 = time.monotonic()
        posts = [threading.Thread(target=post, args=(n,), daemon=True) for n in names]
        for t in posts:
            t.start()
        for t in posts:
            t.join(timeout)
        if errors:
            raise RuntimeError(f"spawn requests failed: {errors}\n{self.tail()}")
        pending = {learner.name: learner for learner in self.learners}
        failed: list[str] = []
        deadline = t0 + timeout
        while pending and time.monotonic() < deadline:
            for name in list(pending):
                user = self.api(f"/users/{name}")
                server = user.get("servers", {}).get("")  # type: ignore[union-attr]
                if server and server.get("ready"):
                    pending.pop(name).spawn_s = time.monotonic() - t0
                elif not server and not user.get("pending"):  # type: ignore[union-attr]
                    # the hub gave up (its start_timeout): no server and nothing under way
                    failed.append(f"{name} after {time.monotonic() - t0:.0f} s")
                    pending.pop(name)
            self._remember()
            time.sleep(0.5)
        if failed:
            raise RuntimeError(
                f"the hub gave up spawning {len(failed)} of {len(names)} learners (its "
                f"Spawner.start_timeout): {', '.join(failed)}\n{self.tail()}"
            )
        if pending:
            raise RuntimeError(f"not spawned in {timeout} s: {sorted(pending)}\n{self.tail()}")
        return time.monotonic() - t0

    def git_pull(self, name: str, repo: str, target: str = "course", timeout: float = 120) -> str:
        """Open nbgitpuller's git-pull link as learner ``name`` (the page, then the pull it
        starts, read to its end); return the pull's output, or raise with its error."""
        from urllib.parse import urlencode

        query = urlencode({"repo": repo, "branch": "main", "targetpath": target})
        base = f"{self.url}/user/{name}/git-pull"
        req = urllib.request.Request(
            f"{base}?{query}&urlpath=lab%2Ftree%2F{target}%2F00_start_here.ipynb"
        )
        req.add_header("Authorization", f"token {self.token}")
        with urllib.request.urlopen(req, timeout=60) as resp:  # the page a learner sees
            page = resp.read().decode("utf-8", "replace")
        if "nbgitpuller" not in page.lower() and "git-pull" not in page:
            raise RuntimeError(f"the git-pull link did not show nbgitpuller's page: {page[:300]}")
        req = urllib.request.Request(f"{base}/api?{query}")
        req.add_header("Authorization", f"token {self.token}")
        output: list[str] = []
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # the event stream it reads
            for raw in resp:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                event = json.loads(line[5:])
                output.append(str(event.get("output", "")))
                if event.get("phase") == "error":
                    raise RuntimeError(f"git-pull failed for {name}: {event.get('message')}")
                if event.get("phase") == "finished":
                    return "".join(output)
        raise RuntimeError(f"git-pull for {name} ended without finishing: {''.join(output)}")

    def login(self, name: str, password: str) -> int:
        """Log in through the hub's own form as a browser does; return the HTTP status of the
        form's answer (302: in; 403: refused)."""
        import http.cookiejar
        import re
        from urllib.parse import urlencode

        jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
        with opener.open(f"{self.url}/hub/login", timeout=60) as resp:
            form = resp.read().decode("utf-8", "replace")
        xsrf = re.search(r'name="_xsrf"[^>]*value="([^"]+)"', form)
        data = {"username": name, "password": password}
        if xsrf:
            data["_xsrf"] = xsrf.group(1)
        req = urllib.request.Request(f"{self.url}/hub/login", data=urlencode(data).encode())
        try:
            with opener.open(req, timeout=60) as resp:
                return resp.status
        except urllib.error.HTTPError as e:
            return e.code

    def home(self, name: str) -> Path:
        return self.state / "homes" / name

    def progress_file(self, name: str) -> Path:
        return self.home(name) / ".local" / "share" / "peerlearn" / "progress.json"

    def open_kernel(self, name: str, path: str) -> Kernel:
        session = self.user_api(
            name,
            "/sessions",
            method="POST",
            body={"path": path, "type": "notebook", "name": "", "kernel": {"name": "python3"}},
        )
        return Kernel(self, name, session["kernel"]["id"], session["id"])  # type: ignore[index]

    def run_course(self, learner: Learner, timeout: float) -> None:
        """Every code cell of notebooks 00 then 02 in one kernel, then one answer recorded."""
        t0 = time.monotonic()
        with self.open_kernel(learner.name, f"course/{COURSE[0]}") as kernel:
            for nb in COURSE:
                cells = json.loads((self.home(learner.name) / "course" / nb).read_text())["cells"]
                for cell in cells:
                    if cell["cell_type"] == "code":
                        err = kernel.execute("".join(cell["source"]), timeout)
                        if err:
                            learner.errors.append(f"{nb}: {err}")
                            break
            err = kernel.execute(ANSWER, timeout)  # as the exercise widget does on an answer
            if err:
                learner.errors.append(f"recording an answer: {err}")
        learner.run_s = time.monotonic() - t0

    def run_all(self, timeout: float) -> float:
        t0 = time.monotonic()
        threads = [
            threading.Thread(target=self._run_one, args=(learner, timeout), daemon=True)
            for learner in self.learners
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout)
        return time.monotonic() - t0

    def _run_one(self, learner: Learner, timeout: float) -> None:
        try:
            self.run_course(learner, timeout)
        except Exception as e:  # reported as the learner's error
            learner.errors.append(f"{type(e).__name__}: {e}")

    def measure(self) -> None:
        """Resident memory of each learner's server and of its kernels (kernels still running)."""
        import psutil

        self._remember()
        for p in psutil.Process(self.proc.pid).children(recursive=True):  # type: ignore[union-attr]
            try:
                env = p.environ()
                cmd = " ".join(p.cmdline())
            except psutil.Error:
                continue
            name = env.get("JUPYTERHUB_USER")
            learner = next((x for x in self.learners if x.name == name), None)
            if learner is None or "singleuser" not in cmd:
                continue
            kernels = [
                k for k in p.children(recursive=True) if "ipykernel" in " ".join(k.cmdline())
            ]
            learner.server_mib = p.memory_info().rss / MiB
            learner.kernels_mib = sum(k.memory_info().rss for k in kernels) / MiB
            learner.cpu_s = sum(sum(x.cpu_times()[:2]) for x in [p, *kernels])

    def infra_mib(self) -> dict[str, float]:
        """Resident memory of the hub itself and of its proxy."""
        import psutil

        hub = psutil.Process(self.proc.pid)  # type: ignore[union-attr]
        kids = hub.children(recursive=True)
        proxy = [p for p in kids if "configurable-http-proxy" in " ".join(p.cmdline())]
        return {
            "hub": hub.memory_info().rss / MiB,
            "proxy": sum(p.memory_info().rss for p in proxy) / MiB,
        }

    def kernel_rss(self, name: str, kernel_id: str) -> float:
        import psutil

        for p in psutil.Process(self.proc.pid).children(recursive=True):  # type: ignore[union-attr]
            with contextlib.suppress(psutil.Error):
                if kernel_id in " ".join(p.cmdline()):
                    return p.memory_info().rss / MiB
        return float("nan")


# what the exercise widget does when a learner answers: check, then record the result
ANSWER = """
from peerlearn import exercises, progress
_s = exercises.builtin("review-and-method")
_e = _s.exercises[0]
progress.record("attempt", set_id=_s.id, exercise_id=_e.id, answer="hub test", score=1.0,
                mechanisms=list(_s.mechanisms))
print(len(progress.records()))
"""


class Kernel:
    """One kernel of a learner's server, driven over the websocket channels API."""

    def __init__(self, hub: Hub, user: str, kernel_id: str, session_id: str):
        import websocket

        self.hub, self.user, self.id, self.session_id = hub, user, kernel_id, session_id
        url = f"ws://127.0.0.1:{hub.port}/user/{user}/api/kernels/{kernel_id}/channels"
        self.ws = websocket.create_connection(
            url, header=[f"Authorization: token {hub.token}"], timeout=60
        )
        self.session = uuid.uuid4().hex

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(delete=False)

    def close(self, delete: bool = True) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()
        if delete:
            with contextlib.suppress(OSError, ValueError):
                self.hub.user_api(self.user, f"/sessions/{self.session_id}", method="DELETE")

    def execute(self, code: str, timeout: float) -> str | None:
        """Run ``code``; return the error (name: value) or None."""
        msg_id = uuid.uuid4().hex
        self.ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "username": self.user,
                        "session": self.session,
                        "msg_type": "execute_request",
                        "version": "5.3",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": True,
                        "user_expressions": {},
                        "allow_stdin": False,
                        "stop_on_error": True,
                    },
                    "channel": "shell",
                    "buffers": [],
                }
            )
        )
        error, idle, replied = None, False, False
        deadline = time.monotonic() + timeout
        while not (idle and replied):
            if time.monotonic() > deadline:
                return f"timed out after {timeout} s"
            raw = self.ws.recv()
            if not isinstance(raw, str):
                continue  # binary frames carry widget buffers
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "error":
                error = f"{msg['content']['ename']}: {msg['content']['evalue']}"
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
                if msg["content"]["status"] != "ok" and error is None:
                    error = f"{msg['content'].get('ename')}: {msg['content'].get('evalue')}"
        return error
