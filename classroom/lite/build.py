"""Build the JupyterLite site of the whole course (``make lite``): static files, no server of ours.

    python classroom/lite/build.py [--out .classroom/lite] [--offline]

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
  values rewritten to the files here.

Packages with compiled code (numpy, pandas, matplotlib, pyyaml, lxml, rpds-py for jsonschema) have
no wasm build on PyPI or npm: the site has none of them, and PyPI fallback is switched off
(``disablePyPIFallback``). docs/CLASSROOM.md says how a school can self-host the full Pyodide
distribution to have them.

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
from importlib import metadata
from pathlib import Path

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
# in the build's own isolated environment (building peerlearn's wheel offline)
BUILD_REQS = ["setuptools>=77", "pyyaml>=6.0", "wheel"]
KERNEL_NAME = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
INSTALL_CELL = """\
# JupyterLite only: install peerlearn from this site's own wheels (does nothing elsewhere).
import sys

if sys.platform == "emscripten":
    import piplite

    await piplite.install({packages!r}, deps=False)"""


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


def self_host_pyodide(lite_dir: Path, cache: Path, offline: bool) -> list[str]:
    """static/pyodide/ in the lite dir: the npm core files, the kernel's wheels, a matching lock."""
    if not (PYODIDE_NPM / "pyodide.mjs").exists():
        sys.exit(f"the Pyodide runtime is missing: {PYODIDE_NPM} (make lite-deps)")
    out = lite_dir / "static" / "pyodide"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for f in PYODIDE_CORE:
        shutil.copy2(PYODIDE_NPM / f, out / f)
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
    (out / "pyodide-lock.json").write_text(json.dumps(lock))
    return wanted


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
    cells = nb["cells"]
    first_code = next((i for i, c in enumerate(cells) if c["cell_type"] == "code"), len(cells))
    cells.insert(first_code, copy.deepcopy(cell))
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=CLASSROOM / "lite")
    ap.add_argument("--cache", type=Path, default=CLASSROOM / "wheels")
    ap.add_argument("--offline", action="store_true", help="read only local files")
    ap.add_argument("--extra-contents", type=Path, help="more notebooks for the site (tests)")
    ap.add_argument("--check", action="store_true", help="then run `jupyter lite check` on it")
    args = ap.parse_args(argv)
    offline = args.offline
    with tempfile.TemporaryDirectory(prefix="pl-lite-") as tmp:
        work = Path(tmp)
        lite_dir, wheels, notebooks = work / "lite", work / "wheels", work / "contents"
        for d in (lite_dir, wheels, notebooks):
            d.mkdir()
        in_lock = {norm(k) for k in self_host_pyodide(lite_dir, args.cache, offline)}
        peerlearn_whl = build_peerlearn_wheel(wheels, args.cache, offline)
        extra = runtime_wheels(wheels, args.cache, offline, in_lock)
        packages = ["peerlearn", *RUNTIME]  # the lock's own come from the self-hosted Pyodide
        contents(notebooks, packages)
        if args.extra_contents:
            contents(notebooks, packages, args.extra_contents)
        for f in ("jupyter-lite.json", "jupyter_lite_config.json", "overrides.json"):
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
        if args.check:  # checks the site just built (and the schema of its settings), offline
            run([*jupyter, "check", *lite_args], cwd=lite_dir, env=env)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"JupyterLite site in {args.out}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
