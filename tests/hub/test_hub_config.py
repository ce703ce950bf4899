"""The sample hub's log-in, without starting a hub: the config file loaded as JupyterHub loads it,
and its authenticator asked as the hub asks it (runs in the ordinary test run, no marker)."""

from __future__ import annotations

import asyncio
import concurrent.futures
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "classroom" / "hub" / "jupyterhub_config.py"


def load(monkeypatch, tmp_path, **env: str):
    from traitlets.config.loader import PyFileConfigLoader

    monkeypatch.setenv("PEERLEARN_HUB_STATE", str(tmp_path))
    for name in ("PEERLEARN_HUB_PASSWORD", "PEERLEARN_HUB_ADMIN", "PEERLEARN_HUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return PyFileConfigLoader(CONFIG.name, path=str(CONFIG.parent)).load_config()


def login(config, user: str, password: str) -> dict | None:
    from jupyterhub.authenticators.shared import SharedPasswordAuthenticator

    assert config.JupyterHub.authenticator_class == "shared-password"
    auth = SharedPasswordAuthenticator(config=config)
    data = {"username": user, "password": password}
    # in a thread of its own: in a whole run, the browser tests' Playwright keeps an event loop
    # running in the main thread, where asyncio.run() refuses to start another
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, auth.get_authenticated_user(None, data)).result()


def test_the_sample_hub_refuses_a_wrong_password(monkeypatch, tmp_path):
    config = load(monkeypatch, tmp_path, PEERLEARN_HUB_PASSWORD="right-password-1")
    assert login(config, "learner1", "right-password-1")["name"] == "learner1"
    assert login(config, "learner1", "wrong-password") is None
    assert login(config, "learner1", "") is None
    assert login(config, "stranger", "right-password-1") is None  # not on the list
    assert login(config, "instructor", "right-password-1") is None  # no admin unless asked
    assert "admin_users" not in config.Authenticator


def test_the_password_is_generated_and_printed_once(monkeypatch, tmp_path, capsys):
    config = load(monkeypatch, tmp_path)
    printed = capsys.readouterr().err
    password = config.SharedPasswordAuthenticator.user_password
    assert len(password) >= 12 and printed.count(password) == 1
    assert login(config, "learner2", password)["name"] == "learner2"
    again = load(monkeypatch, tmp_path)  # a new start, a new password
    assert again.SharedPasswordAuthenticator.user_password != password


def test_an_admin_only_when_asked_with_a_password_of_their_own(monkeypatch, tmp_path, capsys):
    env = {"PEERLEARN_HUB_PASSWORD": "learners-pass", "PEERLEARN_HUB_ADMIN": "instructor"}
    config = load(monkeypatch, tmp_path, **env)
    admin_password = config.SharedPasswordAuthenticator.admin_password
    assert len(admin_password) >= 32 and admin_password in capsys.readouterr().err
    assert login(config, "instructor", "learners-pass") is None
    user = login(config, "instructor", admin_password)
    assert user["name"] == "instructor" and user["admin"] is True
    with pytest.raises(AssertionError):
        assert login(config, "learner1", admin_password)


def test_the_kubernetes_values_name_a_real_log_in():
    """Zero to JupyterHub's chart falls back to its own default authenticator when none is
    named; the sample values name an institution's log-in, and no shared password."""
    import yaml

    values = yaml.safe_load((CONFIG.parent / "z2jh-config.yaml").read_text(encoding="utf-8"))
    auth = values["hub"]["config"]["JupyterHub"]["authenticator_class"]
    assert auth in ("generic-oauth", "lti13", "github", "azuread", "google")
    assert "dummy" not in str(values) and "password" not in str(values).lower()
