"""peerlearn's share of a learner's kernel memory after notebooks 00 and 02, in CPython.

Run: ``.venv/bin/python benchmarks/bench_kernel_memory.py``. Prints figures; asserts nothing.
Aim (issue 17): RSS after notebooks 00 and 02 minus a bare kernel's RSS ≤ 20 MiB.

* A fresh ipykernel (jupyter_client's ``KernelManager``, this Python), ``PEERLEARN_HOME`` set to
  a temporary folder so no learner's record is touched. One trivial cell runs first, so the bare
  figure includes the kernel's own execution machinery; its RSS (``VmRSS`` in
  ``/proc/PID/status``) is the bare kernel.
* Every code cell of ``notebooks/00_start_here.ipynb`` then ``02_lived_experience.ipynb`` runs in
  that kernel, in order (widgets are built and their state sent, as in JupyterLab; no front end
  renders them). The RSS is read again: the difference is peerlearn's share (with what it
  imports: ipywidgets, its data, its caches).
* Beside it, a second fresh kernel that only imports ipywidgets, then PyYAML: the part of the
  share that any widget notebook pays, and what reading the built-in exercise bank's YAML costs
  (:func:`peerlearn.exercises.builtin` uses PyYAML where it is installed, the compiled JSON where
  not, as in JupyterLite).
* Which heavy modules ended up in the kernel's ``sys.modules`` (pandas, numpy, matplotlib,
  citeproc, lxml, jsonschema, yaml), and which were already in the bare kernel: the learner path
  should need none of them but PyYAML (see above).

This is CPython's RSS as a proxy for the learner's memory; in JupyterLite (Pyodide) the kernel
lives in a browser tab and its memory is the WebAssembly heap, which is not measured here.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = [
    REPO / "notebooks" / "00_start_here.ipynb",
    REPO / "notebooks" / "02_lived_experience.ipynb",
]
HEAVY = ["pandas", "numpy", "matplotlib", "citeproc", "lxml", "jsonschema", "yaml"]
AIM_MIB = 20.0
TIMEOUT = 120


def code_cells(path: Path) -> list[str]:
    """The source of every code cell of the notebook at *path*, in order.

    >>> len(code_cells(NOTEBOOKS[0])) > 0
    True
    """
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [
        "".join(cell["source"])
        for cell in nb["cells"]
        if cell["cell_type"] == "code" and "".join(cell["source"]).strip()
    ]


def rss_mib(pid: int) -> float:
    """The resident set size of process *pid* in MiB (``VmRSS`` of ``/proc/PID/status``).

    >>> rss_mib(os.getpid()) > 0
    True
    """
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"/proc/{pid}/status has no VmRSS line")


class Kernel:
    """A fresh ipykernel with ``PEERLEARN_HOME`` in a temporary folder; a context manager."""

    def __init__(self, home: str) -> None:
        env = dict(os.environ, PEERLEARN_HOME=home, PYTHONPATH=str(REPO))
        env.pop("MPLBACKEND", None)
        self.km = KernelManager(kernel_name="python3")
        # This interpreter (the venv's), not whatever "python3" kernelspec is installed.
        self.km.kernel_spec.argv[0] = sys.executable
        self.km.start_kernel(env=env, cwd=str(REPO / "notebooks"))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)
        self.pid = int(self.run("import os; print(os.getpid())").strip())

    def run(self, code: str) -> str:
        """Run *code*; return what it printed; raise if the cell raised."""
        out: list[str] = []

        def hook(msg: dict) -> None:
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])

        reply = self.kc.execute_interactive(code, timeout=TIMEOUT, output_hook=hook)
        if reply["content"]["status"] != "ok":
            c = reply["content"]
            raise RuntimeError(f"cell failed: {c.get('ename')}: {c.get('evalue')}\n{code}")
        return "".join(out)

    def loaded(self, names: list[str]) -> list[str]:
        """Which of the top-level modules *names* are in the kernel's ``sys.modules``."""
        probe = f"import sys; print(','.join(n for n in {names!r} if n in sys.modules))"
        return [n for n in self.run(probe).strip().split(",") if n]

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def main() -> None:
    """Print the bare kernel, the kernel after notebooks 00 and 02, the share and the ratio."""
    with tempfile.TemporaryDirectory() as home:
        with Kernel(home) as k:
            k.run("pass")
            bare = rss_mib(k.pid)
            in_bare = k.loaded([*HEAVY, "ipywidgets", "peerlearn"])
            for nb in NOTEBOOKS:
                for code in code_cells(nb):
                    k.run(code)
                print(f"  after {nb.name}: RSS {rss_mib(k.pid):.1f} MiB")
            after = rss_mib(k.pid)
            heavy = k.loaded(HEAVY)
        with Kernel(home) as k:
            k.run("pass")
            bare_w = rss_mib(k.pid)
            k.run("import ipywidgets")
            widgets = rss_mib(k.pid) - bare_w
            k.run("import yaml")
            yaml_cost = rss_mib(k.pid) - bare_w - widgets
    share = after - bare
    print(f"bare kernel RSS:                 {bare:6.1f} MiB")
    print(f"after notebooks 00 and 02:       {after:6.1f} MiB")
    print(f"peerlearn's share:               {share:6.1f} MiB  (aim ≤ {AIM_MIB:.0f} MiB)")
    print(f"  of which `import ipywidgets`:  {widgets:6.1f} MiB  (in a second fresh kernel)")
    print(f"  of which `import yaml`:        {yaml_cost:6.1f} MiB  (the same kernel, after it)")
    print(f"ratio to the aim:                {share / AIM_MIB:6.2f}")
    print(f"heavy modules loaded:            {', '.join(heavy) or 'none'}  (of {', '.join(HEAVY)})")
    print(f"already in the bare kernel:      {', '.join(in_bare) or 'none'}")


if __name__ == "__main__":
    main()
