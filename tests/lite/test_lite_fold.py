"""Folding session files in the built JupyterLite site, with a second tab live (marker ``lite``).

Two tabs of the site (one browser context: one origin, one browser storage), on the session's
one built site and server (tests/lite/conftest.py):

- tab A runs ``fold_live.ipynb``: its kernel saves a record, then saves every 0.2 s until tab B
  says it has folded, then once more; it never folds itself (``fold.FOLD_AT`` set high in that
  kernel, test only);
- tab B runs ``fold_folder.ipynb``: it writes ten old session files (tabs long closed, three
  made-up records each), sets ``fold.FOLD_IDLE`` to 0 in its kernel (test only: the live tab's
  file counts as idle too, so only the question "which sessions are alive", a Web Lock per
  kernel session, keeps it from being taken), reads (which plans a fold, run by the event loop),
  and waits in the kernel for the fold to end.

Checked: tab A's file is never claimed and stays under its name; the ten old files are folded
into one file holding exactly their 30 records; every record tab A saved (before, during and
after the fold) is read once. Then tab A's kernel is restarted from the Kernel menu: its worker
ends, its lock with it, and tab B's next reads fold its file too (nothing answering for a dead
session is left behind), every record still read once.

Every wait is on a condition (Playwright waits on the page; the kernels wait on files), never a
fixed sleep. Screenshots go to ``$PL_LITE_SHOTS`` (default: a temporary folder, printed).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from tests.lite.test_lite import _browser_missing, _need, harness
from tests.lite.test_lite_session import _open, _ran_to_the_end, _session_line

pytestmark = pytest.mark.lite

OLD = {f"old-{i}-{j}" for i in range(10) for j in range(3)}


def test_a_fold_in_one_tab_leaves_a_live_tab_s_file_and_loses_nothing(served, capsys):
    _need(_browser_missing())
    shots = Path(os.environ.get("PL_LITE_SHOTS") or tempfile.mkdtemp(prefix="pl-lite-fold-"))
    shots.mkdir(parents=True, exist_ok=True)
    # Playwright's sync API needs a thread without a running asyncio loop (see test_lite.py)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        seen = pool.submit(_two_tabs, served, shots).result()
    live, folded, count, saved, restarted = (
        seen[k] for k in ("live", "fold", "count", "saved", "restarted")
    )
    with capsys.disabled():
        print(
            f"\nlite fold: {seen['seconds']:.0f} s; the live tab saved {saved['n']} records "
            f"({count['live']} read back), {count['during']} of them in the "
            f"{count['fold_s']:.2f} s from the folding tab's read to its fold's end; files after "
            f"the fold {count['files']}; after the live tab's restart {restarted['files']}; "
            f"screenshots in {shots}"
        )
    # the live tab's file: never claimed, still under its name, none of its records folded
    assert live["file"] in folded["files"] and live["file"] in count["files"], (live, folded)
    assert not any("-folding-" in n for n in folded["files"] + count["files"]), folded
    output = [n for n in count["files"] if n.endswith("-folded.jsonl")]
    assert sorted(count["files"]) == sorted([live["file"], *output]) and len(output) == 1, count
    assert sorted(folded["inside"]) == sorted(OLD), folded["inside"]  # exactly the old records
    # every record read once: the 30 old ones and each the live tab saved, during the fold too
    assert saved["unique"] == saved["n"] and saved["n"] >= 2, saved
    assert count["old"] and count["live"] == saved["n"], (count, saved)
    assert count["total"] == count["unique"] == len(OLD) + saved["n"], count
    # after the live tab's kernel restart: its file folded too, one file, every record once
    assert len(restarted["files"]) == 1 and restarted["files"][0].endswith("-folded.jsonl")
    assert restarted["files"][0] not in count["files"], restarted
    assert restarted["total"] == restarted["unique"] == count["total"], restarted


def _output(page: Any, prefix: str) -> Any:
    """The output (a ``pre``) holding a line that starts with ``prefix`` (already waited for)."""
    return page.locator(".jp-OutputArea-output pre", has_text=prefix).first


def _two_tabs(url: str, shots: Path) -> dict[str, Any]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    console: list[str] = []
    seen: dict[str, Any] = {}
    t0 = time.monotonic()
    with sync_playwright() as p:
        browser = harness.launch(p, offline=True)
        live = folder = None
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 720})
            local = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")
            context.route(lambda u: not u.startswith(local), lambda route: route.abort())
            live, folder = context.new_page(), context.new_page()
            for name, page in (("A", live), ("B", folder)):
                page.on("console", lambda m, n=name: console.append(f"{n} {m.type}: {m.text}"))
                page.on("pageerror", lambda e, n=name: console.append(f"{n} pageerror: {e}"))
            _open(live, url, "fold_live.ipynb")
            seen["live"] = _session_line(live, "live:")  # tab A's kernel is up and has saved
            _open(folder, url, "fold_folder.ipynb")
            seen["fold"] = _session_line(folder, "fold:")
            _output(folder, "fold:").screenshot(path=str(shots / "fold-folder-fold-line.png"))
            seen["saved"] = _session_line(live, "saved:")
            _ran_to_the_end(live, "fold_live.ipynb")
            live.screenshot(path=str(shots / "fold-live-saved.png"))
            seen["count"] = _session_line(folder, "count:")
            _output(folder, "count:").screenshot(path=str(shots / "fold-folder-count-line.png"))
            # tab A's kernel restarted: JupyterLite ends its worker, and its Web Lock with it
            live.locator(".lm-MenuBar-itemLabel", has_text="Kernel").click()
            restart = live.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Restart Kernel"))
            restart.first.click()
            live.get_by_role("button", name="Confirm Kernel Restart").click()
            seen["restarted"] = _session_line(folder, "restarted:")
            _ran_to_the_end(folder, "fold_folder.ipynb")
            folder.screenshot(path=str(shots / "fold-folder-end.png"))
            live.screenshot(path=str(shots / "fold-live-restarted.png"))
        except PlaywrightTimeout as e:
            for name, page in (("live", live), ("folder", folder)):
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(shots / f"timeout-{name}.png"))
            said = [c for c in console if "debug:" not in c][-40:]
            raise AssertionError(
                f"{e}\n-- screenshots in {shots}; seen so far: {seen}"
                "\n-- browser console (last 40):\n" + "\n".join(said)
            ) from None
        finally:
            browser.close()
    seen["seconds"] = time.monotonic() - t0
    return seen
