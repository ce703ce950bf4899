"""Exchange formats for CSL-JSON items: BibTeX, RIS and CSL-JSON out, BibTeX and RIS in.

Every function is pure: exports take a list of CSL-JSON items (dicts, as in
``references.json``, possibly with peerlearn's ``custom`` object) and return text; imports
take text and return items. Exports are clean standard records (no ``custom`` content, DOI
included): BibTeX via bibtexparser 2, RIS via rispy (no numbered header lines), CSL-JSON.
Only ``custom.authors_truncated`` is read: it becomes ``and others`` in BibTeX, and
``and others`` reads back as ``custom.authors_truncated: true``. No field value can break a
record (braces, ``and``, line breaks...); a value an export cannot write (a dict as a title,
month 0, a lone surrogate) raises :class:`ExportError` naming the item and the field.

Reading a reference manager's file keeps what can be kept: :func:`read_bibtex` and
:func:`read_ris` return a :class:`Reading` whose ``repairs`` say, per entry and field, what was
normalised, kept as written, dropped or skipped; :func:`from_bibtex` and :func:`from_ris` refuse
instead (``ValueError`` naming the line).

Modules: ``bibtex`` (:func:`to_bibtex`), ``bibtex_read`` (:func:`read_bibtex`,
:func:`from_bibtex`), ``ris`` (:func:`to_ris`, :func:`read_ris`, :func:`from_ris`), ``csljson``
(:func:`to_csl_json`), ``_common`` (shared pieces), ``_latex`` (LaTeX to text, with
pylatexenc's shortfalls worked around). This
package imports only :mod:`peerlearn.csl` and the standard library at module level
(bibtexparser, pylatexenc and rispy inside the functions that use them); it does not import
:mod:`peerlearn.citations`.

>>> item = {"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2000]]}}
>>> from_ris(to_ris([item])) == [item]
True
"""

from __future__ import annotations

from peerlearn.interchange._common import ExportError, Reading
from peerlearn.interchange.bibtex import to_bibtex
from peerlearn.interchange.bibtex_read import from_bibtex, read_bibtex
from peerlearn.interchange.csljson import to_csl_json
from peerlearn.interchange.ris import from_ris, read_ris, to_ris

__all__ = [
    "ExportError",
    "Reading",
    "from_bibtex",
    "from_ris",
    "read_bibtex",
    "read_ris",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]
