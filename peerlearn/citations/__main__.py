"""``python -m peerlearn.citations --prerender [--check]``: (re)write or check the cache.

Imports: :mod:`peerlearn.citations.cache` only.
"""

from __future__ import annotations

from peerlearn.citations.cache import main

if __name__ == "__main__":
    raise SystemExit(main())
