"""One bar chart: the learner's mastery chart and the gradebook's charts are drawn by it."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from homes import use_home

from peerlearn import progress
from peerlearn.gradebook import views
from peerlearn.progress import charts


@pytest.fixture
def drawn(monkeypatch):
    calls = []
    real = charts.bar_chart

    def spy(labels, values, counts, **kw):
        calls.append((list(labels), list(values), list(counts), kw))
        return real(labels, values, counts, **kw)

    monkeypatch.setattr(charts, "bar_chart", spy)
    return calls


def test_the_gradebook_chart_is_the_one_bar_chart(drawn, tmp_path):
    table = pd.DataFrame(
        {"name": ["Love labour", "Helper role"], "learners": [3, 2], "mean_grade": [0.8, 0.25]},
        index=pd.Index(["love-labour", "helper-role"], name="mechanism"),
    )
    chart = views.plot(table, save=tmp_path / "m.png")
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    (labels, values, _counts, kw) = drawn[0]
    assert labels == ["Helper role", "Love labour"] and values == [0.25, 0.8]  # lowest first
    assert kw["axis"] == "mean grade" and chart.figure.axes[0].get_xlabel() == "mean grade"
    assert "Helper role: 25% (2 learner(s)); Love labour: 80% (3 learner(s))." in chart.alt_text
    assert list(chart.table["mean_grade"]) == ["25%", "80%"]
    with pytest.raises(ValueError, match="picture"):
        views.plot(table, save=tmp_path / "m.csv")


def test_the_learners_chart_is_the_one_bar_chart(drawn, tmp_path, monkeypatch):
    use_home(monkeypatch, tmp_path)
    progress.store.forget()
    progress.record("attempt", set_id="s", exercise_id="q", score=0.5, mechanisms=["love-labour"])
    chart = progress.plot()
    assert len(drawn) == 1 and drawn[0][3]["axis"] == "mastery"
    assert chart.figure.axes[0].get_xlabel() == "mastery"
    values = drawn[0][1]
    assert 0.5 in values and any(math.isnan(v) for v in values)  # untried: no bar, said
    assert "no attempts yet" in chart.alt_text
    progress.store.forget()
