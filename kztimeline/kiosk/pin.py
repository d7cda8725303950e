"""The exit PIN's back-off, with no Qt: after three wrong PINs a wait (10 s), doubling with every further one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["ok", "wrong", "wait"]


@dataclass
class PinGuard:
    pin: str
    free_tries: int = 3
    first_wait_s: float = 10.0
    max_wait_s: float = 600.0
    wrong: int = 0  # wrong PINs in a row (kept through idle resets: waiting for the idle reset does not help)
    locked_until: float = 0.0

    def wait_left(self, now: float) -> float:
        """Seconds before the next try is accepted (0: now)."""
        return max(0.0, self.locked_until - now)

    def next_wait_s(self) -> float:
        """The wait that the next wrong PIN would bring (0 while tries are free)."""
        extra = self.wrong + 1 - self.free_tries  # 0 at the last free try's failure: the first wait
        if extra < 0:
            return 0.0
        return float(min(self.max_wait_s, self.first_wait_s * 2 ** extra))

    def check(self, entry: str, now: float) -> Verdict:
        if self.wait_left(now) > 0:
            return "wait"
        if entry == self.pin:
            self.wrong = 0
            self.locked_until = 0.0
            return "ok"
        wait = self.next_wait_s()
        self.wrong += 1
        self.locked_until = now + wait
        return "wrong"
