"""The kiosk's idle cycle as a state machine: driven by numbers, no timers, no window."""

from __future__ import annotations

from kztimeline.kiosk.cycle import Effect, KioskCycle, Phase, Timings

T = Timings(idle_s=90, countdown_s=10, attract_s=30, step_s=8)


def kinds(effects: list[Effect]) -> list[str]:
    return [e.kind for e in effects]


def test_idle_then_countdown_then_start_view_then_attract_then_steps() -> None:
    cycle = KioskCycle(T, now=0.0)
    assert cycle.tick(89.9) == []
    assert cycle.phase is Phase.ACTIVE
    assert cycle.tick(90.0) == [Effect("show_countdown", 10)]
    assert cycle.tick(91.0) == [Effect("update_countdown", 9)]
    effects = cycle.tick(100.0)
    assert kinds(effects) == ["update_countdown"] * 8 + ["hide_countdown", "reset"]
    assert [e.remaining for e in effects[:8]] == list(range(8, 0, -1))
    assert cycle.phase is Phase.IDLE
    assert cycle.tick(129.9) == []
    assert kinds(cycle.tick(130.0)) == ["start_attract"]
    assert cycle.phase is Phase.ATTRACT
    assert kinds(cycle.tick(130.0 + 8 * 3)) == ["step_attract"] * 3
    assert cycle.wait_ms(154.0) == 8000


def test_input_stops_whatever_runs_and_restarts_the_idle_time() -> None:
    cycle = KioskCycle(T, now=0.0)
    cycle.tick(95.0)
    assert cycle.phase is Phase.COUNTDOWN
    assert kinds(cycle.activity(95.5)) == ["hide_countdown"]
    assert cycle.phase is Phase.ACTIVE
    assert cycle.tick(185.4) == []
    cycle.tick(185.5 + 10 + 30)
    assert cycle.phase is Phase.ATTRACT
    assert kinds(cycle.activity(300.0)) == ["stop_attract"]
    assert cycle.activity(301.0) == []
    assert cycle.wait_ms(301.0) == 90_000


def test_without_a_tour_the_start_view_waits_until_one_arrives() -> None:
    cycle = KioskCycle(T, now=0.0, can_attract=False)
    cycle.tick(100.0)
    assert cycle.phase is Phase.IDLE
    assert cycle.wait_ms(100.0) is None
    assert cycle.tick(10_000.0) == []
    cycle.set_can_attract(True, now=10_000.0)
    assert kinds(cycle.tick(10_030.0)) == ["start_attract"]


def test_a_countdown_shorter_than_a_second_still_counts_once() -> None:
    cycle = KioskCycle(Timings(0.3, 0.2, 0.3, 0.25), now=0.0)
    assert kinds(cycle.tick(0.3)) == ["show_countdown"]
    assert kinds(cycle.tick(0.5)) == ["hide_countdown", "reset"]
