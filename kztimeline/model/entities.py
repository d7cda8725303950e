"""The timeline's content as plain Python objects: sources, sectors, companies, figures, events, eras, tours.

Nothing here knows about Qt or YAML; the loader in `kztimeline.data` builds these objects and the UI reads them.
The records are frozen C-backed structs (msgspec.Struct, not tracked by the cyclic collector: they hold no cycles):
smaller than slotted dataclasses, built and compared in C, and read back from the load cache in one decoder call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import msgspec

from kztimeline.model.dates import PartialDate, When

LANGUAGES = ("en", "kk", "ru")
LABEL_LIMITS = {"en": 32, "kk": 38, "ru": 38}
"""The longest lane label, in characters, per language (Kazakh and Russian words run longer)."""
TITLE_LIMIT = 60
NO_DRAFT: frozenset[str] = frozenset()
"""The one empty draft set every fully reviewed text shares (100,000 separate empty frozensets took 21 MB)."""
_LANGUAGE_SET = frozenset(LANGUAGES)


class Text(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """Something a visitor reads, in English and optionally Kazakh and Russian: one field per language (a dict of
    versions per text took four times the room, and there are two or three texts per event). Build one from a
    mapping of versions with `Text.of`, or by keyword: `Text("Railcar plant", ru="Вагонный завод")`."""

    en: str
    kk: str | None = None
    ru: str | None = None
    draft: frozenset[str] = NO_DRAFT

    @classmethod
    def of(cls, values: Mapping[str, str], draft: frozenset[str] = NO_DRAFT) -> Text:
        """A text from its versions by language code (English required)."""
        unknown = values.keys() - _LANGUAGE_SET
        if unknown:
            raise ValueError(f"not a language of a text: {', '.join(sorted(unknown))}")
        return cls(values["en"], values.get("kk"), values.get("ru"), draft)

    @classmethod
    def plain(cls, english: str) -> Text:
        return cls(english)

    @property
    def values(self) -> dict[str, str]:
        """The versions it has, by language, English first."""
        found = {"en": self.en}
        if self.kk is not None:
            found["kk"] = self.kk
        if self.ru is not None:
            found["ru"] = self.ru
        return found

    def get(self, lang: str = "en") -> str:
        """The version in `lang`, or the English one when it has none."""
        if lang == "kk":
            return self.kk or self.en
        if lang == "ru":
            return self.ru or self.en
        return self.en

    def has(self, lang: str) -> bool:
        if lang == "en":
            return bool(self.en)
        return bool(self.kk) if lang == "kk" else bool(self.ru) if lang == "ru" else False

    def __str__(self) -> str:
        return self.en


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    TENGE = "tenge"
    USD = "usd"
    EUR = "eur"
    KZT_PER_USD = "kzt_per_usd"


class Qualifier(StrEnum):
    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    UP_TO = "up_to"
    LESS_THAN = "less_than"


class EventKind(StrEnum):
    PROGRAMME = "programme"
    PHASE = "phase"
    ADDRESS = "address"
    LAW = "law"
    POLICY = "policy"
    MILESTONE = "milestone"
    CRISIS = "crisis"
    DEVALUATION = "devaluation"
    PLANT_LAUNCH = "plant_launch"
    STATISTIC = "statistic"
    TRADE = "trade"


class SourceKind(StrEnum):
    OFFICIAL = "official"
    NEWS = "news"
    DATA = "data"
    ENCYCLOPEDIA = "encyclopedia"
    COMPANY = "company"
    ACADEMIC = "academic"


class SourceRef(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    source: str
    locator: str | None = None


class Note(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """Where sources disagree or a fact is uncertain; always shown beside the fact."""

    text: Text
    sources: tuple[SourceRef, ...] = ()


class Source(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str
    title: str
    publisher: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    kind: SourceKind | None = None


class Sector(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str
    name: Text
    colour: str
    spiid_priority: bool = False


class Company(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """A company or plant. `name` and `legal_form` are texts, because both are written differently per language."""

    id: str
    name: Text
    sources: tuple[SourceRef, ...]
    legal_form: Text | None = None
    city: Text | None = None
    products: Text | None = None
    partner: Text | None = None
    founded: PartialDate | None = None
    sectors: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    def full_name(self, lang: str = "en") -> str:
        """The name with its legal form, in the order each language writes it: 'Tulpar-Talgo LLP',
        'ТОО «Тулпар-Тальго»', '«Тұлпар-Тальго» ЖШС'. Without a translation, the English name and form."""
        name = self.name.get(lang)
        form = self.legal_form.get(lang) if self.legal_form is not None else None
        if lang not in ("kk", "ru") or not self.name.has(lang):
            return f"{name} {form}" if form else name
        quoted = name if name.startswith("«") else f"«{name}»"
        if form is None:
            return quoted
        return f"{form} {quoted}" if lang == "ru" else f"{quoted} {form}"


class SeriesPoint(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    when: When
    value: float


class Figure(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str
    label: Text
    unit: Unit
    when: When
    sources: tuple[SourceRef, ...]
    value: float | None = None
    qualifier: Qualifier | None = None
    noun: Text | None = None
    series: tuple[SeriesPoint, ...] = ()
    track: bool = False
    notes: tuple[Note, ...] = ()


class Quote(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    text: Text
    by: Text
    source: SourceRef | None = None


class Event(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """Something that happened at a date or over a span. `title` is the full title (panel, list, exports);
    `label`, when given, is the short form drawn in the lanes."""

    id: str
    title: Text
    when: When
    kind: EventKind
    summary: Text
    sources: tuple[SourceRef, ...]
    priority: int = 2
    quote: Quote | None = None
    sectors: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    label: Text | None = None

    def short_label(self, lang: str = "en") -> str:
        """The lane label in `lang`; the title when the event has no label. When the label lacks `lang` but the
        title has it, the title in that language (a visitor's own language beats a shorter English text)."""
        if self.label is not None and (self.label.has(lang) or not self.title.has(lang)):
            return self.label.get(lang)
        return self.title.get(lang)


class Era(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str
    title: Text
    start: PartialDate
    sources: tuple[SourceRef, ...]
    end: PartialDate | None = None  # None: goes on past the timeline's end


class TourStop(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    event: str
    caption: Text


class Tour(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str
    title: Text
    stops: tuple[TourStop, ...]


class TimelineInfo(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    title: Text
    start: PartialDate
    end: PartialDate
    languages: tuple[str, ...] = ("en",)
    other_lane: Text | None = None  # the name of the lane of events with no sector (None: "Other events")


@dataclass(slots=True)
class Timeline:
    """A whole validated data set, with lookups by id. Events are kept in chronological order."""

    info: TimelineInfo
    sources: dict[str, Source] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    companies: dict[str, Company] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    tours: list[Tour] = field(default_factory=list)
    _event_index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        days: dict[int, tuple[dt.date, dt.date]] = {}  # by the date object: loads share one per distinct date

        def order(event: Event) -> tuple[dt.date, dt.date, str]:
            when = event.when
            found = days.get(id(when))
            if found is None:
                found = days[id(when)] = (when.first_day(), when.last_day())
            return (*found, event.id)

        self.events.sort(key=order)  # by first day, then last day, then id
        self._event_index = {e.id: i for i, e in enumerate(self.events)}

    @property
    def range(self) -> When:
        return When(self.info.start, self.info.end)

    def event(self, event_id: str) -> Event:
        return self.events[self._event_index[event_id]]

    def has_event(self, event_id: str) -> bool:
        return event_id in self._event_index

    def index_of(self, event_id: str) -> int:
        return self._event_index[event_id]

    def events_of_company(self, company_id: str) -> list[Event]:
        return [e for e in self.events if company_id in e.companies]
