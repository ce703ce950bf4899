"""A local JupyterHub for trying the course as a class would (`make hub`; the hub tests use it).

Not a production hub: the dummy authenticator lets anyone in with any password, and the simple
local-process spawner runs every learner's server as the user who started the hub (as root on a
CI machine). Everything listens on 127.0.0.1. docs/CLASSROOM.md describes a real hub.

Each learner ``learner1`` … ``learnerN`` gets a home folder under the state folder with the course
copied in (``peerlearn course HOME/course``, what nbgitpuller does on a real hub), and keeps their
own progress file at ``HOME/.local/share/peerlearn/progress.json`` (platformdirs under HOME).

Set by environment variables (the Makefile and tests/hub set them):

    PEERLEARN_HUB_STATE      state folder (database, cookie secret, homes); default .classroom/hub
    PEERLEARN_HUB_LEARNERS   how many learners are allowed to log in (default 3)
    PEERLEARN_HUB_PORT       the hub's public port on 127.0.0.1 (default 8000)
    PEERLEARN_HUB_PROXY      the configurable-http-proxy command (default .classroom/node_modules)
    PEERLEARN_HUB_TOKEN      optional: an API token for a service "driver" (the tests use it)
"""

# ruff: noqa: F821  (``c`` and ``get_config`` are provided by JupyterHub)

from __future__ import annotations

import os
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

c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {f"learner{i}" for i in range(1, LEARNERS + 1)}
c.Authenticator.admin_users = {"instructor"}
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
    # the course in every learner's home, as nbgitpuller would put it (edited copies are kept)
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
