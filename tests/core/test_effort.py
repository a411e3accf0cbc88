"""Active time per sentence: idle minutes, dialogs and untouched sentences add nothing."""

from __future__ import annotations

from annotator.core.effort import IDLE_LIMIT, EffortClock


def test_time_between_key_presses_counts() -> None:
    clock = EffortClock()
    clock.start(1, now=0.0)
    clock.activity(10.0, edit=True)
    clock.activity(25.0)
    assert clock.stop(30.0) == (1, 30.0)


def test_an_idle_minute_counts_no_more_than_the_limit() -> None:
    clock = EffortClock()
    clock.start(1, now=0.0)
    clock.activity(5.0, edit=True)
    clock.activity(5.0 + 600.0)  # ten minutes without a key: lunch
    assert clock.stop(5.0 + 600.0) == (1, 5.0 + IDLE_LIMIT)


def test_a_dialog_or_another_window_stops_the_clock() -> None:
    clock = EffortClock()
    clock.start(1, now=0.0)
    clock.activity(10.0, edit=True)
    clock.pause(12.0)
    clock.activity(50.0)  # keys typed into the dialog are not work on the sentence
    clock.resume(52.0)
    assert clock.stop(55.0) == (1, 15.0)


def test_a_sentence_that_was_never_edited_has_no_time() -> None:
    clock = EffortClock()
    clock.start(1, now=0.0)
    clock.activity(30.0)  # moving around, reading
    assert clock.stop(68.0) is None
