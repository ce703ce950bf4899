"""What a learner reads when progress cannot be saved or read: one plain sentence with what to
do next (never an error number, a path or a cut-off text; those go in a "Details" fold), and
exactly one state on screen (never "✗ Not saved" beside "✓ Saved")."""

from __future__ import annotations

import errno
import re

import pytest

from peerlearn import progress
from peerlearn.exercises.model import MultipleChoice, Option, Reflection
from peerlearn.progress import sessions, store

LONG = (
    "cannot save progress in /drive/peerlearn: its lock file /drive/peerlearn/progress.json.lock "
    "could not be taken (The file lock '/drive/peerlearn/progress.json.lock' could not be "
    "acquired.). Reading still works; to save, make the folder writable or set PEERLEARN_HOME."
)
ERRORS = [
    progress.ProgressSaveError(errno.ENOENT, LONG),
    progress.ProgressHomeError(errno.ENOTDIR, "PEERLEARN_HOME='/x/file' names a file", "/x/file"),
    store.ProgressFileError("/home/a/progress.json is not valid JSON (line 3: Expecting value)"),
    OSError(errno.ENOSPC, "No space left on device", "/drive/peerlearn/x.jsonl"),
    PermissionError(errno.EACCES, "Permission denied", "/home/a/.local/share/peerlearn"),
    RuntimeError("lock timed out after 30.0 s"),
    ValueError("answer must be plain JSON data"),
]


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEERLEARN_HOME", str(tmp_path / "home"))
    store.forget()
    yield tmp_path / "home"
    store.forget()


def visible(html: str) -> str:
    """The text a learner sees without opening the details fold."""
    html = re.sub(r"<details.*?</details>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_a_learner_message_is_one_plain_sentence(error):
    for reading in (False, True):
        text = progress.learner_message(error, reading=reading)
        assert text.endswith(".") and text[0].isupper()
        assert text.count(". ") == 0  # one sentence
        assert not re.search(r"Errno|/|\\\\|\d|…|Error|PEERLEARN_HOME|lock", text), text
        assert len(text) < 240
    detail = progress.files.details(error)
    assert detail.startswith(type(error).__name__) and " ".join(str(error).split()) in detail


def reflection_widget(**kw):
    from peerlearn.widgets.exercises import exercise_widget

    ex = Reflection(id="r1", prompt="What did you notice?", mechanisms=("love-labour",))
    return exercise_widget(ex, set_id="s", kb=False, **kw)


@pytest.mark.parametrize("error", ERRORS[:2], ids=lambda e: type(e).__name__)
def test_a_reflection_that_was_not_saved_shows_one_state_and_the_details_in_a_fold(
    monkeypatch, error
):
    def broken(*_a, **_k):
        raise error

    w = reflection_widget()
    w.controls[0].value = "I noticed the care in it."
    real = progress.record_result
    monkeypatch.setattr(progress, "record_result", broken)
    w.check()
    shown = visible(w.feedback.value)
    assert "✗ Not saved." in shown and shown.count("Not saved") == 1
    assert "✓" not in shown and "Saved." not in shown.replace("Not saved.", "")
    assert not re.search(r"Errno|/drive|…", shown)
    assert "<summary>Details</summary>" in w.feedback.value
    assert " ".join(str(error).split()) in w.feedback.value.replace("&#x27;", "'")  # whole, uncut
    # saved on the next try: only "✓ Saved" is left
    monkeypatch.setattr(progress, "record_result", real)
    w.check()
    shown = visible(w.feedback.value)
    assert "✓ Saved." in shown and "Not saved" not in shown and "Details" not in w.feedback.value
    assert [r["answer"] for r in progress.records()] == ["I noticed the care in it."]


def test_in_jupyterlite_mode_every_save_of_a_session_is_kept(home, monkeypatch):
    # issue 17: only the first answer of a session was saved; later saves waited 31 s and failed
    monkeypatch.setenv(sessions.TEST_ENV, "1")
    sessions.new_session()
    home.mkdir(parents=True)
    (home / "progress.json.lock").write_text("")  # what an older version left behind
    from peerlearn.widgets.exercises import exercise_widget

    q = exercise_widget(
        MultipleChoice(
            id="q1", prompt="Which?", options=[Option("Love labour", correct=True), Option("No")]
        ),
        set_id="s",
        kb=False,
    )
    r = reflection_widget()
    for answer in (1, 0):  # once wrongly, once rightly
        q.controls[0].value = answer
        q.check()
        assert "Not saved" not in q.feedback.value
        q.retry()
    for text in ("First thoughts.", "Second thoughts."):
        r.controls[0].value = text
        r.check()
        assert "✓ Saved." in r.feedback.value and "Not saved" not in r.feedback.value
    store.forget()
    sessions.new_session()  # a page reload
    assert [(x["exercise"], x["score"]) for x in progress.records()] == [
        ("q1", 0.0),
        ("q1", 1.0),
        ("r1", None),
        ("r1", None),
    ]
    assert reflection_widget().controls[0].value == "Second thoughts."
    assert not list(home.glob("*.lock"))
