import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from homes import use_home

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "data"  # the facts the data was made from (tests/data/README.md)


@pytest.fixture
def kb_folder(tmp_path):
    """A small valid knowledge-base folder written by tests/builders.py."""
    from builders import make_kb

    return make_kb(tmp_path / "kb")


@pytest.fixture(autouse=True)
def _peerlearn_home(tmp_path_factory, monkeypatch):
    """Never write into the real user data folder during tests."""
    use_home(monkeypatch, tmp_path_factory.mktemp("peerlearn-home"))
    # and never into the real export folder (~/peerlearn-exports) either
    monkeypatch.setenv("PEERLEARN_EXPORTS", str(tmp_path_factory.mktemp("peerlearn-exports")))


@pytest.fixture
def progress_home(tmp_path, monkeypatch):
    """This test's own user-data folder (``<tmp_path>/peerlearn-home``), set as the home.

    Modules whose every test keeps progress there say ``pytestmark =
    pytest.mark.usefixtures("progress_home")``; a test that looks inside asks for it by name.
    """
    return use_home(monkeypatch, tmp_path / "peerlearn-home")


try:  # every waiting DOM check (Playwright's expect) waits up to 30 s, not its default 5 s:
    # a shared 2-core machine under load takes longer than 5 s to answer a kernel round trip
    from playwright.sync_api import expect as _expect

    _expect.set_options(timeout=30_000)
except ImportError:  # pragma: no cover - the browser tests say how to install Playwright
    pass

# The browser tests' notebooks need a server and a prepared environment: nbval must not run them.
collect_ignore = ["browser/notebooks", "lite/site"]  # the Lite smoke notebook runs in the Lite test
