"""Handouts for learners who cannot use a notebook in class (``make handouts``).

    python classroom/handouts.py [--out .classroom/handouts] [--only 00_start_here.ipynb ...]

- every course notebook (learners' and instructors'), executed, as one HTML file each
  (nbconvert); a learner's handout shows the text and what the code produced, not the code
  (nbconvert's ``exclude_input``, no ``In [ ]:`` prompts); the instructors' notebooks, which teach
  the code itself, keep it. The widgets are shown as their static state: text and tables read on
  paper, the interactive parts need a notebook;
- ``references-and-glossary.html``: the course's reference list and glossary on one printable
  page, with print CSS (A4, serif, no navigation, URLs kept visible);
- ``facilitators-guide.html``, ``role-plays.html``, ``reflection-rubric.html``: the pages for
  a taught class (``peerlearn.exercises.facilitation``, ``roleplays``, ``rubric``);
- ``index.html`` linking them all.

Each notebook runs in a fresh kernel with ``PEERLEARN_HOME`` in a temporary folder, so no
learner's progress is touched; a notebook that fails gets no handout, is reported at the end,
and makes the command exit with status 1.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"

PRINT_CSS = """
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; max-width: 48em;
       margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
ol.refs, dl { padding-left: 0; } ol.refs li { list-style: none; padding-left: 2em;
       text-indent: -2em; margin: 0 0 0.5em; }
dt { font-weight: bold; margin-top: 0.7em; } dd { margin: 0.1em 0 0 1.5em; }
.see { color: #444; font-size: 0.92em; }
a { color: inherit; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a[href^="http"]::after { content: ""; }  /* the reference already shows its DOI address */
  h2 { break-after: avoid; } li, dt, dd { break-inside: avoid; }
  nav { display: none; }
}
"""


def course_notebooks() -> list[Path]:
    return sorted(
        p
        for p in NOTEBOOKS.rglob("*.ipynb")
        if not any(part.startswith(".") for part in p.relative_to(NOTEBOOKS).parts)
    )


def shows_code(src: Path) -> bool:
    """Whether a notebook's handout keeps its code: only the instructors' notebooks do.

    >>> shows_code(NOTEBOOKS / "02_lived_experience.ipynb")
    False
    >>> shows_code(NOTEBOOKS / "instructors" / "01_building_exercise_sets.ipynb")
    True
    """
    return "instructors" in src.relative_to(NOTEBOOKS).parts[:-1]


def render_notebook(src: Path, dest: Path, timeout: int = 300) -> float:
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import ExecutePreprocessor

    t0 = time.monotonic()
    nb = nbformat.read(src, as_version=4)
    ep = ExecutePreprocessor(timeout=timeout, kernel_name="python3", store_widget_state=True)
    ep.preprocess(nb, {"metadata": {"path": str(src.parent)}})
    code = shows_code(src)
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=not code,
        exclude_input_prompt=not code,
        exclude_output_prompt=not code,
    )
    body, _ = exporter.from_notebook_node(nb)
    _write(dest, body)
    return time.monotonic() - t0


def _write(dest: Path, text: str) -> None:
    """A handout in the output folder (this tool's own, rebuilt each run): a regular file there
    is replaced atomically; a symlink (or a FIFO...) at the file or as its folder is refused,
    never followed, so nothing outside the folder is written."""
    from peerlearn._safefiles import write_file

    write_file(dest, text, overwrite=True, create=True)


def references_and_glossary() -> str:
    import peerlearn as pl

    kb = pl.default()
    refs = kb.reference_list()
    terms = sorted(kb.terms_list(), key=lambda t: t.term.lower())
    names = {t.id: t.term for t in terms}
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>peerlearn: references and glossary</title>",
        f"<style>{PRINT_CSS}</style></head><body>",
        "<h1>The mechanisms underpinning peer support: references and glossary</h1>",
        "<p>The course is built on one review:</p>",
        f'<p class="review">{refs.review_html}</p>' if refs.review_html else "",
        f"<h2>References ({len(refs.html)})</h2>",
        '<ol class="refs">',
        *(f"<li>{entry}</li>" for entry in refs.htmls()),  # safe HTML, notes escaped
        "</ol>",
        f"<h2>Glossary ({len(terms)} terms)</h2>",
        "<dl>",
    ]
    for t in terms:
        out.append(f'<dt id="{html.escape(t.id)}">{html.escape(t.term)}</dt>')
        out.append(f"<dd>{html.escape(t.definition)}")
        if t.see_also:
            see = ", ".join(html.escape(names.get(s, s)) for s in t.see_also)
            out.append(f'<div class="see">See also: {see}.</div>')
        if t.sources:
            cites = "; ".join(
                html.escape(kb.cite(k, form="in-text").strip("()")) for k in t.sources
            )
            out.append(f'<div class="see">Sources: {cites}.</div>')
        out.append("</dd>")
    out += ["</dl>", "</body></html>"]
    return "\n".join(out)


def teaching_pages() -> list[tuple[str, str, str]]:
    """The facilitator's guide, the role-plays and the reflection rubric: (file, title, page)."""
    from peerlearn.exercises import facilitation, roleplays, rubric

    return [
        ("facilitators-guide.html", "Facilitator's guide (printable)", facilitation.to_page()),
        ("role-plays.html", "Role-plays for pairs and threes (printable)", roleplays.to_page()),
        ("reflection-rubric.html", "Reflection rubric (printable)", rubric.to_page()),
    ]


def index(pages: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<li><a href="{html.escape(h)}">{html.escape(t)}</a></li>' for h, t in pages)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>peerlearn handouts</title><style>{PRINT_CSS}</style></head><body>"
        f"<h1>peerlearn handouts</h1><ul>{items}</ul></body></html>"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / ".classroom" / "handouts")
    ap.add_argument("--only", nargs="*", help="notebook paths relative to notebooks/")
    ap.add_argument("--no-notebooks", action="store_true", help="only the printable page")
    args = ap.parse_args(argv)
    os.environ["PEERLEARN_HOME"] = tempfile.mkdtemp(prefix="peerlearn-handouts-")
    args.out.mkdir(parents=True, exist_ok=True)
    pages = [("references-and-glossary.html", "References and glossary (printable)")]
    _write(args.out / pages[0][0], references_and_glossary())
    for name, title, html_page in teaching_pages():
        _write(args.out / name, html_page)
        pages.append((name, title))
    chosen = [] if args.no_notebooks else course_notebooks()
    if args.only:
        chosen = [NOTEBOOKS / p for p in args.only]
    failed = []
    for nb in chosen:
        rel = nb.relative_to(NOTEBOOKS).with_suffix(".html")
        try:
            seconds = render_notebook(nb, args.out / rel)
        except Exception as e:  # reported with the others at the end
            last = str(e).strip().splitlines()[-1:] or [type(e).__name__]
            failed.append(f"{rel.with_suffix('.ipynb')}: {last[0]}")
            print(f"{rel}: FAILED: {last[0]}", flush=True)
            continue
        print(f"{rel}: executed and rendered in {seconds:.1f} s", flush=True)
        pages.append((rel.as_posix(), rel.with_suffix("").as_posix().replace("_", " ")))
    _write(args.out / "index.html", index(pages))
    print(f"handouts in {args.out}: {len(pages)} pages (open index.html)")
    if failed:
        print("notebooks that failed to run (no handout):\n  " + "\n  ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
