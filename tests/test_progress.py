"""Progress bars: on a terminal only, only for work that lasts, never with --json."""

from __future__ import annotations

from claimtrack import render


def test_bar_appears_only_on_a_terminal_after_the_delay(monkeypatch):
    monkeypatch.setattr(render, "is_terminal", lambda stream=None: True)
    clock = iter([0.2, 0.5, 1.5, 1.6, 1.7])
    with render.progress_bar(4, "Importing") as advance:
        bar = advance.__self__
        bar._clock = lambda: next(clock)
        bar._start = 0.0
        advance(1)  # 0.2 s in: too early for a bar
        assert bar._progress is None
        advance(1)  # 0.5 s
        assert bar._progress is None
        advance(1)  # 1.5 s: now it shows, with the work done so far
        assert bar._progress is not None
        assert bar._progress.tasks[0].completed == 3 and bar._progress.tasks[0].total == 4
        advance(1)
        assert bar._progress.tasks[0].completed == 4


def test_no_bar_on_a_pipe_or_with_json(monkeypatch):
    with render.progress_bar(3, "Importing", delay=0) as advance:
        advance(3)
        assert advance.__self__._progress is None  # stderr is not a terminal under pytest
    monkeypatch.setattr(render, "is_terminal", lambda stream=None: True)
    with render.progress_bar(3, "Importing", enabled=False, delay=0) as advance:
        advance(3)
        assert advance.__self__._progress is None
