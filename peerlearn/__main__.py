"""``python -m peerlearn``: the command line."""

from .cli import main

raise SystemExit(main())
