"""Where the tests keep a learner's data: the one place that sets ``PEERLEARN_HOME``.

Every fixture, harness and subprocess environment in the tests that points peerlearn at a
throw-away user-data folder goes through :func:`use_home` (in-process) or :func:`home_env`
(a server's or a subprocess's environment), so the variable's name and meaning live here only.

>>> home_env(Path("/tmp/h"))
{'PEERLEARN_HOME': '/tmp/h'}
"""

from __future__ import annotations

from pathlib import Path

import pytest

__all__ = ["HOME_VAR", "home_env", "use_home"]

#: The environment variable peerlearn reads its user-data folder from.
HOME_VAR = "PEERLEARN_HOME"


def home_env(folder: Path) -> dict[str, str]:
    """The environment entries that point a server or subprocess at ``folder``."""
    return {HOME_VAR: str(folder)}


def use_home(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Point this test's peerlearn at ``folder`` (undone after the test); return ``folder``."""
    for name, value in home_env(folder).items():
        monkeypatch.setenv(name, value)
    return folder
