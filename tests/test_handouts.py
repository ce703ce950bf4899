"""make handouts: a notebook executed to HTML, and the printable references and glossary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_handouts_render_a_notebook_and_the_printable_page(tmp_path):
    out = tmp_path / "handouts"
    script = REPO / "classroom" / "handouts.py"
    r = subprocess.run(
        [sys.executable, str(script), "--out", str(out), "--only", "explorer_app.ipynb"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    page = (out / "references-and-glossary.html").read_text(encoding="utf-8")
    assert "@media print" in page and "@page" in page
    assert page.count('<ol class="refs">') == 1 and "Lynch, K. (2007)" in page
    assert '<dt id="peer-support">Peer support</dt>' in page and "Watson, E. (2019)" in page
    nb = (out / "explorer_app.html").read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-state+json" in nb  # executed, widget state kept
    # for paper: the text and what the code produced, not the code (nor its In [ ]: prompts)
    assert (
        'class="jp-InputArea-editor' not in nb
        and "import peerlearn" not in nb
        and "In&nbsp;[" not in nb
    )
    assert "application/vnd.jupyter.widget-view+json" in nb  # the output is there
    assert "Explore the mechanisms of peer support" in nb  # and the text
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="explorer_app.html"' in index and 'href="references-and-glossary.html"' in index
