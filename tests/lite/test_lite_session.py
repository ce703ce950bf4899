"""A learner's whole session in JupyterLite, offline (marker ``lite``): issue 17's test.

In Debian's chromium at 1280×720, with every request that is not to 127.0.0.1 blocked, on the
site ``make lite`` builds (the session's one build and server: tests/lite/conftest.py):

1. every learner notebook (00–08 and the explorer app) runs to the end with no error output;
2. in 00, 01 and 03 every exercise is answered once wrongly and once rightly, and a reflection
   saved; no answer says it was not saved; 01 and 03 are answered in two tabs open at once;
3. a reload of 00 shows the last answers again, with the full score;
4. every record is there: counted in the kernel through ``peerlearn.progress`` (the progress
   journal(s), whatever the store keeps), per set and event;
5. the hand-in is downloaded (Playwright's download event) and imported into a gradebook
   (``peerlearn.gradebook``, CPython here) with the right score;
6. issue 21's screens, in Lite: once each learner notebook has run (00 after its reload, 01 and
   03 once answered), every peerlearn widget output is measured at 1280×720 and the explorer's
   concept-map label boxes read, with the same helpers and limits as the JupyterLab test
   (``harness.measure_widgets``, tests/browser/test_screens.py); no *Show answer* is pressed
   here (it would add a reveal record). Over a limit fails, naming notebook and widget.

Every wait is on a condition (``expect``, ``wait_for_function``), never a fixed sleep, so it
passes on a loaded machine. Screenshots go to ``$PL_LITE_SHOTS`` (default: a temporary folder,
printed) for a person to look at.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.lite.test_lite import OUT, _browser_missing, _need, _run_all, harness

pytestmark = pytest.mark.lite

REPO = Path(__file__).resolve().parents[2]
LEARNER = [
    *sorted(p.name for p in (REPO / "notebooks").glob("0*.ipynb")),
    "explorer_app.ipynb",
]
ANSWERED = ["00_start_here.ipynb", "01_what_is_a_mechanism.ipynb", "03_love_labour.ipynb"]
LEARNER_NAME = "Ana Lite"
ROLE_LABELS = {
    "helps": "helps the relationship",
    "strains": "strains the relationship",
    "both": "both helps and strains",
}
WAIT = 240_000  # ms: a generous ceiling for a loaded machine; every wait ends on its condition


def _norm(text: str) -> str:
    return " ".join(str(text).split())


# ---------------------------------------------------------------------- answers, from the bank
def _bank() -> dict[str, tuple[str, Any]]:
    """Prompt (normalised, first 100 characters) → (set id, exercise), for every built-in one."""
    from peerlearn import exercises

    out: dict[str, tuple[str, Any]] = {}
    for s in exercises.builtin():
        for ex in s:
            out[_norm(ex.prompt)[:100]] = (s.id, ex)
    return out


def _answers(ex: Any) -> tuple[dict[str, Any], dict[str, Any], Any, Any]:
    """(wrong plan, right plan, wrong answer, right answer) for a scored exercise.

    A plan says what to set in the page; the answers are the same in the model's terms, to
    check with :func:`peerlearn.exercises.scoring.check` before the page is touched.
    """
    import peerlearn as pl

    if ex.kind == "multiple-choice":
        right = next(o.text for o in ex.options if o.correct)
        wrong = next(o.text for o in ex.options if not o.correct)
        return {"radio": wrong}, {"radio": right}, wrong, right
    if ex.kind == "multiple-select":
        texts = [o.text for o in ex.options]
        rights = [o.text for o in ex.options if o.correct]
        wrongs = [t for t in texts if t not in rights]
        pick = [wrongs[0]] if wrongs else rights[:1]
        return (
            {"ticks": {t: t in pick for t in texts}},
            {"ticks": {t: t in rights for t in texts}},
            pick,
            rights,
        )
    if ex.kind == "matching":
        lefts = [p.left for p in ex.pairs]
        rights = [p.right for p in ex.pairs]
        wrong = dict(zip(lefts, rights[1:] + rights[:1], strict=True))
        right = dict(zip(lefts, rights, strict=True))
        return {"menus": wrong}, {"menus": right}, wrong, right
    if ex.kind == "vignette":
        at_work = {m.id: m.role for m in ex.mechanisms_at_work}
        every = [*at_work, *(m for m in ex.feedback_absent if m not in at_work)]
        names = {m: pl.mechanism(m).name for m in every}
        absent = [m for m in every if m not in at_work]
        first = next(iter(at_work))
        wrong = (
            {absent[0]: "helps"}
            if absent
            else {first: "both" if at_work[first] != "both" else "helps"}
        )
        return (
            {"roles": {names[m]: r for m, r in wrong.items()}, "all": list(names.values())},
            {"roles": {names[m]: r for m, r in at_work.items()}, "all": list(names.values())},
            wrong,
            at_work,
        )
    raise AssertionError(f"no plan for a {ex.kind} exercise ({ex.id})")


# ---------------------------------------------------------------------- driving the page
def _one(loc: Any, text: str) -> Any:
    """The element of ``loc`` whose text is ``text`` (or ``"A. text"``): exactly one."""
    want = _norm(text)
    candidates = loc.filter(has_text=want)
    # reads that pick a control (the exercise is shown: _each_exercise waited); they check nothing
    n = candidates.count()
    for i in range(n):
        got = _norm(candidates.nth(i).inner_text())
        if got == want or re.fullmatch(r"([A-Z]|\d+)\. " + re.escape(want), got):
            return candidates.nth(i)
    if n == 1:
        return candidates.first
    raise AssertionError(f"no single control labelled {want!r} ({n} candidates)")


def _apply(box: Any, plan: dict[str, Any]) -> None:
    from playwright.sync_api import expect

    if "radio" in plan:
        _one(box.locator(".widget-radio-box label"), plan["radio"]).locator("input").check()
    for text, on in plan.get("ticks", {}).items():
        _one(box.locator(".widget-checkbox"), text).locator("input").set_checked(on)
    for i, (left, right) in enumerate(plan.get("menus", {}).items()):
        menu = box.locator(".widget-dropdown").filter(has_text=f"{i + 1}. {_norm(left)}").first
        menu.locator("select").select_option(label=right)
    if "roles" in plan:
        for name in plan["all"]:
            row = box.locator(".peerlearn-role").filter(has_text=name).first
            row.locator(".widget-checkbox input").set_checked(name in plan["roles"])
        for name, role in plan["roles"].items():
            select = box.locator(".peerlearn-role").filter(has_text=name).first.locator("select")
            expect(select).to_be_visible(timeout=WAIT)
            select.select_option(label=ROLE_LABELS[role])


def _press(box: Any, button: str, before: str) -> str:
    """Press a button, wait for the feedback to change; it must not say "Not saved"."""
    box.locator("button", has_text=button).click()
    region = box.locator(".peerlearn-feedback-region")
    handle = region.element_handle()
    box.page.wait_for_function(
        "([el, old]) => el.innerText.trim() && el.innerText !== old",
        arg=[handle, before],
        timeout=WAIT,
    )
    said = region.inner_text()  # read once the wait above has seen the new feedback
    assert "Not saved" not in said and "could not" not in said, said
    return said


def _answer_all(page: Any, bank: dict[str, tuple[str, Any]], done: Counter) -> Any:
    """A generator: answer each exercise of the page wrongly, then rightly (a reflection:
    save one); yields after each exercise so two tabs can take turns."""
    from playwright.sync_api import expect

    from peerlearn.exercises import scoring

    for box in _each_exercise(page):
        # which exercise this is, read once it is shown (_each_exercise waited): it steers
        prompt = _norm(box.locator(".peerlearn-prompt").inner_text())[:100]
        if box.locator("textarea").count():
            set_id = bank[prompt][0] if prompt in bank else "(notebook's own)"
            box.locator("textarea").fill(f"My reflection on {prompt[:40]}, saved in Lite.")
            said = _press(
                box, "Save reflection", box.locator(".peerlearn-feedback-region").inner_text()
            )
            assert "Saved" in said, said
            done[(set_id, "reflection")] += 1
            yield
            continue
        set_id, ex = bank[prompt]
        wrong_plan, right_plan, wrong, right = _answers(ex)
        assert scoring.check(ex, wrong, kb=False).score < 1, ex.id
        assert scoring.check(ex, right, kb=False).score == 1, ex.id
        _apply(box, wrong_plan)
        said = _press(box, "Check answer", box.locator(".peerlearn-feedback-region").inner_text())
        assert "✓ Correct" not in said, said
        box.locator("button", has_text="Try again").click()
        expect(box.locator("button", has_text="Check answer")).to_be_enabled(timeout=WAIT)
        _apply(box, right_plan)
        said = _press(box, "Check answer", "")
        assert "✗" not in said.split("\n")[0], said
        done[(set_id, "attempt")] += 2
        yield


def _each_exercise(page: Any) -> Any:
    """Each exercise of the page, shown: a set shows one question at a time (issue 21), so each
    question of each set is gone to through its "Go to" menu before it is yielded; then each
    exercise outside a set."""
    from playwright.sync_api import expect

    sets = page.locator(f"{OUT} .peerlearn-set")
    # the sets and their menus are read once the run is over (_ran_to_the_end waited): they steer
    for j in range(sets.count()):
        one = sets.nth(j)
        nav = one.locator(".peerlearn-pager-nav")
        labels = nav.locator("select option").all_inner_texts()
        questions = [t for t in labels if re.match(r"\d+\. ", _norm(t))] or [""]
        for q in range(len(questions)):
            if len(questions) > 1:
                nav.locator("select").select_option(index=q)
                expect(nav.locator(".peerlearn-position")).to_have_text(
                    f"Question {q + 1} of {len(questions)}", timeout=WAIT
                )
            yield one.locator(".peerlearn-exercise").first
    boxes = page.locator(f"{OUT} .peerlearn-exercise")
    for i in range(boxes.count()):
        if not boxes.nth(i).evaluate("e => !!e.closest('.peerlearn-set')"):
            yield boxes.nth(i)


def _set_scores(page: Any) -> list[str]:
    """Each set's score as its summary page shows it (the pager's last page)."""
    from playwright.sync_api import expect

    found = []
    sets = page.locator(f"{OUT} .peerlearn-set")
    for j in range(sets.count()):
        nav = sets.nth(j).locator(".peerlearn-pager-nav")
        labels = [_norm(t) for t in nav.locator("select option").all_inner_texts()]
        if "Summary of your answers" not in labels:
            continue
        nav.locator("select").select_option(label="Summary of your answers")
        expect(nav.locator(".peerlearn-position")).to_have_text("Summary", timeout=WAIT)
        score = sets.nth(j).locator(".peerlearn-score")
        # the summary page is drawn whole (the expect above waited for it): a set of reflections
        # only has no score
        found.append(_norm(score.inner_text()) if score.count() else "(no score)")
    return found


def _open(page: Any, url: str, notebook: str) -> None:
    """Open one notebook from the file browser and run it all.

    The page starts from an empty workspace (``?reset``): a Lite workspace would reopen the
    notebooks of the last visit too, each with a kernel of its own (and ``?reset&path=`` drops
    the path).
    """
    page.goto(f"{url}/lab/index.html?reset")
    name = re.compile("^" + re.escape(notebook) + "$")
    item = page.locator(".jp-DirListing-itemText").filter(has_text=name)
    item.wait_for(timeout=WAIT)
    item.dblclick()
    # every cell drawn before Run All (a prompt snapshot taken earlier reads as "started")
    page.wait_for_function(
        "n => document.querySelectorAll('.jp-CodeCell .jp-InputPrompt').length >= n",
        arg=_code_cells(notebook),
        timeout=WAIT,
    )
    _run_all(page)


def _code_cells(notebook: str) -> int:
    """How many code cells the site's copy has: the repository's, plus the install cell."""
    path = REPO / "notebooks" / notebook
    if not path.exists():
        path = REPO / "tests" / "lite" / "site" / notebook
    cells = json.loads(path.read_text("utf-8"))["cells"]
    return 1 + sum(c["cell_type"] == "code" for c in cells)


ERRORS = (
    ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error'], "
    ".jp-OutputArea-output .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
)


def _ran_to_the_end(page: Any, notebook: str) -> None:
    """Wait until the run is over (no cell waiting or running; Run All stops at an error), then:
    every code cell ran (a number in each prompt) and no output is an error."""
    from playwright.sync_api import expect

    page.wait_for_function(
        """(errors) => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                .map(e => e.innerText.trim());
            if (!prompts.length || prompts.includes('[*]:')) return false;
            return prompts.every(p => /^\\[\\d+\\]:$/.test(p))
                || document.querySelectorAll(errors).length > 0;
        }""",
        arg=ERRORS,
        timeout=WAIT * 2,
    )
    page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(timeout=WAIT)
    errors = page.locator(ERRORS)
    shown = [e[-1500:] for e in errors.all_inner_texts()[:3]]  # what to say if any stays
    expect(errors, f"{notebook} shows errors: {shown}").to_have_count(0)
    stderr = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    ).filter(has_text=re.compile(r"Traceback|Error\b"))
    bad = [s[-1500:] for s in stderr.all_inner_texts()[:3]]  # what to say if any stays
    expect(stderr, f"{notebook} writes errors to stderr: {bad}").to_have_count(0)


def _session_line(page: Any, prefix: str = "session:") -> dict[str, Any]:
    loc = page.locator(f"{OUT} pre", has_text=prefix).first
    loc.wait_for(timeout=WAIT)
    text = next(x for x in loc.inner_text().splitlines() if x.startswith(prefix))
    return json.loads(text[len(prefix) :])


# ---------------------------------------------------------------------- the test
def test_a_learners_whole_session_offline(served, tmp_path, capsys):
    _need(_browser_missing())
    shots = Path(os.environ.get("PL_LITE_SHOTS") or tempfile.mkdtemp(prefix="pl-lite-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    # Playwright's sync API needs a thread without a running asyncio loop (see test_lite.py)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        seen = pool.submit(_session, served, tmp_path, shots).result()
    with capsys.disabled():
        print(
            f"\nlite session: {len(seen['ran'])} notebooks ran to the end; "
            f"{sum(seen['done'].values())} answers and reflections saved; "
            f"records {seen['records']['records']} (files {seen['records']['files']}); "
            f"hand-in {seen['handin_name']}: {seen['grade']}; "
            f"{len(seen['blocked'])} outside requests blocked; times {seen['times']}; "
            f"pl.explore() in Lite: first view {seen['explore']['first_view_s']:.2f} s, "
            f"the other three tabs {seen['explore']['other_tabs_s']:.2f} s; "
            f"screenshots in {shots}"
        )
        for line in seen["screens"]:
            print(f"LITE SCREENS {line}")
    # every record of the session is there, per set and event
    expected = {f"{s}/{e}": n for (s, e), n in seen["done"].items() if s != "(notebook's own)"}
    events = seen["records"]["events"]
    for key, n in expected.items():
        assert events.get(key) == n, (key, n, events)
    own = sum(n for (s, e), n in seen["done"].items() if s == "(notebook's own)")
    assert seen["records"]["records"] == sum(seen["done"].values()), (seen["records"], own)
    assert not any(f.endswith(".lock") for f in seen["records"]["files"]), seen["records"]
    # the hand-in, imported unchanged, has every scored exercise answered rightly at last
    scored = sum(n // 2 for (s, e), n in seen["done"].items() if e == "attempt")
    assert seen["grade"] == {"attempted": scored, "correct": scored, "points": scored}
    # 6. every widget about one screen in Lite too, and no concept-map label on a mark
    measured = {line.split(" widget ")[0] for line in seen["screens"]}
    assert measured >= set(LEARNER), sorted(set(LEARNER) - measured)
    assert seen["too_big"] == [], "in JupyterLite at 1280×720:\n" + "\n".join(seen["too_big"])


def _measure(page: Any, notebook: str, shots: Path, lines: list[str], too_big: list[str]) -> None:
    """Issue 21's measures of the notebook open in ``page`` (:func:`harness.measure_widgets`)."""
    found, problems = harness.measure_widgets(page, notebook, shots, reveal=False, timeout=WAIT)
    assert found, f"{notebook}: no peerlearn widget output to measure"
    lines += found
    too_big += problems


def _session(url: str, tmp_path: Path, shots: Path) -> dict[str, Any]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect, sync_playwright

    bank = _bank()
    blocked: list[str] = []
    console: list[str] = []
    done: Counter = Counter()
    ran: list[str] = []
    times: dict[str, float] = {}
    screens: list[str] = []
    too_big: list[str] = []
    with sync_playwright() as p:
        browser = harness.launch(p, offline=True)
        page = None
        try:
            context = browser.new_context(
                viewport={"width": 1280, "height": 720}, accept_downloads=True
            )

            def local(url: str) -> bool:
                return url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))

            def block(route: Any) -> None:
                blocked.append(route.request.url)
                route.abort()

            context.route(lambda url: not local(url), block)
            page = context.new_page()
            page.on("console", lambda m: console.append(f"{m.type}: {m.text[:300]}"))
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))

            # 1-2. notebook 00: run to the end, answer everything, then reload
            t0 = time.monotonic()
            _open(page, url, ANSWERED[0])
            _ran_to_the_end(page, ANSWERED[0])
            times["00 cold, run all"] = round(time.monotonic() - t0, 1)
            ran.append(ANSWERED[0])
            page.screenshot(path=str(shots / "00-ran.png"))
            t0 = time.monotonic()
            for _ in _answer_all(page, bank, done):
                pass
            times["00 answered"] = round(time.monotonic() - t0, 1)
            page.screenshot(path=str(shots / "00-answered.png"))
            page.locator(f"{OUT} .peerlearn-exercise").first.screenshot(
                path=str(shots / "00-first-exercise-answered.png")
            )

            # 3. a reload: the last answers come back, with the whole score
            t0 = time.monotonic()
            page.reload()
            _run_all(page)
            _ran_to_the_end(page, ANSWERED[0])
            times["00 reload, run all"] = round(time.monotonic() - t0, 1)
            restored = page.locator(
                f"{OUT} .peerlearn-feedback-region", has_text="Your last answer"
            )
            restored.first.wait_for(timeout=WAIT)
            restored.first.locator("xpath=..").screenshot(path=str(shots / "00-reloaded.png"))
            _measure(page, ANSWERED[0], shots, screens, too_big)
            scored_here = sum(n // 2 for (s, e), n in done.items() if e == "attempt")
            kept = {"Your last answer": 0, "Your reflection as you saved it": 0, "textarea": 0}
            for box in _each_exercise(page):  # every question of every set, page by page
                region = box.locator(".peerlearn-feedback-region")
                # a reflection (a text box) shows the text as saved, any other the last answer:
                # each waited for (expect), then counted
                reflection = box.locator("textarea").count()  # what the question is: it steers
                said = "Your reflection as you saved it" if reflection else "Your last answer"
                expect(region).to_contain_text(said, timeout=WAIT)
                kept[said] += 1
                kept["textarea"] += reflection
            assert kept["Your last answer"] == scored_here, (kept, scored_here)
            assert kept["Your reflection as you saved it"] == kept["textarea"], kept
            scores = [x for x in _set_scores(page) if x != "(no score)"]  # reflections only
            full = [x for x in scores if re.fullmatch(r"Score: (\d+) of \1 \(100%\)", x)]
            assert scores and full == scores, ("no full score after the reload", scores)

            # 2. notebooks 01 and 03 in two tabs open at once, answered in turns
            second = context.new_page()
            second.on("console", lambda m: console.append(f"tab 2 {m.type}: {m.text[:300]}"))
            t0 = time.monotonic()
            _open(page, url, ANSWERED[1])
            _open(second, url, ANSWERED[2])
            _ran_to_the_end(page, ANSWERED[1])
            _ran_to_the_end(second, ANSWERED[2])
            times["01 and 03 at once, run all"] = round(time.monotonic() - t0, 1)
            ran += ANSWERED[1:]
            t0 = time.monotonic()
            turns = [_answer_all(page, bank, done), _answer_all(second, bank, done)]
            while turns:
                for turn in list(turns):
                    try:
                        next(turn)
                    except StopIteration:
                        turns.remove(turn)
            times["01 and 03 answered in turns"] = round(time.monotonic() - t0, 1)
            second.screenshot(path=str(shots / "03-answered.png"))
            _measure(page, ANSWERED[1], shots, screens, too_big)
            _measure(second, ANSWERED[2], shots, screens, too_big)
            second.close()

            # 1. every other learner notebook runs to the end
            for notebook in LEARNER:
                if notebook in ran:
                    continue
                t0 = time.monotonic()
                _open(page, url, notebook)
                _ran_to_the_end(page, notebook)
                times[notebook[:2]] = round(time.monotonic() - t0, 1)
                ran.append(notebook)
                page.screenshot(path=str(shots / f"{notebook[:-6]}.png"))
                _measure(page, notebook, shots, screens, too_big)
                tables = page.locator(f"{OUT} table.pl-records")
                if tables.count():  # peerlearn's own table, where pandas drew one before
                    tables.first.screenshot(path=str(shots / f"{notebook[:2]}-table.png"))

            # 4. every record, read back in the kernel
            _open(page, url, "session_records.ipynb")
            _ran_to_the_end(page, "session_records.ipynb")
            records = _session_line(page)
            explore = _session_line(page, "explore:")

            # 5. the hand-in, downloaded as the browser saves it
            _open(page, url, "session_handin.ipynb")
            _ran_to_the_end(page, "session_handin.ipynb")
            widget = page.locator(f"{OUT} .peerlearn-handin")
            widget.wait_for(timeout=WAIT)
            widget.locator("input[type=text]").fill(LEARNER_NAME)
            widget.locator("button", has_text="Make my hand-in file").click()
            link = widget.locator("a[download]")
            link.wait_for(timeout=WAIT)
            widget.screenshot(path=str(shots / "handin.png"))
            with page.expect_download(timeout=WAIT) as info:
                link.click()
            download = info.value
            handins = tmp_path / "handins"
            handins.mkdir()
            saved = handins / download.suggested_filename
            download.save_as(saved)
        except PlaywrightTimeout as e:
            shot = shots / "timeout.png"
            with contextlib.suppress(Exception):
                page.screenshot(path=str(shot))
            said = [c for c in console if not c.startswith("debug:")][-40:]
            raise AssertionError(
                f"{e}\n-- screenshot: {shot}\n-- ran so far: {ran}; saved: {dict(done)}"
                "\n-- browser console (last 40):\n" + "\n".join(said)
            ) from None
        finally:
            browser.close()

    from peerlearn import exercises
    from peerlearn.gradebook import Gradebook

    gb = Gradebook(tmp_path / "class.sqlite", bank=exercises.builtin())
    report = gb.import_handins(handins)
    assert report.added and not report.rejected, str(report)
    row = gb.by_learner().loc[LEARNER_NAME]
    grade = {k: round(float(row[k])) for k in ("attempted", "correct", "points")}
    return {
        "done": done,
        "ran": ran,
        "records": records,
        "handin_name": saved.name,
        "grade": grade,
        "blocked": blocked,
        "times": times,
        "explore": explore,
        "screens": screens,
        "too_big": too_big,
    }
