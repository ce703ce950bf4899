"""The JupyterLite site (marker ``lite``): it builds offline, holds the right things, passes
``jupyter lite check``, and runs the learner's core loop in Debian's chromium with every request
that is not to 127.0.0.1 blocked.

What the build holds (issue 17): Pyodide's lock names peerlearn, its runtime wheels and the
kernel's own, each beside it with its sha256, and ``loadPyodideOptions.packages`` preloads them;
the root page opens ``00_start_here``; each notebook says what the status bar shows while Python
starts; the ``--pyodide-cdn`` build points the packages the site does not hold at Pyodide's CDN
(checked offline, in the built files). The kernel's start: the site holds a memory snapshot
made for its preloaded packages and ``kernel.mjs`` restores Python from it (the browser's console
says so); a site whose snapshot is missing or broken starts Python afresh and still works; the
build refuses a kernel that finds Pyodide another way, and makes no snapshot for versions it was
not written for.

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
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(REPO / "classroom" / "lite"))

import harness  # noqa: E402
import lite_site  # noqa: E402

BUILD = REPO / "classroom" / "lite" / "build.py"
PYODIDE = REPO / ".classroom" / "node_modules" / "pyodide" / "pyodide.mjs"
pytestmark = pytest.mark.lite


def _need(why: str | None) -> None:
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"the Lite tests cannot run in CI: {why}", pytrace=False)
        pytest.skip(why)


# the ``site`` and ``served`` fixtures (one built site and one server for the session):
# tests/lite/conftest.py


def _build(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return lite_site.build(out, *extra, extra_contents=HERE / "site", timeout=600)


def _build_module():
    """classroom/lite/build.py as a module (its name would shadow PyPI's ``build`` on sys.path)."""
    spec = importlib.util.spec_from_file_location("peerlearn_lite_build", BUILD)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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


PRELOADED = {"micropip", "piplite", "pyodide-kernel", "ipykernel", "comm", "jedi", "ipython"}


def test_pyodide_preloads_peerlearn_and_the_kernel_from_its_lock(site):
    """What the kernel's worker would install one by one, and peerlearn with its runtime wheels,
    are in Pyodide's lock, held beside it, and named in ``loadPyodideOptions.packages``."""
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    preload = kernel["loadPyodideOptions"]["packages"]
    assert len(preload) == len(set(preload)), preload
    assert PRELOADED | {"peerlearn", "ipywidgets", "anywidget", "fsrs"} <= set(preload), preload
    pyodide = site / "static" / "pyodide"
    lock = json.loads((pyodide / "pyodide-lock.json").read_text())["packages"]
    todo, seen = list(preload), set()
    while todo:  # every package preloaded, and everything it depends on, is here
        key = re.sub(r"[-_.]+", "-", todo.pop()).lower()  # the lock's keys are canonical names
        if key in seen:
            continue
        seen.add(key)
        assert key in lock, f"{key} is preloaded but not in the lock"
        entry = lock[key]
        whl = pyodide / entry["file_name"]
        assert whl.is_file(), f"{key}: {entry['file_name']} is not beside Pyodide"
        assert hashlib.sha256(whl.read_bytes()).hexdigest() == entry["sha256"], key
        todo += entry["depends"]
    entry = lock["peerlearn"]
    assert entry["imports"] == ["peerlearn"] and entry["install_dir"] == "site"
    with zipfile.ZipFile(pyodide / entry["file_name"]) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        assert f"Version: {entry['version']}" in z.read(meta).decode()
    # nothing compiled is preloaded, or pulled in by what is
    assert not seen & {"numpy", "pandas", "lxml", "pyyaml", "matplotlib"}


def test_site_opens_start_here_and_says_python_is_starting(site):
    index = (site / "index.html").read_text()
    assert "lab/index.html?path=00_start_here.ipynb" in index
    assert (site / "files" / "00_start_here.ipynb").is_file()
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    browser = config["settingsOverrides"]["@jupyterlab/filebrowser-extension:browser"]
    assert browser["showLastModifiedColumn"] is False  # the names get the column's width
    # every cell drawn (docs/CLASSROOM.md says why not JupyterLab's default, contentVisibility)
    tracker = config["settingsOverrides"]["@jupyterlab/notebook-extension:tracker"]
    assert tracker["windowingMode"] == "none"
    # the page's first request for an icon goes to the site's root: it is there
    assert (site / "favicon.ico").read_bytes() == (site / "lab" / "favicon.ico").read_bytes()
    for nb_path in (site / "files").rglob("*.ipynb"):
        cells = json.loads(nb_path.read_text())["cells"]
        notes = [c for c in cells if c.get("id") == "peerlearn-lite-note"]
        assert len(notes) == 1, nb_path
        text = "".join(notes[0]["source"])
        assert "Starting" in text and "Idle" in text and "Run All Cells" in text, nb_path
        assert cells.index(notes[0]) <= 1, nb_path  # under the title, before any code


def _install_cell(site: Path) -> str:
    nb = json.loads((site / "files" / "00_start_here.ipynb").read_text())
    (cell,) = [c for c in nb["cells"] if c.get("id") == "peerlearn-lite-install"]
    return "".join(cell["source"])


RUN_CELL = """
import ast, asyncio, json, sys, types
sys.platform = "emscripten"
sys.path[:0] = ["", "/drive", "/drive/course"]
calls = []
piplite = types.ModuleType("piplite")
async def install(packages, deps=True):
    calls.append([packages, deps])
piplite.install = install
sys.modules["piplite"] = piplite
if sys.argv[1] == "no-peerlearn":
    sys.modules["peerlearn"] = None  # as when Pyodide did not preload it
code = compile(open(sys.argv[2]).read(), "<cell>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
result = eval(code, {})
if asyncio.iscoroutine(result):
    asyncio.run(result)
print(json.dumps({"path": sys.path, "calls": calls}))
"""


@pytest.mark.parametrize("case", ["preloaded", "no-peerlearn"])
def test_install_cell_looks_in_the_browser_storage_last(site, tmp_path, case):
    """The install cell, run as Pyodide would (``sys.platform`` emscripten, the notebook's folder
    on ``sys.path``): the drive's folders go to the end; piplite installs only when Pyodide did
    not preload peerlearn."""
    (tmp_path / "cell.py").write_text(_install_cell(site))
    r = subprocess.run(
        [sys.executable, "-P", "-c", RUN_CELL, case, str(tmp_path / "cell.py")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert r.returncode == 0, r.stderr[-3000:]
    seen = json.loads(r.stdout.splitlines()[-1])
    path = seen["path"]
    assert path[-3:] == ["", "/drive", "/drive/course"], path
    assert not any(p in ("", "/drive") for p in path[:-3]), path
    if case == "preloaded":
        assert seen["calls"] == []
    else:
        ((packages, deps),) = seen["calls"]
        assert packages[0] == "peerlearn" and "ipywidgets" in packages and deps is False


SITECUSTOMIZE_RUN = """
import importlib, json, os, sys
sys.platform = "emscripten"  # the finder installs itself only under Pyodide
os.chdir(sys.argv[1])
sys.path[:0] = ["", sys.argv[2]]
import sitecustomize
import probe_mod, only_here, colorsys
stdlib_kept = colorsys.__file__ != os.path.abspath("colorsys.py")
print(json.dumps([probe_mod.WHERE, only_here.WHERE, stdlib_kept]))
"""


def test_python_in_the_site_looks_in_the_browser_storage_last(site, tmp_path):
    """The site's Pyodide standard library carries our sitecustomize.py; run by CPython with the
    current folder first on ``sys.path`` (as Pyodide has it), a module also found elsewhere is
    taken from there, one found only in the current folder still imports, and a file named like
    a standard module no longer hides it."""
    stdlib = site / "static" / "pyodide" / "python_stdlib.zip"
    with zipfile.ZipFile(stdlib) as z:
        source = z.read("sitecustomize.py").decode()
    assert source == (REPO / "classroom" / "lite" / "sitecustomize.py").read_text()
    here, other = tmp_path / "drive", tmp_path / "site-packages"
    for folder in (here, other):
        folder.mkdir()
        (folder / "probe_mod.py").write_text(f"WHERE = {folder.name!r}\n")
    (here / "only_here.py").write_text("WHERE = 'drive'\n")
    (here / "colorsys.py").write_text("raise SystemExit('the storage was asked first')\n")
    (tmp_path / "sitecustomize.py").write_text(source)
    r = subprocess.run(
        [sys.executable, "-P", "-S", "-c", SITECUSTOMIZE_RUN, str(here), str(other)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.splitlines()[-1]) == ["site-packages", "drive", True]


def test_the_kernel_starts_from_a_snapshot_checked_at_build(site):
    """The kernel's ``pyodideUrl`` is kernel.mjs (beside Pyodide), and the site holds a memory
    snapshot made for exactly the packages the kernel preloads, checked by the build (Pyodide
    restored from it ran the kernel's start and a cell importing peerlearn, or it is not kept)."""
    mod = _build_module()
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/kernel.mjs"
    pyodide = site / "static" / "pyodide"
    for name in mod.KERNEL_MJS:
        assert (pyodide / name).read_bytes() == (REPO / "classroom" / "lite" / name).read_bytes()
    info = json.loads((pyodide / "peerlearn-snapshot.json").read_text())
    assert info["packages"] == kernel["loadPyodideOptions"]["packages"]
    assert info["pyodide"] == mod.SNAPSHOT_VERSIONS["pyodide"]
    import gzip

    memory = gzip.decompress((pyodide / mod.SNAPSHOT).read_bytes())
    assert len(memory) == info["bytes"] > 1e7
    assert str(REPO).encode() not in memory  # nothing of the build machine's (sys.argv)
    files = gzip.decompress((pyodide / "peerlearn-snapshot.files.gz").read_bytes())
    assert len(files) == info["filesBytes"] == sum(size for _, size in info["files"])
    assert any(p.endswith("/site-packages/peerlearn/__init__.py") for p, _ in info["files"])
    assert info["seconds"]["restore"] > 0  # the build's check ran
    assert "/home/pyodide/.ipython" in info["dirs"]  # made again after a restore
    # the build's content hash (a browser keeps its unzipped copy under it): both gzipped files
    digest = hashlib.sha256()
    for name in (mod.SNAPSHOT, "peerlearn-snapshot.files.gz"):
        digest.update((pyodide / name).read_bytes())
    assert info["hash"] == digest.hexdigest()


def test_snapshot_is_only_made_for_the_versions_it_was_written_for(tmp_path, capsys):
    """Other versions of Pyodide or of the kernel: the build says so, plainly, and builds the
    site without a snapshot (kernel.mjs then starts Python afresh); so does a failing node."""
    mod = _build_module()
    assert mod.snapshot_versions() is None  # this environment's versions
    why = mod.snapshot_versions(kernel_version="0.9.0")
    assert "jupyterlite-pyodide-kernel 0.8.6" in why and "has 0.9.0" in why
    assert "SNAPSHOT_VERSIONS in classroom/lite/build.py" in why
    npm = tmp_path / "npm"
    npm.mkdir()
    (npm / "package.json").write_text(json.dumps({"version": "0.29.0"}))
    assert "pyodide 314.0.6, this environment has 0.29.0" in mod.snapshot_versions(npm)
    # node fails (no Pyodide in the folder): no snapshot, nothing half-written, the reason shown
    folder = tmp_path / "pyodide"
    folder.mkdir()
    assert mod.add_kernel_start(folder, ["micropip"], timeout=120) is None
    said = capsys.readouterr().out
    assert "NOTE: no saved Python start (snapshot) could be made" in said
    assert "pyodide.mjs" in said  # node's own words: what was missing
    assert sorted(p.name for p in folder.iterdir()) == sorted(mod.KERNEL_MJS)
    # --no-snapshot: kernel.mjs only
    assert mod.add_kernel_start(folder, ["micropip"], snapshot=False) is None


def test_kernel_start_refuses_a_kernel_that_finds_pyodide_another_way(tmp_path):
    """use_kernel_start rewrites the ``pyodideUrl`` jupyterlite-pyodide-kernel's build step set;
    if that setting is not what this code was written for, the build stops and says why."""
    mod = _build_module()
    (tmp_path / "static" / "pyodide").mkdir(parents=True)
    (tmp_path / "static" / "pyodide" / "kernel.mjs").write_text("")

    def site_with(url):
        kernel = {"pyodideUrl": url} if url else {}
        config = {"jupyter-config-data": {"litePluginSettings": {mod.PLUGIN_ID: kernel}}}
        (tmp_path / "jupyter-lite.json").write_text(json.dumps(config))

    site_with("./static/pyodide/pyodide.mjs")
    mod.use_kernel_start(tmp_path)
    config = json.loads((tmp_path / "jupyter-lite.json").read_text())["jupyter-config-data"]
    assert config["litePluginSettings"][mod.PLUGIN_ID]["pyodideUrl"].endswith("/kernel.mjs")
    for url in ("https://cdn.example/pyodide/v0.29/full/pyodide.mjs", None):
        site_with(url)
        with pytest.raises(SystemExit) as e:
            mod.use_kernel_start(tmp_path)
        assert "jupyterlite-pyodide-kernel changed how it finds Pyodide" in str(e.value)
        assert str(tmp_path / "jupyter-lite.json") in str(e.value)


HARNESS = REPO / "tests" / "drive" / "harness.mjs"
LABEXT = (
    Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static"
)
KERNEL_START = """
import builtins, json, os, sys, js
sys.path.remove("/src"); sys.path.remove("/site")  # the harness's own folders
os.chdir("/drive")  # as the kernel's worker does before it imports piplite and the kernel
before = js.drive_requests()
import piplite.piplite
import pyodide_kernel  # the kernel: IPython, ipykernel, jedi, ...
sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__  # the kernel took them
at_start = [js.drive_requests() - before, json.loads(js.drive_counts())]
with open("/drive/mine.py", "w") as f:  # a learner's own module, beside the notebook
    f.write("X = 42\\n")
import mine
try:
    import no_such_module_anywhere
    missing = "imported"
except ModuleNotFoundError:
    missing = "ModuleNotFoundError"
compiled = []
real_compile = builtins.compile
def counting(source, filename, *args, **kwargs):
    if "site-packages" in str(filename):
        compiled.append(str(filename))
    return real_compile(source, filename, *args, **kwargs)
builtins.compile = counting
import ipywidgets, peerlearn, peerlearn.widgets.app, peerlearn.widgets.explorer
builtins.compile = real_compile
print(json.dumps({"at_start": at_start, "mine": mine.X, "missing": missing,
                  "compiled": compiled, "cached": peerlearn.__cached__}))
"""


def _kernel_in_node(site: Path, script: str, tmp_path: Path) -> dict:
    """``script`` run by the site's own Pyodide in node (its standard library with our
    sitecustomize, its lock, its preloaded wheels), JupyterLite's DriveFS mounted at /drive."""
    if not (shutil.which("node") and LABEXT.is_dir()):
        _need("node or the pyodide-kernel extension is not installed")
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    (tmp_path / "script.py").write_text(script, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    env = dict(
        os.environ,
        LABEXT=str(LABEXT),
        PYODIDE=str(site / "static" / "pyodide"),
        SRC=str(tmp_path / "empty"),
        SITE=str(tmp_path / "empty"),
        PACKAGES=json.dumps(kernel["loadPyodideOptions"]["packages"]),
    )
    done = subprocess.run(
        ["node", str(HARNESS), str(tmp_path / "script.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_kernel_start_asks_the_storage_for_no_module_and_imports_precompiled(site, tmp_path):
    """In the site's Pyodide (node), the kernel's start with /drive as its folder: no module is
    looked for in the browser's storage (each look is a request; before this, about twenty of
    the kernel's optional imports cost one each), at most the one listing importlib.metadata
    makes; afterwards a learner's own module there imports, and a missing one still fails.
    peerlearn and ipywidgets then import from their shipped bytecode: nothing of theirs is
    compiled."""
    seen = _kernel_in_node(site, KERNEL_START, tmp_path)
    requests, counts = seen["at_start"]
    looked_up = counts.get("getattr", 0) + counts.get("lookup", 0) + counts.get("get", 0)
    assert looked_up == 0 and requests <= 1, counts
    assert seen["mine"] == 42 and seen["missing"] == "ModuleNotFoundError"
    assert seen["compiled"] == [], seen["compiled"][:10]
    assert seen["cached"].endswith("__pycache__/__init__.cpython-314.pyc"), seen["cached"]


def _sitecustomize():
    spec = importlib.util.spec_from_file_location(
        "peerlearn_lite_sitecustomize", REPO / "classroom" / "lite" / "sitecustomize.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # not Pyodide: it installs nothing
    return mod


def test_storage_finder_finds_nothing_until_the_kernel_has_started(tmp_path, monkeypatch):
    """The storage's path hook: only for the storage's folders; its finder is Python's own
    ``FileFinder``, which finds nothing while ``pyodide_kernel`` is missing or half imported."""
    import types

    site = _sitecustomize()
    assert sys.meta_path.count(site.DriveLast) == 0 and site.storage_hook not in sys.path_hooks
    with pytest.raises(ImportError):
        site.storage_hook("/lib/python3.14/site-packages")
    assert isinstance(site.storage_hook("/drive/course"), site.StorageFinder)
    (tmp_path / "mine.py").write_text("X = 1\n")
    finder = site.StorageFinder(str(tmp_path), *site._LOADERS)
    monkeypatch.delitem(sys.modules, "pyodide_kernel", raising=False)
    assert finder.find_spec("mine") is None
    half = types.ModuleType("pyodide_kernel")  # being imported: no kernel_instance yet
    monkeypatch.setitem(sys.modules, "pyodide_kernel", half)
    assert finder.find_spec("mine") is None
    half.kernel_instance = object()
    spec = finder.find_spec("mine")
    assert spec is not None and spec.origin == str(tmp_path / "mine.py")


def test_precompiled_wheel_imports_without_compiling(tmp_path, monkeypatch):
    """precompile.py (here with CPython, as build.py does with Pyodide's): every module gets an
    unchecked hash-based ``.pyc`` in ``__pycache__``, listed in RECORD; a package's tests and a
    file that does not compile get none; installed, the package imports without compiling."""
    import builtins

    spec = importlib.util.spec_from_file_location(
        "peerlearn_lite_precompile", REPO / "classroom" / "lite" / "precompile.py"
    )
    pre = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pre)
    src, dest = tmp_path / "demo-1.0-py3-none-any.whl", tmp_path / "out.whl"
    with zipfile.ZipFile(src, "w") as z:
        z.writestr("demo_pkg/__init__.py", "from .core import VALUE\n")
        z.writestr("demo_pkg/core.py", "VALUE = 'from bytecode'\n")
        z.writestr("demo_pkg/tests/test_core.py", "def test(): pass\n")
        z.writestr("demo_pkg/old.py", "print 'python 2'\n")
        z.writestr("demo-1.0.dist-info/RECORD", "demo_pkg/__init__.py,,\n")
    assert pre.compile_wheel(src, dest) == 2
    with zipfile.ZipFile(dest) as z:
        names = set(z.namelist())
        record = z.read("demo-1.0.dist-info/RECORD").decode()
        pyc = z.read(importlib.util.cache_from_source("demo_pkg/core.py"))
        kinds = {i.compress_type for i in z.infolist() if i.filename.endswith(".pyc")}
        z.extractall(tmp_path / "installed")
    tag = sys.implementation.cache_tag
    assert f"demo_pkg/__pycache__/core.{tag}.pyc" in names
    assert not any("tests/__pycache__" in n or f"old.{tag}" in n for n in names), names
    assert f"demo_pkg/__pycache__/__init__.{tag}.pyc,sha256=" in record
    assert pyc[:4] == importlib.util.MAGIC_NUMBER and pyc[4:8] == (1).to_bytes(4, "little")
    assert kinds == {zipfile.ZIP_DEFLATED}  # the wheel stays small
    compiled = []
    real = builtins.compile
    monkeypatch.setattr(builtins, "compile", lambda *a, **k: compiled.append(a[1]) or real(*a, **k))
    monkeypatch.syspath_prepend(str(tmp_path / "installed"))
    import demo_pkg

    assert demo_pkg.VALUE == "from bytecode" and compiled == []
    monkeypatch.delitem(sys.modules, "demo_pkg")
    monkeypatch.delitem(sys.modules, "demo_pkg.core")


def test_pyodide_cdn_option_points_missing_packages_at_the_cdn(site):
    """``--pyodide-cdn`` (a school with internet access), built offline: what the site holds stays
    self-hosted, Pyodide's other packages (pandas, numpy) are fetched from its CDN when imported,
    and piplite may fall back to PyPI. The default site (the fixture) has no URL in its lock."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_CDN_URL

    out = site.parent / "cdn"
    r = _build(out, "--offline", "--pyodide-cdn")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"].startswith("./static/pyodide/")
    assert kernel["disablePyPIFallback"] is False
    lock = json.loads((out / "static" / "pyodide" / "pyodide-lock.json").read_text())["packages"]
    for name in ("pandas", "numpy", "pyyaml", "matplotlib"):
        assert lock[name]["file_name"].startswith(PYODIDE_CDN_URL + "/"), lock[name]
    for name in PRELOADED | {"peerlearn", "ipywidgets"}:
        assert "://" not in lock[name]["file_name"], lock[name]
        assert (out / "static" / "pyodide" / lock[name]["file_name"]).is_file(), name
    default = json.loads((site / "static" / "pyodide" / "pyodide-lock.json").read_text())
    assert not [e for e in default["packages"].values() if "://" in e["file_name"]]
    shutil.rmtree(out, ignore_errors=True)


def test_served_files_can_be_kept_for_a_reload(site, served):
    """What the browser may reuse on a reload: hashed bundles for good, the rest after a 304."""
    import urllib.error
    import urllib.request

    hashed = next(
        f
        for f in sorted((site / "build").glob("*.js"))
        if re.search(r"\.[0-9a-f]{7,}\.js$", f.name)
    )
    with urllib.request.urlopen(f"{served}/build/{hashed.name}", timeout=30) as r:
        assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    for path in (
        "/static/pyodide/pyodide.asm.wasm",
        "/files/00_start_here.ipynb",
        "/jupyter-lite.json",
    ):
        with urllib.request.urlopen(served + path, timeout=30) as r:
            assert r.headers["Cache-Control"] == "no-cache", path
            modified = r.headers["Last-Modified"]
            if path.endswith(".wasm"):  # streamed compile, and its compiled code kept
                assert r.headers["Content-Type"] == "application/wasm"
        request = urllib.request.Request(served + path, headers={"If-Modified-Since": modified})
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request, timeout=30)
        assert answer.value.code == 304, path


def test_make_lite_serves_the_site_and_prints_the_start_address(site, tmp_path):
    """``make lite`` runs lite_site.py: its first line is the address that opens notebook 00."""
    port = harness.free_port()
    script = REPO / "classroom" / "lite" / "lite_site.py"
    proc = subprocess.Popen(
        [sys.executable, str(script), "--dir", str(site), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        first = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(10)
    assert f"http://127.0.0.1:{port}/lab/index.html?path=00_start_here.ipynb" in first, first
    r = subprocess.run(
        [sys.executable, str(script), "--dir", str(tmp_path)], capture_output=True, text=True
    )
    assert r.returncode != 0 and f"no JupyterLite site in {tmp_path}" in r.stderr
    assert "make lite-build" in r.stderr


OUT = ".jp-OutputArea-output"
ONLY_LOCAL = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


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
    text = loc.inner_text()  # read once the wait above has seen the line
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
    # the kernel was restored from the site's snapshot, the first time and after the reload
    starts = [c for c in seen["console"] if "peerlearn: kernel start:" in c]
    assert len(starts) == 2, seen["console"][-40:]
    assert all("restored from the site's saved start" in c for c in starts), starts


def _core_loop(served: str) -> dict:
    """Open the site offline, answer one exercise, reload; what the page said, and when."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    console: list[str] = []
    with sync_playwright() as p:
        browser = harness.launch(p, offline=True)
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
        "console": console,
    }


@pytest.mark.parametrize("snapshot", ["missing", "broken"])
def test_kernel_starts_afresh_without_a_usable_snapshot(site, tmp_path, snapshot):
    """A copy of the site whose snapshot is missing (a build without node) or cannot be used
    (Python's memory cut short): the kernel starts Python afresh, as it always did, and runs the
    notebook."""
    _need(_browser_missing())
    mod = _build_module()
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    saved = copy / "static" / "pyodide" / mod.SNAPSHOT
    if snapshot == "missing":
        saved.unlink()
    else:  # the start of Python's memory only: it passes the checks on its header, then fails
        import gzip

        saved.write_bytes(gzip.compress(gzip.decompress(saved.read_bytes())[: 1 << 20]))
    with lite_site.serve(copy) as url, concurrent.futures.ThreadPoolExecutor(1) as pool:
        console = pool.submit(_run_smoke, url).result()
    starts = [c for c in console if "peerlearn: kernel start:" in c]
    assert len(starts) == 1 and "started afresh" in starts[0], console[-40:]
    if snapshot == "broken":
        assert any("the saved Python start could not be used" in c for c in console)


KEPT = "peerlearn-saved-start"  # kernel.mjs's Cache Storage
KEPT_KEYS = f"async () => (await (await caches.open('{KEPT}')).keys()).map(r => r.url)"


def test_a_reload_restores_the_copy_kept_for_this_build_only(site, tmp_path):
    """Once the kernel is up, kernel.mjs keeps the unzipped saved start in the browser's Cache
    Storage under the build's content hash (peerlearn-snapshot.json's "hash"); a reload restores
    Python from that copy. A copy cut short is not used (the site's own is unzipped, and kept
    again), and a rebuilt site (another hash) never takes the older build's copy, which is
    removed. The kernel runs the notebook every time."""
    _need(_browser_missing())
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    listing = copy / "static" / "pyodide" / "peerlearn-snapshot.json"
    info = json.loads(listing.read_text())
    assert re.fullmatch(r"[0-9a-f]{64}", info["hash"])
    with lite_site.serve(copy) as url, concurrent.futures.ThreadPoolExecutor(1) as pool:
        starts = pool.submit(_kept_starts, url, listing).result()
    first, kept, cut_short, rebuilt = starts
    assert "(unzipped)" in first["start"], first
    assert all(info["hash"] in k for k in first["keys"]) and len(first["keys"]) == 2, first
    assert "(kept in this browser)" in kept["start"], kept
    assert "(unzipped)" in cut_short["start"], cut_short
    assert any("kept in this browser is not usable" in c for c in cut_short["said"]), cut_short
    assert "(unzipped)" in rebuilt["start"], rebuilt
    # only the rebuilt site's copies are kept now
    assert len(rebuilt["keys"]) == 2 and all("unzipped=" + "b" * 64 in k for k in rebuilt["keys"])


def _kept_starts(url: str, listing: Path) -> list[dict]:
    """Open smoke.ipynb; reload; cut the kept memory short and reload; give the site another hash
    (a rebuild) and reload. For each: the kernel's start line, what else kernel.mjs said, and the
    Cache Storage keys once the copies for the build served are kept."""
    from playwright.sync_api import sync_playwright

    starts: list[dict] = []
    console: list[str] = []
    with sync_playwright() as p:
        browser = harness.launch(p, offline=True)
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            page.on("console", lambda m: console.append(m.text[:500]))

            def opened(how, hash_: str) -> None:
                c0 = len(console)
                with page.expect_console_message(
                    lambda m: m.text.startswith("peerlearn: kernel start:"), timeout=240_000
                ) as start:
                    how()
                _run_all(page)
                _line(page, "run:")
                if "(unzipped)" in start.value.text:  # kept once the kernel is quiet
                    _console_says(page, console, c0, "peerlearn: saved start kept in this browser")
                # the copies of the build served, both kept (the old ones gone)
                page.wait_for_function(
                    f"async h => {{ const k = await ({KEPT_KEYS})(); "
                    "return k.length === 2 && k.every(u => u.endsWith('unzipped=' + h)); }",
                    arg=hash_,
                    timeout=120_000,
                    polling=500,
                )
                said = [c for c in console[c0:] if c.startswith("peerlearn")]
                keys = page.evaluate(KEPT_KEYS)
                starts.append({"start": start.value.text, "said": said, "keys": keys})

            hash_ = json.loads(listing.read_text())["hash"]
            opened(lambda: page.goto(f"{url}/lab/index.html?path=smoke.ipynb"), hash_)
            opened(page.reload, hash_)
            # the kept memory cut short (its last byte gone), under its own key
            page.evaluate(
                f"""async () => {{
                    const cache = await caches.open('{KEPT}');
                    const key = (await cache.keys()).find(r => r.url.includes('.bin.gz?'));
                    const data = await (await cache.match(key)).arrayBuffer();
                    await cache.put(key, new Response(data.slice(0, data.byteLength - 1)));
                }}"""
            )
            opened(page.reload, hash_)
            # a rebuilt site: another content hash in its list
            info = json.loads(listing.read_text())
            info["hash"] = "b" * 64
            listing.write_text(json.dumps(info))
            opened(page.reload, info["hash"])
        except Exception as e:
            said = [c for c in console if c.startswith("peerlearn")][-20:]
            raise AssertionError(
                f"{e}\n-- so far: {starts}\n-- kernel.mjs said:\n" + "\n".join(said)
            ) from None
        finally:
            browser.close()
    return starts


def _console_says(page, console: list[str], start: int, text: str, timeout=120_000) -> None:
    """Wait until the browser's console (``console[start:]``, kept by a listener) has a line
    beginning with ``text``."""
    if not any(c.startswith(text) for c in console[start:]):
        page.wait_for_event("console", lambda m: m.text.startswith(text), timeout=timeout)


def _run_smoke(url: str) -> list[str]:
    """Open smoke.ipynb, Run All, wait for its first line; the browser's console."""
    from playwright.sync_api import sync_playwright

    console: list[str] = []
    with sync_playwright() as p:
        browser = harness.launch(p, offline=True)
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            page.on("console", lambda m: console.append(f"{m.type}: {m.text[:500]}"))
            page.goto(f"{url}/lab/index.html?path=smoke.ipynb")
            _run_all(page)
            try:
                _line(page, "run:")
            except Exception as e:
                raise AssertionError(f"{e}\n-- console:\n" + "\n".join(console[-40:])) from None
        finally:
            browser.close()
    return console


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


def test_every_app_page_keeps_the_service_worker_across_the_first_reload(site, tmp_path):
    """JupyterLite 0.8 unregisters its service worker on a site's first reload (its version key
    is written only then), and a kernel started meanwhile had no /drive: the learner's answers of
    that session lived in memory only (the core loop and whole-session tests caught it once the
    kernel started in two seconds). The build adds a script that writes the key once the worker is
    active; a site without appVersion or without app pages is refused with its reason."""
    mod = _build_module()
    version = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"][
        "appVersion"
    ]
    pages = sorted(site.glob("*/index.html"))
    assert {p.parent.name for p in pages} >= {"lab", "notebooks", "tree"}
    for page in pages:
        html = page.read_text()
        assert html.count(mod.SW_MARK) == 1, page
        assert f"localStorage.setItem(key, {json.dumps(version)})" in html
        assert html.index(mod.SW_MARK) < html.index('id="jupyter-config-data"')
    fake = tmp_path / "site"
    (fake / "lab").mkdir(parents=True)
    (fake / "jupyter-lite.json").write_text(json.dumps({"jupyter-config-data": {}}))
    with pytest.raises(SystemExit, match="no appVersion"):
        mod.keep_service_worker(fake)
    (fake / "jupyter-lite.json").write_text(
        json.dumps({"jupyter-config-data": {"appVersion": "0.8.6"}})
    )
    with pytest.raises(SystemExit, match="no JupyterLite app page"):
        mod.keep_service_worker(fake)
    (fake / "lab" / "index.html").write_text('<head><script id="jupyter-config-data"></script>')
    assert mod.keep_service_worker(fake) == [fake / "lab" / "index.html"]
    assert mod.keep_service_worker(fake) == []  # once only
