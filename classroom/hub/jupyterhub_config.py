"""A local JupyterHub for trying the course as a class would (`make hub`; the hub tests use it).

Not a production hub: the simple local-process spawner runs every learner's server as the user who
started the hub (as root on a CI machine). Everything listens on 127.0.0.1. docs/CLASSROOM.md
describes a real hub (and the authenticator it uses: your institution's, through OAuth/LTI).

Logging in: JupyterHub's shared-password authenticator. The learners' password is generated when
the hub starts and printed once (or set with ``PEERLEARN_HUB_PASSWORD``, at least 8 characters);
any other password is refused. Nobody is an admin unless ``PEERLEARN_HUB_ADMIN`` names one (e.g.
``instructor``), who then logs in with a second, separate password, also printed once.

Each learner ``learner1`` … ``learnerN`` gets a home folder under the state folder with the course
copied in (``peerlearn course HOME/course``; ``PEERLEARN_HUB_COURSE=none`` leaves it to
nbgitpuller's ``git-pull`` link, as the hub test does), and keeps their own progress file at
``HOME/.local/share/peerlearn/progress.json`` (platformdirs under HOME).

Set by environment variables (the Makefile and tests/hub set them):

    PEERLEARN_HUB_STATE      state folder (database, cookie secret, homes); default .classroom/hub
    PEERLEARN_HUB_LEARNERS   how many learners are allowed to log in (default 3)
    PEERLEARN_HUB_PORT       the hub's public port on 127.0.0.1 (default 8000)
    PEERLEARN_HUB_PROXY      the configurable-http-proxy command (default .classroom/node_modules)
    PEERLEARN_HUB_TOKEN      optional: an API token for a service "driver" (the tests use it)
    PEERLEARN_HUB_PASSWORD   the learners' password (default: generated at start, printed once)
    PEERLEARN_HUB_ADMIN      a user name to make admin (default: nobody)
    PEERLEARN_HUB_COURSE     "copy" (default): the course copied into each home; "none": not
"""

# ruff: noqa: F821  (``c`` and ``get_config`` are provided by JupyterHub)

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STATE = Path(os.environ.get("PEERLEARN_HUB_STATE", REPO / ".classroom" / "hub")).resolve()
LEARNERS = int(os.environ.get("PEERLEARN_HUB_LEARNERS", "3"))
PORT = int(os.environ.get("PEERLEARN_HUB_PORT", "8000"))
PROXY = os.environ.get(
    "PEERLEARN_HUB_PROXY",
    str(REPO / ".classroom" / "node_modules" / ".bin" / "configurable-http-proxy"),
)
BIN = Path(sys.executable).parent  # the venv JupyterHub runs from serves the learners too
HOMES = STATE / "homes"
HOMES.mkdir(parents=True, exist_ok=True)

c = get_config()
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = PORT
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = PORT + 1
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PORT + 2}"
c.ConfigurableHTTPProxy.command = [PROXY]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")


def _password(variable: str, who: str, length: int) -> str:
    """The password from ``variable``, else a new one printed once (to the hub's terminal)."""
    given = os.environ.get(variable)
    if given:
        return given
    made = secrets.token_urlsafe(length)
    print(f"\n  {who} log in with the password: {made}\n  (shown once; set {variable} to "
          "choose one)\n", file=sys.stderr, flush=True)  # fmt: skip
    return made


c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = _password(
    "PEERLEARN_HUB_PASSWORD", f"Learners (learner1 … learner{LEARNERS})", 12
)
c.Authenticator.allowed_users = {f"learner{i}" for i in range(1, LEARNERS + 1)}
ADMIN = os.environ.get("PEERLEARN_HUB_ADMIN", "").strip()
if ADMIN:  # an admin only when asked for, with a password of their own (32+ characters)
    c.Authenticator.admin_users = {ADMIN}
    c.Authenticator.allowed_users.add(ADMIN)
    c.SharedPasswordAuthenticator.admin_password = _password(
        "PEERLEARN_HUB_ADMIN_PASSWORD", f"The admin ({ADMIN}) may", 32
    )
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(HOMES / "{username}")
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab/tree/course/00_start_here.ipynb"
c.Spawner.args = ["--ServerApp.ip=127.0.0.1"] + (["--allow-root"] if os.geteuid() == 0 else [])
c.Spawner.environment = {
    "PATH": f"{BIN}:/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    # each learner's progress lives in their own home (platformdirs' user data folder)
    "PEERLEARN_HOME": lambda spawner: str(
        HOMES / spawner.user.name / ".local" / "share" / "peerlearn"
    ),
}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
# one port per learner from a block above the hub's own ports (the default is a random port)
_ports: dict[str, int] = {}


def _pre_spawn(spawner) -> None:
    name = spawner.user.name
    spawner.port = _ports.setdefault(name, PORT + 10 + len(_ports))
    home = HOMES / name
    home.mkdir(parents=True, exist_ok=True)
    if os.environ.get("PEERLEARN_HUB_COURSE", "copy") == "copy":
        # the course in every learner's home (edited copies are kept); on a real hub the
        # git-pull link of nbgitpuller does this (see docs/CLASSROOM.md)
        from peerlearn.course import copy_course

        copy_course(home / "course")


c.Spawner.pre_spawn_hook = _pre_spawn

token = os.environ.get("PEERLEARN_HUB_TOKEN")
if token:
    c.JupyterHub.services = [{"name": "driver", "api_token": token}]
    c.JupyterHub.load_roles = [
        {
            "name": "driver",
            "scopes": [
                "admin:users",
                "admin:servers",
                "access:servers",
                "read:users",
                "list:users",
            ],
            "services": ["driver"],
        }
    ]
    c.Authenticator.allow_all = True  # the driver creates learners through the REST API
