"""Build the JupyterLite site of the whole course (``make lite``): static files, no server of ours.

    python classroom/lite/build.py [--out .classroom/lite] [--offline] [--pyodide-cdn]

What goes in:

- the course notebooks (learners' and instructors'), each with the kernel name Lite uses
  (``python``) and a first cell that installs peerlearn from the site's own wheels, guarded so it
  runs only under Pyodide (``sys.platform == "emscripten"``) and does nothing in JupyterLab;
- peerlearn's wheel (with the course and the exercise bank as JSON inside) and the pure-Python
  wheels of what the learner's core loop needs (ipywidgets, anywidget, filelock, ...);
- the widget extensions (jupyterlab_widgets, anywidget), picked up from this environment;
- the Pyodide runtime, self-hosted: the ``pyodide`` npm package at the version the kernel
  expects, plus the pure-Python wheels the kernel itself loads from Pyodide's lock file (micropip,
  IPython and its dependencies), fetched from PyPI at the lock's versions, with the lock's sha256
  values rewritten to the files here;
- a start-up that asks the browser's storage as little as it can (issue 17): Pyodide's lock file
  also lists the kernel extension's own wheels (piplite, pyodide-kernel, ipykernel) and peerlearn
  with its runtime wheels, and ``loadPyodideOptions.packages`` names them all, so Pyodide fetches
  them together while it starts (the kernel skips its own one-by-one installs of what is already
  there), and the install cell only moves the notebook's folder to the end of ``sys.path`` (each
  look there is a request to the browser's storage) and imports peerlearn;
- the bytecode of every wheel beside Pyodide (the kernel's, peerlearn's and its runtime's) for
  the site's Python (``__pycache__``, made by precompile.py in Pyodide under node), as Pyodide's
  own distribution ships its packages: the browser does not compile them on every page load;
- a ``sitecustomize.py`` in the site's copy of Pyodide's standard library, so that from the
  start Python looks for a module in the browser's storage last (see that file);
- a short note under each notebook's title on what the status bar says while Python starts, and
  a root ``index.html`` that opens ``00_start_here`` (lite_site.py serves it).
- the kernel's start from a memory snapshot (issue 17): ``snapshot.mjs`` starts this Pyodide in
  node with the same lock and preloaded packages, runs the kernel's imports (IPython, the kernel,
  ipywidgets, peerlearn), and saves Python's memory (``static/pyodide/peerlearn-snapshot.bin.gz``)
  with the unpacked packages' files in one bundle (``.files.gz``), gzipped (about 20 MB); the
  kernel's ``pyodideUrl`` is ``kernel.mjs``, which restores Python from them (about 5 s instead
  of 15-20 s on a loaded machine) and starts Python afresh when the site has no snapshot or it
  cannot be used. The snapshot is made only for the Pyodide and kernel versions it was written
  for (``SNAPSHOT_VERSIONS``), needs node, is checked before it is kept (Pyodide restored from it
  runs a cell), and ``--no-snapshot`` leaves it out; without it the site works as before.

Packages with compiled code (numpy, pandas, matplotlib, pyyaml, lxml, rpds-py for jsonschema) have
no wasm build on PyPI or npm: by default the site has none of them, and PyPI fallback is switched
off (``disablePyPIFallback``): the site works offline. ``--pyodide-cdn`` builds a site for a school
with internet access: the Pyodide packages the site does not hold (pandas, numpy, ...) are loaded
from Pyodide's CDN when a notebook imports them, and piplite may fall back to PyPI.

Downloads (``pip download``) land in ``.classroom/wheels`` once; after that, and with
``--offline``, the build reads only local files.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

from jupyterlite_pyodide_kernel.constants import PYODIDE_CDN_URL, PYODIDE_KERNEL_PLUGIN_ID

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CLASSROOM = REPO / ".classroom"
PYODIDE_NPM = CLASSROOM / "node_modules" / "pyodide"
PYODIDE_CORE = [
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "pyodide.js",
]
# pure-Python packages the learner's core loop imports in the browser (besides peerlearn)
RUNTIME = [
    "anywidget",
    "psygnal",
    "typing-extensions",
    "ipywidgets",
    "comm",
    "filelock",
    "platformdirs",
    "bibtexparser",
    "pylatexenc",
    "rispy",
    "fsrs",  # progress schedules reviews with it
]
# what the Pyodide kernel installs at start-up (see its worker: micropip, then piplite, then these)
KERNEL = ["micropip", "packaging", "ipython", "jedi", "comm", "prompt-toolkit"]
# the kernel extension's own wheels (its worker installs them with piplite unless preloaded)
KERNEL_EXT = ["piplite", "pyodide-kernel", "ipykernel"]
KERNEL_EXT_WHEELS = (
    Path(sys.prefix)
    / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension"
    / "static/pypi"
)
# what Pyodide loads while it starts (loadPyodideOptions.packages): the names the kernel's worker
# checks (micropip, piplite, ipykernel, comm, pyodide-kernel, jedi, ipython), and peerlearn's own
PRELOAD = ["micropip", *KERNEL_EXT, "comm", "jedi", "ipython", "peerlearn", *RUNTIME]
PYODIDE_RUN = HERE / "pyodide_run.mjs"
# in the build's own isolated environment (building peerlearn's wheel offline)
BUILD_REQS = ["setuptools>=77", "pyyaml>=6.0", "wheel"]
PLUGIN_ID = PYODIDE_KERNEL_PLUGIN_ID
# the kernel's start (issue 17): kernel.mjs is the kernel's `pyodideUrl`; it restores Python from
# a memory snapshot made here (snapshot.mjs, with node) when the site has one
KERNEL_MJS = ["kernel.mjs", "kernel-names.mjs"]
# Python's memory; beside it the packages' files (.files.gz) and what both hold (.json)
SNAPSHOT = "peerlearn-snapshot.bin.gz"
SNAPSHOT_FILES = [SNAPSHOT, "peerlearn-snapshot.files.gz", "peerlearn-snapshot.json"]
# the versions whose internals kernel.mjs and snapshot.mjs were written for and tested with
SNAPSHOT_VERSIONS = {"pyodide": "314.0.6", "jupyterlite-pyodide-kernel": "0.8.6"}
# what the kernel's worker imports while it starts (its initPackageManager and initKernel), then
# what every notebook's install cell imports (ipywidgets after the kernel: it registers its comm
# target with the kernel's shell)
SNAPSHOT_IMPORTS = "import micropip\nimport piplite.piplite\nimport pyodide_kernel\n"
SNAPSHOT_IMPORTS += "import ipywidgets\nimport peerlearn\n"
# ... and the modules notebook 00 imports on its way to the first widget (the explorer), measured
# in CPython: imports only, each free of side effects at import (no file, clock, environment or
# random state is read: a learner's session id and seed are made on first use, in the browser)
FIRST_WIDGET_MODULES = [
    "anywidget",
    "psygnal",
    "peerlearn.progress",
    "peerlearn.citations",
    "peerlearn.knowledge.graph",
    "peerlearn.widgets.app",
    "peerlearn.widgets.explorer",
    "peerlearn.widgets.browser",
    "peerlearn.widgets.conceptmap",
    "peerlearn.widgets.timeline",
]
SNAPSHOT_IMPORTS += "".join(f"import {m}\n" for m in FIRST_WIDGET_MODULES)
# ... and the rest of notebook 00's (its warm-up exercise set and the exercise widgets: the
# modules every learner notebook's exercises need)
REST_OF_00_MODULES = [
    "peerlearn.exercises.bank",
    "peerlearn.exercises.order",
    "peerlearn._quickcheck.exercise_set",
    "peerlearn.widgets.exercises",
]
SNAPSHOT_IMPORTS += "".join(f"import {m}\n" for m in REST_OF_00_MODULES)
# Work done once for every learner, kept in the saved start: pure work on the package's own data,
# the same in every browser (no file written, no clock, seed or session): the explorer's first
# view of the package's knowledge base (its catalog, the first item, the concept map) and the
# built-in exercise sets, loaded and checked (each learner notebook shows one or more).
SNAPSHOT_PREPARE = (
    "import peerlearn.widgets.app\n"
    "peerlearn.widgets.app.prepare()\n"
    "from peerlearn.exercises import builtin, builtin_ids\n"
    "for _id in builtin_ids():\n"
    "    builtin(_id)\n"
    "del _id, builtin, builtin_ids\n"
)
SNAPSHOT_IMPORTS += SNAPSHOT_PREPARE
SNAPSHOT_CHECK = "import ipywidgets, peerlearn\nprint(1 + 1)"
START = "00_start_here.ipynb"
KERNEL_NAME = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
INSTALL_CELL = """\
# JupyterLite only: get peerlearn ready in this browser (does nothing elsewhere).
import sys

if sys.platform == "emscripten":
    # Python looks for a module in each folder of sys.path in turn; in the browser, the notebook's
    # own folder ('' and /drive) is the browser's storage, one slow request a look: look there last.
    _here = [p for p in sys.path if p in ("", ".") or p.startswith("/drive")]
    sys.path[:] = [p for p in sys.path if p not in _here] + _here
    try:
        import peerlearn  # loaded with Python itself (the site's Pyodide lock)
    except ImportError:
        import piplite

        await piplite.install({packages!r}, deps=False)"""
NOTE_CELL = """\
> **In the browser (JupyterLite).** Python starts inside your browser when a notebook opens: the
> first time this can take a minute. The bar at the bottom of the window says *Python (Pyodide) |
> Starting*, then *Idle* when Python is ready. Then choose **Run → Run All Cells**. Your answers
> are kept in this browser (on this computer only)."""


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def pip_download(specs: list[str], dest: Path, *, offline: bool, platform_any: bool) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", "download", "-q"]
    cmd += ["--no-deps", "--only-binary=:all:", "-d", dest]
    if platform_any:  # a pure-Python wheel, whatever this machine is
        cmd += ["--platform", "any", "--python-version", "3.14", "--implementation", "py"]
    if offline:
        cmd += ["--no-index", "--find-links", dest]
    run(cmd + specs)


def find_wheel(folder: Path, name: str, version: str | None = None) -> Path:
    for whl in sorted(folder.glob("*.whl")):
        dist, ver = whl.name.split("-")[:2]
        if norm(dist) == norm(name) and (version is None or ver == version):
            return whl
    raise FileNotFoundError(f"no wheel for {name} {version or ''} in {folder}")


def lock_closure(packages: dict, names: list[str]) -> list[str]:
    keys = {norm(k): k for k in packages}
    seen: list[str] = []
    todo = [norm(n) for n in names]
    while todo:
        n = todo.pop()
        if n in seen or n not in keys:
            continue
        seen.append(n)
        todo += [norm(d) for d in packages[keys[n]]["depends"]]
    return sorted(keys[n] for n in seen)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_peerlearn_wheel(dest: Path, cache: Path, offline: bool) -> Path:
    build_cache = cache / "build"
    if not offline and not list(build_cache.glob("setuptools-*.whl")):
        build_cache.mkdir(parents=True, exist_ok=True)
        run([sys.executable, "-m", "pip", "download", "-q", "-d", build_cache, *BUILD_REQS])
    for old in dest.glob("peerlearn-*.whl"):
        old.unlink()
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(build_cache))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "wheel", "-q", "--no-deps", "-w", str(dest), str(REPO)], env=env)
    return find_wheel(dest, "peerlearn")


def self_host_pyodide(lite_dir: Path, cache: Path, offline: bool) -> tuple[Path, dict, list[str]]:
    """static/pyodide/ in the lite dir: the npm core files and the kernel's wheels.

    Returns the folder, Pyodide's lock (sha256 values rewritten to the files copied; written by
    :func:`write_lock` once peerlearn's own wheels are in it) and the lock's keys held here.
    """
    if not (PYODIDE_NPM / "pyodide.mjs").exists():
        sys.exit(f"the Pyodide runtime is missing: {PYODIDE_NPM} (make lite-deps)")
    out = lite_dir / "static" / "pyodide"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for f in PYODIDE_CORE:
        shutil.copy2(PYODIDE_NPM / f, out / f)
    add_sitecustomize(out / "python_stdlib.zip")
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text())
    pkgs = lock["packages"]
    wanted = lock_closure(pkgs, KERNEL + RUNTIME)
    wheels = cache / "pyodide"
    missing = []
    for key in wanted:
        entry = pkgs[key]
        try:
            find_wheel(wheels, entry["name"], entry["version"])
        except FileNotFoundError:
            missing.append(f"{entry['name']}=={entry['version']}")
    if missing:
        pip_download(missing, wheels, offline=offline, platform_any=True)
    for key in wanted:
        entry = pkgs[key]
        whl = find_wheel(wheels, entry["name"], entry["version"])
        shutil.copy2(whl, out / whl.name)
        entry["file_name"], entry["sha256"] = whl.name, sha256(whl)
    return out, lock, wanted


def add_sitecustomize(stdlib_zip: Path, source: Path = HERE / "sitecustomize.py") -> None:
    """Add our ``sitecustomize.py`` (the browser's storage looked in last, see its docstring) to
    the site's copy of Pyodide's standard library: Python runs it while it starts."""
    with zipfile.ZipFile(stdlib_zip, "a") as z:
        if "sitecustomize.py" in z.namelist():
            raise SystemExit(f"{stdlib_zip} already has a sitecustomize.py: Pyodide changed")
        z.write(source, "sitecustomize.py")


def _wheel_facts(whl: Path) -> tuple[str, str, list[str], list[str]]:
    """A wheel's name, version, top-level import names and requirements (for Pyodide's lock)."""
    from packaging.requirements import Requirement

    env = {"python_version": "3.14", "sys_platform": "emscripten", "platform_system": "Emscripten"}
    with zipfile.ZipFile(whl) as z:
        names = z.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = z.read(meta_name).decode("utf-8")
    field = dict(line.split(": ", 1) for line in meta.splitlines() if ": " in line)
    imports = sorted(
        {
            n.split("/")[0].removesuffix(".py")
            for n in names
            if not n.split("/")[0].endswith((".dist-info", ".data"))
            and ("/" in n or n.endswith(".py"))
        }
    )
    requires = []
    for line in meta.splitlines():
        if line.startswith("Requires-Dist: "):
            req = Requirement(line.removeprefix("Requires-Dist: "))
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                requires.append(norm(req.name))
    return field["Name"], field["Version"], imports, requires


def add_to_lock(lock: dict, folder: Path, wheels: list[Path]) -> list[str]:
    """Put ``wheels`` (pure Python) beside Pyodide in ``folder`` and into its ``lock``.

    Each entry's ``depends`` keeps only what the folder holds (the lock's key, canonical name), so
    preloading one never pulls a package the site does not have. Returns the keys added.
    """
    pkgs = lock["packages"]
    facts = {}
    for whl in wheels:
        name, version, imports, requires = _wheel_facts(whl)
        shutil.copy2(whl, folder / whl.name)
        facts[norm(name)] = (whl, name, version, imports, requires)
        pkgs.pop(norm(name), None)
    local = {k for k, e in pkgs.items() if (folder / e["file_name"]).is_file()} | set(facts)
    for key, (whl, name, version, imports, requires) in facts.items():
        pkgs[key] = {
            "name": name,
            "version": version,
            "file_name": whl.name,
            "install_dir": "site",
            "sha256": sha256(whl),
            "package_type": "package",
            "imports": imports,
            "depends": sorted({r for r in requires if r in local and r != key}),
            "unvendored_tests": False,
        }
    return sorted(facts)


def precompile_wheels(folder: Path, lock: dict, cache: Path) -> list[str]:
    """Give every wheel in ``folder`` (the site's Pyodide: the kernel's, peerlearn's and its
    runtime's) its bytecode for the site's Python, as Pyodide's own distribution ships its
    packages: precompile.py, run in the npm Pyodide under node; their sha256 in ``lock``
    follows. Kept in ``cache/pyc/python-<version>`` by the source wheel's sha256. Returns the
    wheels' names (none without node: the site still works, its imports compile).
    """
    node = shutil.which("node")
    if node is None:
        print("note: no node here: the site's wheels get no precompiled bytecode", flush=True)
        return []
    pkgs = lock["packages"]
    out = cache / "pyc" / f"python-{lock['info']['python']}"  # the bytecode's Python
    out.mkdir(parents=True, exist_ok=True)
    plan, todo = [], []
    for entry in pkgs.values():
        whl = folder / entry["file_name"]
        if not (entry["file_name"].endswith(".whl") and whl.is_file()):
            continue
        kept = out / f"{sha256(whl)[:16]}-{whl.name}"
        plan.append((entry, whl, kept))
        if not kept.is_file():
            todo.append((whl, kept, kept.with_name(f"{kept.name}.{os.getpid()}.part")))
    if todo:
        mounts = json.dumps([str(HERE), str(folder.resolve()), str(out.resolve())])
        pairs = [str(a) for whl, _, part in todo for a in (whl.resolve(), part.resolve())]
        run([node, PYODIDE_RUN, PYODIDE_NPM, HERE / "precompile.py", mounts, *pairs])
        for _, kept, part in todo:
            os.replace(part, kept)  # whole or not at all: the cache is shared
    for entry, whl, kept in plan:
        shutil.copy2(kept, whl)
        entry["sha256"] = sha256(whl)
        # peerlearn's own wheel changes with every commit: its older bytecode goes (once no
        # build running beside this one can still be copying it)
        for old in out.glob(f"*-{whl.name}"):
            if old != kept and old.stat().st_mtime < time.time() - 3600:
                old.unlink(missing_ok=True)
    return [whl.name for _, whl, _ in plan]


def use_pyodide_cdn(lock: dict, folder: Path, cdn: str = PYODIDE_CDN_URL) -> int:
    """Point every lock entry whose file the site does not hold at Pyodide's CDN; how many."""
    n = 0
    for entry in lock["packages"].values():
        if "://" not in entry["file_name"] and not (folder / entry["file_name"]).is_file():
            entry["file_name"] = f"{cdn}/{entry['file_name']}"
            n += 1
    return n


def write_lock(lock: dict, folder: Path) -> None:
    (folder / "pyodide-lock.json").write_text(json.dumps(lock))


def snapshot_versions(
    pyodide_npm: Path = PYODIDE_NPM, kernel_version: str | None = None
) -> str | None:
    """Why no snapshot can be made for these versions (a sentence), or None if it can.

    >>> snapshot_versions(kernel_version="0.9.0")  # doctest: +ELLIPSIS
    'no saved Python start (snapshot): it was written for jupyterlite-pyodide-kernel 0.8.6, ...'
    """
    found = {
        "pyodide": json.loads((pyodide_npm / "package.json").read_text())["version"],
        "jupyterlite-pyodide-kernel": kernel_version
        or metadata.version("jupyterlite-pyodide-kernel"),
    }
    for name, want in SNAPSHOT_VERSIONS.items():
        if found[name] != want:
            return (
                f"no saved Python start (snapshot): it was written for {name} {want}, this "
                f"environment has {found[name]}; check classroom/lite/kernel.mjs and snapshot.mjs "
                "against it, then update SNAPSHOT_VERSIONS in classroom/lite/build.py"
            )
    return None


def add_kernel_start(
    pyodide_dir: Path, preload: list[str], *, snapshot: bool = True, timeout: float = 900
) -> Path | None:
    """Put kernel.mjs (the kernel's start) beside Pyodide and, if it can, a memory snapshot.

    The snapshot is Pyodide started in node with the site's lock and ``preload``, after the
    kernel's own imports (snapshot.mjs; it checks the snapshot before writing it). If it cannot be
    made (no node, other versions, a failure), the build says why and goes on: kernel.mjs then
    starts Python as the kernel always did. Returns the snapshot's path, or None.
    """
    for name in KERNEL_MJS:
        shutil.copy2(HERE / name, pyodide_dir / name)
    if not snapshot:
        return None
    why = snapshot_versions()
    node = shutil.which("node")
    if why is None and node is None:
        why = "no saved Python start (snapshot): node is not installed"
    if why is not None:
        print(f"NOTE: {why}; the site starts Python afresh each time (slower).", flush=True)
        return None
    out = pyodide_dir / SNAPSHOT
    with tempfile.TemporaryDirectory(prefix="pl-snapshot-") as tmp:
        config = Path(tmp) / "config.json"
        imports, check = SNAPSHOT_IMPORTS, SNAPSHOT_CHECK
        config.write_text(json.dumps({"packages": preload, "imports": imports, "check": check}))
        cmd = [node, HERE / "snapshot.mjs", pyodide_dir, out, config]
        print("+", " ".join(str(c) for c in cmd), flush=True)
        try:
            done = subprocess.run(
                [str(c) for c in cmd], capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            done = None
    if (
        done is None
        or done.returncode != 0
        or not all((pyodide_dir / f).is_file() for f in SNAPSHOT_FILES)
    ):
        for f in SNAPSHOT_FILES:
            (pyodide_dir / f).unlink(missing_ok=True)
        detail = "timed out" if done is None else (done.stderr or done.stdout)[-2000:]
        print(
            "NOTE: no saved Python start (snapshot) could be made; the site starts Python "
            f"afresh each time (slower). What node said:\n{detail}",
            flush=True,
        )
        return None
    print(done.stdout.strip().splitlines()[-1][:400], flush=True)
    return out


# JupyterLite 0.8's pages unregister every service worker when the worker's version key in
# localStorage is missing, and that key is only written then: so a site's first reload always
# unregisters and registers the worker again, and a kernel started meanwhile gets no /drive (its
# answers would live in memory only; peerlearn refuses to save there, see
# progress.files.check_browser_storage). Writing the key as soon as the worker is active, as the
# page itself would on that reload, keeps the worker: the version is the site's appVersion.
SW_MARK = "peerlearn: keep the service worker"
SW_SCRIPT = """<script>/* %s (classroom/lite/build.py) */
(function () {
  var sw = navigator.serviceWorker;
  if (!sw) return;
  sw.ready.then(function (r) {
    var w = r.active, key = w && w.scriptURL + "-version";
    if (key && !localStorage.getItem(key)) localStorage.setItem(key, %s);
  }).catch(function () {});
})();
</script>
"""


def keep_service_worker(site: Path) -> list[Path]:
    """Add :data:`SW_SCRIPT` to every app page of the built ``site`` (before its config); the
    pages changed. Stops with a message if the site has no appVersion or no app page."""
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    version = config.get("appVersion")
    if not isinstance(version, str) or not version:
        raise SystemExit(f"{site / 'jupyter-lite.json'}: no appVersion; cannot keep the worker")
    tag = '<script id="jupyter-config-data"'
    pages = {p: p.read_text(encoding="utf-8") for p in sorted(site.glob("*/index.html"))}
    apps = {p: html for p, html in pages.items() if tag in html}
    if not apps:
        raise SystemExit(f"{site}: no JupyterLite app page (*/index.html) to keep the worker in")
    script = SW_SCRIPT % (SW_MARK, json.dumps(version))
    changed = []
    for page, html in apps.items():
        if SW_MARK not in html:  # once only
            page.write_text(html.replace(tag, script + "    " + tag, 1), encoding="utf-8")
            changed.append(page)
    return changed


def use_kernel_start(site: Path) -> None:
    """Point the built site's Pyodide kernel at kernel.mjs (``pyodideUrl``, set by the kernel's
    build step to Pyodide's own ``pyodide.mjs``); refuse if that setting changed shape."""
    path = site / "jupyter-lite.json"
    config = json.loads(path.read_text())
    kernel = config["jupyter-config-data"]["litePluginSettings"][PLUGIN_ID]
    url = kernel.get("pyodideUrl")
    if url != "./static/pyodide/pyodide.mjs" or not (site / "static/pyodide/kernel.mjs").is_file():
        raise SystemExit(
            f"{path}: the Pyodide kernel's pyodideUrl is {url!r}, not "
            "'./static/pyodide/pyodide.mjs' beside kernel.mjs: jupyterlite-pyodide-kernel changed "
            "how it finds Pyodide; check classroom/lite/kernel.mjs against it"
        )
    kernel["pyodideUrl"] = "./static/pyodide/kernel.mjs"
    path.write_text(json.dumps(config, indent=2))


def lite_settings(preload: list[str], *, pypi_fallback: bool) -> dict:
    """jupyter-lite.json for the build: the template here, with the kernel's start-up settings."""
    config = json.loads((HERE / "jupyter-lite.json").read_text())
    kernel = config["jupyter-config-data"]["litePluginSettings"][PLUGIN_ID]
    kernel["disablePyPIFallback"] = not pypi_fallback
    kernel.setdefault("loadPyodideOptions", {})["packages"] = preload
    return config


def runtime_wheels(dest: Path, cache: Path, offline: bool, in_lock: set[str]) -> list[Path]:
    """Pure-Python wheels of RUNTIME not in Pyodide's lock, at the versions installed here."""
    specs, names = [], [n for n in RUNTIME if norm(n) not in in_lock]
    for n in names:
        try:
            find_wheel(cache / "pypi", n, metadata.version(n))
        except FileNotFoundError:
            specs.append(f"{n}=={metadata.version(n)}")
    if specs:
        pip_download(specs, cache / "pypi", offline=offline, platform_any=True)
    out = []
    for n in names:
        whl = find_wheel(cache / "pypi", n, metadata.version(n))
        shutil.copy2(whl, dest / whl.name)
        out.append(dest / whl.name)
    return out


def lite_notebook(src: Path, dest: Path, packages: list[str]) -> None:
    """The notebook for the site: Lite's kernel, the note on start-up under its title, the install
    cell before its first code cell."""
    nb = json.loads(src.read_text(encoding="utf-8"))
    nb.setdefault("metadata", {})["kernelspec"] = dict(KERNEL_NAME)
    cell = {
        "cell_type": "code",
        "execution_count": None,
        "id": "peerlearn-lite-install",
        "metadata": {"tags": ["peerlearn-lite-install"]},
        "outputs": [],
        "source": INSTALL_CELL.format(packages=packages).splitlines(keepends=True),
    }
    note = {
        "cell_type": "markdown",
        "id": "peerlearn-lite-note",
        "metadata": {"tags": ["peerlearn-lite-note"]},
        "source": NOTE_CELL.splitlines(keepends=True),
    }
    cells = nb["cells"]
    first_code = next((i for i, c in enumerate(cells) if c["cell_type"] == "code"), len(cells))
    cells.insert(first_code, copy.deepcopy(cell))
    title = 1 if cells and cells[0]["cell_type"] == "markdown" else 0
    cells.insert(title, copy.deepcopy(note))
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def contents(dest: Path, packages: list[str], src: Path = REPO / "notebooks") -> None:
    for f in sorted(src.rglob("*")):
        rel = f.relative_to(src)
        if f.is_dir() or any(p.startswith(".") for p in rel.parts):
            continue
        if f.suffix == ".ipynb":
            lite_notebook(f, dest / rel, packages)
        else:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest / rel)


START_REDIRECT = """\
    <!-- peerlearn: the site opens the course's start page (JupyterLite's own opens the Launcher).
         The config script above stays: every app page reads this file's settings. -->
    <script>window.location.replace("{url}");</script>
    <noscript><a href="{url}">Open the course's first notebook</a></noscript>
"""


def start_page(out: Path, notebook: str = START) -> str:
    """Make the site's root ``index.html`` open ``notebook``; returns its address in the site.

    JupyterLite's root page holds the settings every app page reads (``jupyter-config-data``),
    so the redirect is added to it, before its own script (which would open the Launcher).
    """
    url = f"lab/index.html?path={notebook}"
    index = out / "index.html"
    html = index.read_text(encoding="utf-8")
    marker = '<script type="module">'
    if marker not in html or 'id="jupyter-config-data"' not in html:
        raise SystemExit(f"{index}: JupyterLite's root page changed shape (no {marker!r})")
    html = html.replace(marker, START_REDIRECT.format(url=url) + "    " + marker, 1)
    index.write_text(html, encoding="utf-8")
    # JupyterLab's page names no icon until its script runs, so the browser asks the site's root
    # for /favicon.ico first (a 404 on every page load): the app's own icon is there too
    icon = out / "lab" / "favicon.ico"
    if icon.is_file():
        shutil.copy2(icon, out / "favicon.ico")
    return url


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=CLASSROOM / "lite")
    ap.add_argument("--cache", type=Path, default=CLASSROOM / "wheels")
    ap.add_argument("--offline", action="store_true", help="read only local files")
    ap.add_argument(
        "--pyodide-cdn",
        action="store_true",
        help="for a school with internet access: Pyodide's own packages the site does not hold "
        "(pandas, numpy, ...) come from Pyodide's CDN, and piplite may fall back to PyPI",
    )
    ap.add_argument(
        "--no-snapshot",
        action="store_true",
        help="no saved Python start: the kernel starts Python afresh each time (slower)",
    )
    ap.add_argument("--extra-contents", type=Path, help="more notebooks for the site (tests)")
    ap.add_argument("--check", action="store_true", help="then run `jupyter lite check` on it")
    args = ap.parse_args(argv)
    offline = args.offline
    with tempfile.TemporaryDirectory(prefix="pl-lite-") as tmp:
        work = Path(tmp)
        lite_dir, wheels, notebooks = work / "lite", work / "wheels", work / "contents"
        for d in (lite_dir, wheels, notebooks):
            d.mkdir()
        pyodide_dir, lock, held = self_host_pyodide(lite_dir, args.cache, offline)
        peerlearn_whl = build_peerlearn_wheel(wheels, args.cache, offline)
        extra = runtime_wheels(wheels, args.cache, offline, {norm(k) for k in held})
        kernel_ext = [find_wheel(KERNEL_EXT_WHEELS, n) for n in KERNEL_EXT]
        add_to_lock(lock, pyodide_dir, [peerlearn_whl, *extra, *kernel_ext])
        precompile_wheels(pyodide_dir, lock, args.cache)
        if args.pyodide_cdn:
            use_pyodide_cdn(lock, pyodide_dir)
        write_lock(lock, pyodide_dir)
        packages = ["peerlearn", *RUNTIME]  # the lock's own come from the self-hosted Pyodide
        contents(notebooks, packages)
        if args.extra_contents:
            contents(notebooks, packages, args.extra_contents)
        preload = list(dict.fromkeys(norm(n) for n in PRELOAD))
        add_kernel_start(pyodide_dir, preload, snapshot=not args.no_snapshot)
        config = lite_settings(preload, pypi_fallback=args.pyodide_cdn)
        (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=2))
        for f in ("jupyter_lite_config.json", "overrides.json"):
            shutil.copy2(HERE / f, lite_dir / f)
        shutil.rmtree(args.out, ignore_errors=True)
        env = dict(os.environ)
        if offline:  # nothing of the build may reach the network
            env.update(http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
        lite_args = ["--lite-dir", lite_dir, "--contents", notebooks, "--output-dir"]
        lite_args += [args.out.resolve(), "--no-sourcemaps"]
        lite_args += [a for w in [peerlearn_whl, *extra] for a in ("--piplite-wheels", w)]
        jupyter = [sys.executable, "-m", "jupyter", "lite"]
        run([*jupyter, "build", *lite_args], cwd=lite_dir, env=env)
        use_kernel_start(args.out)
        keep_service_worker(args.out)
        if args.check:  # checks the site just built (and the schema of its settings), offline
            run([*jupyter, "check", *lite_args], cwd=lite_dir, env=env)
    url = start_page(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"JupyterLite site in {args.out}: {size / 1e6:.1f} MB; it opens {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
