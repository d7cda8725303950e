"""The kiosk's configuration: a YAML file checked like the data, with a documented default for every key.

    idle_seconds: 90          # no input for this long: a "Still exploring?" countdown, then the start view
    countdown_seconds: 10     # how long that countdown lasts
    attract_seconds: 30       # further idle time before the attract loop plays the tour
    tour: main                # the tour the attract loop plays (default: the data's first tour)
    step_seconds: 12          # time at each stop of the attract loop
    language: kk              # the language it starts in and returns to (default: the system's)
    languages: [kk, ru, en]   # the languages offered on screen
    theme: light              # light or dark
    orientation: auto         # auto (from the screen's shape), landscape or portrait
    font_scale: auto          # auto (from the screen's size, pixels and viewing distance) or 0.75 to 4.0
    screen_inches: auto       # the screen's diagonal, when it does not report its size (auto: it does, or 43)
    viewing_distance_m: 0.7   # how far a visitor stands from the screen: text grows with the distance
    screen: 0                 # which screen to fill (0 is the first)
    exit_keys: Ctrl+Alt+Shift+Q
    exit_pin: "2030"          # optional: asked on an on-screen keypad after the exit keys
    reduced_motion: false     # true: no animation
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TypeVar

import yaml

from kztimeline.data.nodes import Invalid, NodeReader, Record, suggest
from kztimeline.data.problems import Problem
from kztimeline.data.yaml_nodes import compose, read_bytes, read_text
from kztimeline.model import LANGUAGES

_KEYS_RE = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*([A-Z0-9]|F([1-9]|1[0-2])|Esc|Escape|Home|End|Delete|Insert|Pause)$")
_PIN_RE = re.compile(r"^[0-9]{4,8}$")
T = TypeVar("T")


@dataclass(frozen=True)
class KioskConfig:
    idle_seconds: float = 90.0
    countdown_seconds: float = 10.0
    attract_seconds: float = 30.0
    tour: str | None = None
    step_seconds: float = 12.0
    language: str | None = None
    languages: tuple[str, ...] = ("kk", "ru", "en")
    theme: str = "light"
    orientation: str = "auto"  # auto, landscape or portrait
    font_scale: float | None = None  # None: auto, from the screen (see kztimeline.kiosk.fit)
    screen_inches: float | None = None  # None: auto, what the screen reports (a 43-inch screen when it does not)
    viewing_distance_m: float = 0.7
    screen: int = 0
    exit_keys: str = "Ctrl+Alt+Shift+Q"
    exit_pin: str | None = None
    reduced_motion: bool = False


KEYS = tuple(f.name for f in fields(KioskConfig))
ORIENTATIONS = ("auto", "landscape", "portrait")
FONT_SCALE_RANGE = (0.75, 4.0)  # 4.0: the text of a 1080p screen on an 8K one of the same size


class _ConfigReader(NodeReader):
    def seconds(self, node: yaml.Node, low: float = 0.05, high: float = 86400.0) -> float:
        value = self.number(node)
        if not low <= value <= high:
            self.error(node, f"a time in seconds must be between {low:g} and {high:g}")
            raise Invalid
        return value

    def language(self, node: yaml.Node) -> str:
        code = self.string(node)
        if code not in LANGUAGES:
            self.error(node, f"'{code}' is not a language code: use {', '.join(LANGUAGES)}{suggest(code, LANGUAGES)}")
            raise Invalid
        return code

    def languages(self, node: yaml.Node) -> tuple[str, ...]:
        codes = self.list_of(self.language)(node)
        if not codes:
            self.error(node, "offer at least one language")
            raise Invalid
        return codes

    def theme(self, node: yaml.Node) -> str:
        name = self.string(node)
        if name not in ("light", "dark"):
            self.error(node, f"'{name}' is not a theme: use light or dark")
            raise Invalid
        return name

    def orientation(self, node: yaml.Node) -> str:
        name = self.string(node)
        if name not in ORIENTATIONS:
            self.error(node, f"'{name}' is not an orientation: use auto, landscape or portrait"
                             f"{suggest(name, ORIENTATIONS)}")
            raise Invalid
        return name

    def _auto_or_number(self, node: yaml.Node, key: str, low: float, high: float, unit: str = "") -> float | str:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
            text = self.string(node)
            if text == "auto":
                return "auto"
            self.error(node, f"{key} must be auto or a number from {low:g} to {high:g}{unit}"
                             f"{suggest(text, ['auto'])}")
            raise Invalid
        number = self.number(node)
        if not low <= number <= high:
            self.error(node, f"{key} must be auto or a number from {low:g} to {high:g}{unit}")
            raise Invalid
        return number

    def font_scale(self, node: yaml.Node) -> float | str:
        return self._auto_or_number(node, "font_scale", *FONT_SCALE_RANGE)

    def screen_inches(self, node: yaml.Node) -> float | str:
        return self._auto_or_number(node, "screen_inches", 7, 150, " (the diagonal in inches)")

    def distance(self, node: yaml.Node) -> float:
        value = self.number(node)
        if not 0.2 <= value <= 10:
            self.error(node, "viewing_distance_m must be between 0.2 and 10 (metres)")
            raise Invalid
        return value

    def screen(self, node: yaml.Node) -> int:
        value = self.number(node)
        if not value.is_integer() or value < 0:
            self.error(node, "screen must be a whole number: 0 is the first screen")
            raise Invalid
        return int(value)

    def exit_keys(self, node: yaml.Node) -> str:
        keys = self.string(node)
        if not _KEYS_RE.match(keys):
            self.error(node, f"'{keys}' is not a key combination such as Ctrl+Alt+Shift+Q")
            raise Invalid
        return keys

    def pin(self, node: yaml.Node) -> str:
        value = self.scalar(node)
        text = str(value)
        if isinstance(value, bool) or not _PIN_RE.match(text):
            self.error(node, "exit_pin must be 4 to 8 digits; write it in quotes, e.g. \"2030\"")
            raise Invalid
        return text


def load_config(path: str | Path, tour_ids: list[str] | None = None) -> tuple[KioskConfig | None, list[Problem]]:
    """Read and check a kiosk configuration; an empty file or mapping means every default."""
    problems: list[Problem] = []
    file = Path(path)
    if not file.is_file():
        return None, [Problem(str(file), "no such file")]
    data = read_bytes(file, problems)
    text = read_text(str(file), data, problems) if data is not None else None
    if text is None:
        return None, problems
    if not text.strip() or all(line.lstrip().startswith("#") for line in text.splitlines() if line.strip()):
        return KioskConfig(), problems
    node = compose(str(file), text, problems)
    if node is None:
        return None, problems
    reader = _ConfigReader(problems, str(file))
    try:
        rec = Record(reader, node, KEYS, "the kiosk configuration")
    except Invalid:
        return None, problems
    defaults = KioskConfig()
    idle_seconds = rec.get("idle_seconds", reader.seconds)
    countdown_seconds = rec.get("countdown_seconds", reader.seconds)
    attract_seconds = rec.get("attract_seconds", reader.seconds)
    tour = rec.get("tour", reader.ident)
    step_seconds = rec.get("step_seconds", reader.seconds)
    language = rec.get("language", reader.language)
    languages = rec.get("languages", reader.languages)
    theme = rec.get("theme", reader.theme)
    orientation = rec.get("orientation", reader.orientation)
    font_scale = rec.get("font_scale", reader.font_scale)
    screen_inches = rec.get("screen_inches", reader.screen_inches)
    viewing_distance_m = rec.get("viewing_distance_m", reader.distance)
    screen = rec.get("screen", reader.screen)
    exit_keys = rec.get("exit_keys", reader.exit_keys)
    exit_pin = rec.get("exit_pin", reader.pin)
    reduced_motion = rec.get("reduced_motion", reader.boolean)
    if tour is not None and tour_ids is not None and tour not in tour_ids:
        reader.error(rec.value_node("tour"), f"no tour '{tour}' in the data{suggest(tour, tour_ids)}")
        rec.failed = True
    if language is not None and languages is not None and language not in languages:
        reader.error(rec.value_node("language"), f"language '{language}' is not among the offered languages")
        rec.failed = True
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    if rec.failed or any(p.is_error for p in problems):  # an unknown key too: a typo must not go unnoticed
        return None, problems
    return KioskConfig(
        idle_seconds=_or(idle_seconds, defaults.idle_seconds),
        countdown_seconds=_or(countdown_seconds, defaults.countdown_seconds),
        attract_seconds=_or(attract_seconds, defaults.attract_seconds),
        tour=tour,
        step_seconds=_or(step_seconds, defaults.step_seconds),
        language=language,
        languages=_or(languages, defaults.languages),
        theme=_or(theme, defaults.theme),
        orientation=_or(orientation, defaults.orientation),
        font_scale=_number_or_auto(font_scale),
        screen_inches=_number_or_auto(screen_inches),
        viewing_distance_m=_or(viewing_distance_m, defaults.viewing_distance_m),
        screen=_or(screen, defaults.screen),
        exit_keys=_or(exit_keys, defaults.exit_keys),
        exit_pin=exit_pin,
        reduced_motion=_or(reduced_motion, defaults.reduced_motion),
    ), problems


def effective_yaml(config: KioskConfig, notes: dict[str, str] | None = None) -> str:
    """The configuration as it is used, every key with its value (defaults included), as YAML that
    `load_config` reads back; `notes` adds a comment to a key (what auto came to on this screen)."""
    notes = notes or {}
    lines = ["# the effective kiosk configuration: every key, defaults included"]
    for f in fields(KioskConfig):
        value = getattr(config, f.name)
        if value is None:
            text = "auto" if f.name in ("font_scale", "screen_inches") else "null"
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, tuple):
            text = "[" + ", ".join(value) + "]"
        elif isinstance(value, float):
            text = f"{value:g}"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = f'"{value}"' if f.name == "exit_pin" else str(value)
        if f.name == "exit_pin" and value is not None:
            text = '"****"  # set (not shown)'
        note = notes.get(f.name)
        lines.append(f"{f.name}: {text}" + (f"  # {note}" if note else ""))
    return "\n".join(lines) + "\n"


def _number_or_auto(value: float | str | None) -> float | None:
    return None if value is None or isinstance(value, str) else float(value)


def _or(value: T | None, default: T) -> T:
    """A field given in the file, or the default when it is absent (None)."""
    return default if value is None else value
