"""The kiosk's idle cycle as a state machine with no Qt and no clock of its own.

    active ──(idle for idle_s)──▶ countdown ──(countdown_s)──▶ idle (start view) ──(attract_s)──▶ attract
      ▲                                │                           │                             │ every step_s:
      └───────────── any input ────────┴───────────────────────────┴─────────────────────────────┘ next stop

`activity(now)` and `tick(now)` return what the kiosk must do (`Effect`s) and `deadline` says when the next
tick is due, so the UI drives it with one single-shot timer and the tests drive it with numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Phase(StrEnum):
    ACTIVE = "active"  # a visitor is here
    COUNTDOWN = "countdown"  # "Still exploring?" with seconds left
    IDLE = "idle"  # the start view, waiting before the attract loop
    ATTRACT = "attract"  # the attract loop steps through a tour


EffectKind = Literal["show_countdown", "update_countdown", "hide_countdown", "reset", "start_attract",
                     "step_attract", "stop_attract"]


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    remaining: int = 0  # seconds left, for the countdown effects


@dataclass(frozen=True, slots=True)
class Timings:
    idle_s: float
    countdown_s: float
    attract_s: float
    step_s: float

    @property
    def countdown_steps(self) -> int:
        return max(1, round(self.countdown_s))

    @property
    def countdown_step_s(self) -> float:
        return min(1.0, self.countdown_s) if self.countdown_s > 0 else 0.0


class KioskCycle:
    def __init__(self, timings: Timings, now: float, can_attract: bool = True) -> None:
        self.timings = timings
        self.can_attract = can_attract  # False when the data has no tour to play
        self.phase = Phase.ACTIVE
        self.remaining = 0
        self.deadline: float | None = now + timings.idle_s

    def activity(self, now: float) -> list[Effect]:
        """Input: the visitor is here. Whatever was running stops where it is."""
        effects: list[Effect] = []
        if self.phase is Phase.COUNTDOWN:
            effects.append(Effect("hide_countdown"))
        elif self.phase is Phase.ATTRACT:
            effects.append(Effect("stop_attract"))
        self.phase = Phase.ACTIVE
        self.deadline = now + self.timings.idle_s
        return effects

    def tick(self, now: float) -> list[Effect]:
        """Everything that came due by `now`, in order (a late tick catches up, never skips a step)."""
        effects: list[Effect] = []
        guard = 0
        while self.deadline is not None and now >= self.deadline and guard < 10_000:
            guard += 1
            effects += self._advance(self.deadline)
        return effects

    def _advance(self, due: float) -> list[Effect]:
        t = self.timings
        if self.phase is Phase.ACTIVE:
            self.phase = Phase.COUNTDOWN
            self.remaining = t.countdown_steps
            self.deadline = due + t.countdown_step_s
            return [Effect("show_countdown", self.remaining)]
        if self.phase is Phase.COUNTDOWN:
            self.remaining -= 1
            if self.remaining > 0:
                self.deadline = due + t.countdown_step_s
                return [Effect("update_countdown", self.remaining)]
            self.phase = Phase.IDLE
            self.deadline = due + t.attract_s if self.can_attract else None
            return [Effect("hide_countdown"), Effect("reset")]
        if self.phase is Phase.IDLE:
            if not self.can_attract:
                self.deadline = None
                return []
            self.phase = Phase.ATTRACT
            self.deadline = due + max(t.step_s, 0.05)
            return [Effect("start_attract")]
        self.deadline = due + max(t.step_s, 0.05)
        return [Effect("step_attract")]

    def set_can_attract(self, can: bool, now: float) -> None:
        """New data arrived: a tour to play may have come (or gone)."""
        self.can_attract = can
        if self.phase is Phase.IDLE and can and self.deadline is None:
            self.deadline = now + self.timings.attract_s

    def wait_ms(self, now: float) -> int | None:
        """Milliseconds until the next tick is due (None: nothing is due)."""
        if self.deadline is None:
            return None
        return max(0, math.ceil((self.deadline - now) * 1000))
