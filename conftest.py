"""Session-wide test settings: no test or notebook run writes into the real user data folder."""

import os
import tempfile


def pytest_configure(config):
    if "PEERLEARN_HOME" not in os.environ or os.environ.get("CI"):
        os.environ["PEERLEARN_HOME"] = tempfile.mkdtemp(prefix="peerlearn-test-home-")
