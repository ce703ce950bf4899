"""Exchange formats for CSL-JSON items: BibTeX, RIS and CSL-JSON out, BibTeX and RIS in.

Temporary: re-exports from the old ``peerlearn.citations`` module while it is split.
"""

from __future__ import annotations

from peerlearn.citations import from_bibtex, from_ris, to_bibtex, to_csl_json, to_ris

__all__ = ["from_bibtex", "from_ris", "to_bibtex", "to_csl_json", "to_ris"]
