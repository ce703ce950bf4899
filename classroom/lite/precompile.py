"""Add Python's compiled bytecode (``__pycache__/*.pyc``) to pure-Python wheels, for the Python
that runs this file: build.py runs it inside the site's own Pyodide (in node, through
``pyodide_run.mjs``), so the bytecode is that of the browser's Python.

    python precompile.py SRC.whl DEST.whl [SRC.whl DEST.whl ...]

Why: Python compiles a module's source each time it imports it without a usable ``.pyc``, and in
the browser nothing compiled survives a page load. Measured in Pyodide (node, loaded machine),
compiling was 1.3 s of the 2.8 s ``pl.explore()`` took on its first call (its widget modules,
anywidget, psygnal), and every kernel start compiles IPython again.

The ``.pyc`` files are *unchecked hash-based* (PEP 552): Python uses them without comparing them
with the source's time stamp (a wheel's unpacked files get the time of unpacking, so a time-stamp
``.pyc`` would be thrown away). The site's wheels never change under their name (a rebuilt site
rebuilds them), so nothing stale can be used. The sources stay in the wheel (tracebacks show the
lines); RECORD lists the new files. A package's own tests get none, and a source that does not
compile (say, test data with another Python's syntax) gets no ``.pyc``, as Python would fail on it
anyway.

Example::

    >>> whl = "peerlearn-0.1.0-py3-none-any.whl"
    >>> compile_wheel(Path(whl), Path("out") / whl)  # doctest: +SKIP
    187
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import marshal
import sys
import warnings
import zipfile
from pathlib import Path

__all__ = ["compile_wheel", "pyc_bytes"]


def pyc_bytes(source: bytes, filename: str) -> bytes | None:
    """The unchecked hash-based ``.pyc`` of ``source`` for this Python, or None if it does not
    compile.

    >>> pyc_bytes(b"x = 1\\n", "m.py")[:4] == importlib.util.MAGIC_NUMBER
    True
    """
    try:
        with warnings.catch_warnings():  # a package's own warnings are for its authors
            warnings.simplefilter("ignore")
            code = compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return None
    flags = (0b01).to_bytes(4, "little")  # hash-based, source not checked
    return (
        importlib.util.MAGIC_NUMBER
        + flags
        + importlib.util.source_hash(source)
        + (marshal.dumps(code))
    )


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}\n"


def compile_wheel(src: Path, dest: Path) -> int:
    """Write ``dest``: the wheel ``src`` with a ``.pyc`` beside each ``.py``; how many."""
    added = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        record = next((n for n in names if n.endswith(".dist-info/RECORD")), None)
        extra: list[str] = []
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == record:
                continue
            zout.writestr(info, data)
            parts = info.filename.split("/")
            if (
                not info.filename.endswith(".py")
                or parts[0].endswith((".data", ".dist-info"))
                or {"tests", "test"} & set(parts[:-1])  # a package's own tests: never imported
            ):
                continue
            pyc = pyc_bytes(data, info.filename)
            if pyc is None:
                continue
            name = importlib.util.cache_from_source(info.filename)
            if name in names:
                continue
            entry = zipfile.ZipInfo(name, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED  # a new ZipInfo would be stored as is
            zout.writestr(entry, pyc)
            extra.append(_record_line(name, pyc))
            added += 1
        if record is not None:
            text = zin.read(record).decode("utf-8")
            if text and not text.endswith("\n"):
                text += "\n"
            zout.writestr(zin.getinfo(record), (text + "".join(extra)).encode("utf-8"))
    return added


def main(argv: list[str]) -> int:
    if len(argv) % 2:
        sys.exit("usage: precompile.py SRC.whl DEST.whl [SRC.whl DEST.whl ...]")
    for src, dest in zip(argv[::2], argv[1::2], strict=True):
        n = compile_wheel(Path(src), Path(dest))
        print(f"{Path(dest).name}: {n} .pyc for {sys.implementation.cache_tag}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
