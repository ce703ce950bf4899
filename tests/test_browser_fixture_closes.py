"""No test leaves an event loop marked running in the test process's main thread.

Playwright's sync API runs its event loop in a greenlet, and while it is open,
``asyncio.get_running_loop()`` answers in the main thread too (and ``asyncio.run()`` refuses). The
browser tests' Chromium was a session fixture, so every test after tests/browser ran "inside"
that loop: the progress fold took the test process for a kernel and scheduled its work on a loop
that never ran (12 tests failed in a full run, none alone). tests/browser/conftest.py now closes
it when the browser tests are done (package scope). In a full run this file comes after
tests/browser, tests/hub and tests/lite (pytest collects in name order).
"""

from __future__ import annotations

import asyncio

import pytest


def test_no_event_loop_is_left_running_by_the_tests_before():
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()


def test_playwrights_sync_api_marks_its_loop_running_in_this_thread_until_closed():
    pytest.importorskip("playwright")
    from playwright.sync_api import sync_playwright

    with sync_playwright():  # the driver only: no browser is started
        assert asyncio.get_running_loop() is not None
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()
