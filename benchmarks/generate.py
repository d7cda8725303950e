"""Generate a valid synthetic kztimeline data file of N events, for performance work.

    python benchmarks/generate.py N OUT.yaml [--seed S]

The file has one `timeline` (1997-01-01..2022-12-31), 20 sources, the eight sectors of the bundled data, N/20
companies, N/50 figures (a few of them series drawn in the figures track), N events, N/2000+3 eras and 2 tours.
Events are spread over the range and the sectors with the proportions of real data: about 10 % spans, 40 % day,
30 % month and 20 % year precision. The output is deterministic for a given N and seed, validates against
resources/schema/kztimeline.schema.json, and is built as text (not with yaml.dump) so that 100,000 events take
a few seconds. Dates are written unquoted, as in the bundled data; all text is written double-quoted.

Size: about 400 bytes an event (100,000 events make about 40 MB), which is over the loader's per-file limit
(kztimeline.data.yaml_nodes.MAX_FILE_BYTES, 32 MiB): about 80,000 events is the most one file can hold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from bisect import bisect
from itertools import accumulate
from pathlib import Path

START = dt.date(1997, 1, 1)
END = dt.date(2022, 12, 31)

# The bundled data's sectors: id, English name, colour, SPIID priority, share of sector-tagged events.
SECTORS = [
    ("agriculture", "Agriculture and agro-processing", "#117733", True, 0.13),
    ("construction", "Construction industry and materials", "#999933", True, 0.09),
    ("oil-gas", "Oil refining and oil and gas infrastructure", "#882255", True, 0.20),
    ("metallurgy", "Metallurgy and finished metal goods", "#332288", True, 0.15),
    ("chemicals", "Chemical, pharmaceutical and defence industries", "#AA4499", True, 0.08),
    ("energy", "Energy", "#DDCC77", True, 0.12),
    ("transport-telecom", "Transport and telecommunications infrastructure", "#44AA99", True, 0.10),
    ("mechanical-engineering", "Mechanical engineering", "#CC6677", False, 0.13),
]
SECTOR_IDS = [s[0] for s in SECTORS]
SECTOR_WEIGHTS = [s[4] for s in SECTORS]

SOURCE_KINDS = ["official", "news", "data", "encyclopedia", "company", "academic"]
PUBLISHERS = [
    "Wikipedia", "Kazinform", "World Bank", "Bureau of National Statistics", "Akorda", "Adilet",
    "The Astana Times", "Kursiv", "Forbes Kazakhstan", "OECD", "IMF", "Samruk-Kazyna", "KazakhInvest",
    "Nazarbayev University", "EBRD", "ADB", "Tengrinews", "Kapital.kz", "UNIDO", "Ministry of Industry",
]
LOCATORS = ["History", "table 2", "section 3.1", "p. 14", "paragraph 3", "Annex B", "row 12", "Introduction"]

CITIES = [
    ("Astana", "Астана", "Астана"), ("Almaty", "Алматы", "Алматы"), ("Karaganda", "Караганда", "Қарағанды"),
    ("Pavlodar", "Павлодар", "Павлодар"), ("Aktobe", "Актобе", "Ақтөбе"), ("Atyrau", "Атырау", "Атырау"),
    ("Shymkent", "Шымкент", "Шымкент"), ("Kostanay", "Костанай", "Қостанай"),
    ("Oskemen", "Усть-Каменогорск", "Өскемен"),
    ("Temirtau", "Темиртау", "Теміртау"), ("Aktau", "Актау", "Ақтау"), ("Semey", "Семей", "Семей"),
    ("Taraz", "Тараз", "Тараз"), ("Kyzylorda", "Кызылорда", "Қызылорда"), ("Ekibastuz", "Экибастуз", "Екібастұз"),
]
NAME_PARTS_A = [
    "Kaz", "Temir", "Altyn", "Dala", "Aral", "Sary", "Zhasyl", "Kok", "Ak", "Tau", "Steppe", "Caspian", "Ertis",
    "Nur", "Baiterek", "Tulpar", "Saryarka", "Alatau", "Zhetysu", "Irtysh", "Ulba", "Balkhash", "Ural", "Tobol",
]
NAME_PARTS_B = [
    "Steel", "Agro", "Energy", "Chem", "Trans", "Mash", "Cement", "Oil", "Gas", "Metal", "Telecom", "Power",
    "Build", "Petro", "Rail", "Glass", "Grain", "Copper", "Zinc", "Tech", "Motors", "Pipe", "Fert", "Polymer",
]
LEGAL_FORMS = ["LLP", "JSC", "LLP", "JSC", "LLP", "PLC"]
PARTNERS = [
    "Patentes Talgo (Spain)", "Alstom (France)", "Hyundai (South Korea)", "Sinopec (China)", "Eurasian Resources Group",
    "Kazakhstan Temir Zholy", "Samruk-Kazyna", "ArcelorMittal", "Air Liquide (France)", "Siemens (Germany)",
    "General Electric (USA)", "KAMAZ (Russia)", "Baiterek Holding", "CITIC (China)", "Posco (South Korea)",
]
PRODUCTS = {
    "agriculture": ["flour", "pasta", "sugar", "milk powder", "vegetable oil", "meat products", "animal feed"],
    "construction": ["cement", "bricks", "float glass", "concrete blocks", "gypsum board", "ceramic tiles"],
    "oil-gas": ["crude oil", "liquefied gas", "gasoline", "diesel fuel", "natural gas", "bitumen"],
    "metallurgy": ["steel pipes", "rolled steel", "copper cathodes", "zinc", "ferroalloys", "aluminium"],
    "chemicals": ["polypropylene", "fertilizers", "sulphuric acid", "caustic soda", "tyres", "paint"],
    "energy": ["electricity", "solar power", "wind power", "coal", "heat", "uranium fuel assemblies"],
    "transport-telecom": ["fibre links", "railway sleepers", "mobile networks", "container services", "satellites"],
    "mechanical-engineering": ["passenger railcars", "locomotives", "tractors", "buses", "cars", "transformers"],
}
NOUNS = [
    "plant", "programme", "project", "investment", "capacity", "output", "export", "agreement", "strategy", "law",
    "reform", "cluster", "zone", "railway", "pipeline", "refinery", "smelter", "factory", "line", "corridor",
    "fund", "holding", "loan", "tariff", "market", "budget", "price", "demand", "workforce", "region", "supply",
    "modernization", "technology", "licence", "partnership", "standard", "subsidy", "bond", "auction", "quota",
]
VERBS = [
    "opens", "launches", "expands", "doubles", "approves", "adopts", "signs", "completes", "starts", "begins",
    "announces", "finances", "restructures", "modernizes", "commissions", "merges", "privatizes", "extends",
    "raises", "cuts", "exports", "builds", "upgrades", "resumes", "suspends",
]
ADJECTIVES = [
    "new", "first", "largest", "national", "regional", "industrial", "state", "private", "foreign", "joint",
    "second", "modern", "integrated", "domestic", "export-oriented", "import-substituting", "pilot", "major",
    "five-year", "special", "innovative", "competitive", "heavy", "light", "strategic", "sustainable",
]
OBJECTS = [
    "industrial zone", "development programme", "investment agreement", "production line", "processing plant",
    "export contract", "state programme", "free economic zone", "technology park", "tax incentive",
    "local content rule", "credit line", "infrastructure plan", "modernization fund", "trade agreement",
    "pipeline section", "power unit", "rail corridor", "cluster initiative", "customs union rule",
]
POLICY_TITLES = [
    "{adj} {obj} adopted", "Government approves {adj} {obj}", "{adj} {obj} announced", "Parliament passes {obj} law",
    "{obj} extended to {year}", "Review of the {obj}", "{adj} {obj} begins",
]
SECTOR_TITLES = [
    "{company} {verb} {product} plant in {city}", "{company} {verb} {product} output",
    "{adj} {product} plant in {city}",
    "{company} {verb} {adj} {obj}", "{product} exports reach a record", "{adj} {product} line at {company}",
]
CONNECTIVES = ["as", "while", "after", "because", "so that", "before", "although", "when"]
SUBJECTS = [
    "the government", "the ministry", "the company", "an investor", "the region", "the state holding", "the plant",
    "a local producer", "the programme", "an exporter", "the national company", "the akimat", "the partner",
]
# Sector-lane event titles, with the kinds of event they describe (and weights).
SECTOR_TITLES = [
    ("{company} {verb} {product} plant in {city}", ("plant_launch", "milestone"), (8, 2)),
    ("{adj} {product} plant in {city}", ("plant_launch", "milestone"), (8, 2)),
    ("{adj} {product} line at {company}", ("plant_launch", "milestone"), (7, 3)),
    ("{company} {verb} {product} output", ("statistic", "milestone"), (6, 4)),
    ("{product} exports reach a record", ("trade", "statistic"), (6, 4)),
    ("{company} {verb} {adj} {obj}", ("milestone", "policy", "programme", "law"), (5, 3, 2, 1)),
]
POLICY_TITLES = [
    "{adj} {obj} adopted", "Government approves {adj} {obj}", "{adj} {obj} announced", "Parliament passes {obj} law",
    "{obj} extended to {year}", "Review of the {obj}", "{adj} {obj} begins",
]
POLICY_KINDS = ("programme", "phase", "address", "law", "policy", "crisis", "devaluation", "statistic", "trade")
POLICY_WEIGHTS = (12, 6, 5, 12, 20, 4, 3, 10, 8)
# Some titles come with (made-up, rough) Russian and Kazakh versions, as in a partly translated data set.
RU_TITLES = [
    "Открытие нового завода", "Запуск производственной линии", "Принята государственная программа",
    "Подписано инвестиционное соглашение", "Рекордный экспорт", "Модернизация предприятия", "Новый закон",
    "Начало второй пятилетки", "Расширение мощностей", "Создание индустриальной зоны",
]
KK_TITLES = [
    "Жаңа зауыттың ашылуы", "Өндірістік желінің іске қосылуы", "Мемлекеттік бағдарлама қабылданды",
    "Инвестициялық келісімге қол қойылды", "Рекордтық экспорт", "Кәсіпорынды жаңғырту", "Жаңа заң",
    "Екінші бесжылдықтың басталуы", "Қуаттарды кеңейту", "Индустриялық аймақ құру",
]
UNITS = ["count", "percent", "tenge", "usd", "eur", "kzt_per_usd"]
QUALIFIERS = ["about", "more_than", "at_least", "up_to", "less_than"]

_DAY0 = START.toordinal()
_NDAYS = END.toordinal() - _DAY0 + 1
_LAST = _DAY0 + _NDAYS - 1
# Every day of the range written at each precision, indexed by ordinal - _DAY0: formatting dates is the hot path.
_DAYS = [dt.date.fromordinal(_DAY0 + i) for i in range(_NDAYS)]
_DATE_TEXT = {
    3: [d.isoformat() for d in _DAYS],
    2: [f"{d.year:04d}-{d.month:02d}" for d in _DAYS],
    1: [str(d.year) for d in _DAYS],
}
_SECTOR_CUM = list(accumulate(SECTOR_WEIGHTS))
_POLICY_CUM = list(accumulate(POLICY_WEIGHTS))
_SECTOR_TITLE_CUM = [list(accumulate(weights)) for _t, _k, weights in SECTOR_TITLES]


def _q(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    if '"' in text or "\\" in text:
        return json.dumps(text, ensure_ascii=False)
    return '"' + text + '"'


class _Gen:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rand = random.Random(seed).random  # one stream; the helpers below are faster than Random's
        self.out: list[str] = []
        self.w = self.out.append

    # --- random helpers -------------------------------------------------------------------------------------

    def pick(self, seq):  # noqa: ANN001, ANN201
        return seq[int(self.rand() * len(seq))]

    def wpick(self, seq, cum):  # noqa: ANN001, ANN201
        return seq[bisect(cum, self.rand() * cum[-1])]

    def randint(self, lo: int, hi: int) -> int:
        return lo + int(self.rand() * (hi - lo + 1))

    # --- values ---------------------------------------------------------------------------------------------

    def ordinal(self) -> int:
        """A day in the range, denser towards the later years as in the real data."""
        return _DAY0 + int(_NDAYS * (self.rand() ** 0.8))

    @staticmethod
    def fmt(ordinal: int, precision: int) -> str:
        return _DATE_TEXT[precision][ordinal - _DAY0]

    def precision(self) -> int:
        r = self.rand()
        return 3 if r < 0.45 else 2 if r < 0.78 else 1  # of point events: 40 / 30 / 20 % of all

    def when_lines(self, indent: str, span_share: float) -> tuple[int, list[str]]:
        """`date:` or `start:`/`end:` lines; returns the start ordinal too (for ordering)."""
        start = self.ordinal()
        if self.rand() < span_share:
            prec = self.pick((3, 2, 2, 1))
            end = min(start + self.randint(400 if prec == 1 else 40, 3000), _LAST)
            if prec == 1 and _DAYS[end - _DAY0].year == _DAYS[start - _DAY0].year:
                start = max(_DAY0, end - 400)
            return start, [f"{indent}start: {self.fmt(start, prec)}", f"{indent}end: {self.fmt(end, prec)}"]
        return start, [f"{indent}date: {self.fmt(start, self.precision())}"]

    def sentence(self) -> str:
        rand, pick = self.rand, self.pick
        words = [pick(SUBJECTS).capitalize(), pick(VERBS), "the", pick(ADJECTIVES), pick(NOUNS)]
        if rand() < 0.6:
            words += ["of", pick(OBJECTS)]
        if rand() < 0.5:
            words += [pick(CONNECTIVES), pick(SUBJECTS), pick(VERBS), pick(NOUNS), "in", pick(CITIES)[0]]
        if rand() < 0.3:
            words[-1] += ","
            words += ["worth", str(self.randint(2, 900)), pick(("million", "billion")),
                      pick(("tenge", "US dollars", "euros"))]
        return " ".join(words) + "."

    def summary(self) -> str:
        return self.sentence() if self.rand() < 0.5 else self.sentence() + " " + self.sentence()

    def text(self, en: str, ru: str | None = None, kk: str | None = None) -> str:
        """Plain English most of the time; sometimes a mapping, with translations if given (some marked draft)."""
        r = self.rand()
        if r < 0.6 and ru is None:
            return _q(en)
        if ru is None or r < 0.75:
            return "{en: " + _q(en) + "}"
        parts = ["en: " + _q(en), "ru: " + _q(ru)]
        if kk is not None and self.rand() < 0.7:
            parts.append("kk: " + _q(kk))
            if self.rand() < 0.3:
                parts.append("draft: [kk]")
        return "{" + ", ".join(parts) + "}"

    def source_refs(self, k_max: int = 2) -> str:
        rand, ids = self.rand, self.source_ids
        k = self.randint(1, k_max)
        chosen: list[str] = []
        while len(chosen) < k:
            sid = ids[int(rand() * len(ids))]
            if sid not in chosen:
                chosen.append(sid)
        refs = [
            "{source: " + sid + ", locator: " + _q(self.pick(LOCATORS)) + "}" if rand() < 0.4 else sid
            for sid in chosen
        ]
        return "[" + ", ".join(refs) + "]"

    def notes(self, indent: str) -> None:
        self.w(f"{indent}notes:")
        for _ in range(self.randint(1, 2)):
            self.w(f"{indent}  - text: {self.text(self.sentence())}")
            if self.rand() < 0.7:
                self.w(f"{indent}    sources: {self.source_refs()}")

    # --- collections ----------------------------------------------------------------------------------------

    def header(self) -> None:
        self.w(f"# Synthetic kztimeline data: {self.n} events (benchmarks/generate.py). Not real facts.")
        self.w("timeline:")
        self.w('  title: {en: "Industrialization of Kazakhstan, 1997–2022 (synthetic)", '
               'ru: "Индустриализация Казахстана, 1997–2022", kk: "Қазақстанның индустрияландыруы, 1997–2022"}')
        self.w(f"  start: {START.isoformat()}")
        self.w(f"  end: {END.isoformat()}")
        self.w("  languages: [en, kk, ru]")

    def sources(self) -> None:
        pick = self.pick
        self.source_ids = [f"src-{i:02d}" for i in range(1, 21)]
        self.w("sources:")
        for i, sid in enumerate(self.source_ids):
            publisher = PUBLISHERS[i]
            self.w(f"  - id: {sid}")
            self.w(f"    title: {_q(publisher + ': ' + pick(OBJECTS) + ' ' + pick(NOUNS) + ' report')}")
            self.w(f"    publisher: {_q(publisher)}")
            if self.rand() < 0.8:
                self.w(f"    date: {self.fmt(self.ordinal(), pick((1, 2, 3)))}")
            self.w(f"    url: https://example.org/{sid}/{pick(NOUNS)}")
            self.w(f"    kind: {SOURCE_KINDS[i % len(SOURCE_KINDS)]}")

    def sectors(self) -> None:
        self.w("sectors:")
        for sid, name, colour, spiid, _share in SECTORS:
            self.w(f"  - id: {sid}")
            self.w(f"    name: {{en: {_q(name)}}}")
            self.w(f'    colour: "{colour}"')
            if spiid:
                self.w("    spiid_priority: true")

    def companies(self) -> None:
        rand, pick = self.rand, self.pick
        self.company_ids: list[str] = []
        self.company_name: dict[str, str] = {}
        self.w("companies:")
        for i in range(max(1, self.n // 20)):
            cid = f"co-{i:05d}"
            sector = self.wpick(SECTOR_IDS, _SECTOR_CUM)
            name = pick(NAME_PARTS_A) + pick(NAME_PARTS_B)
            self.company_ids.append(cid)
            self.company_name[cid] = name
            self.w(f"  - id: {cid}")
            self.w(f"    name: {_q(name)}")
            self.w(f"    legal_form: {pick(LEGAL_FORMS)}")
            self.w(f"    city: {self.text(*pick(CITIES))}")
            self.w(f"    products: {self.text(pick(PRODUCTS[sector]).capitalize())}")
            if rand() < 0.3:
                self.w(f"    partner: {self.text(pick(PARTNERS))}")
            if rand() < 0.8:
                self.w(f"    founded: {self.fmt(self.ordinal(), pick((3, 3, 2, 1)))}")
            self.w(f"    sectors: [{sector}]")
            self.w(f"    sources: {self.source_refs()}")
            if rand() < 0.05:
                self.notes("    ")

    def value(self, unit: str) -> str:
        rand = self.rand
        if unit == "count":
            return str(self.randint(10, 200_000))
        if unit == "percent":
            return f"{rand() * 70 - 10:.1f}"
        if unit == "kzt_per_usd":
            return f"{75 + rand() * 405:.2f}"
        return str(self.randint(1, 9000) * 10 ** self.randint(6, 9))  # money in full units, as an integer

    def figures(self) -> None:
        rand, pick = self.rand, self.pick
        self.figure_ids: list[str] = []
        self.w("figures:")
        for i in range(max(3, self.n // 50)):
            fid = f"fig-{i:04d}"
            self.figure_ids.append(fid)
            is_series = i < 3 or i % 10 == 0
            unit = pick(("percent", "kzt_per_usd", "tenge", "usd")) if is_series else pick(UNITS)
            adjective, noun = pick(ADJECTIVES).capitalize(), pick(NOUNS)  # in this order: the data stays the same
            label = f"{adjective} {noun} {pick(('volume', 'growth', 'share', 'value', 'total'))}"
            self.w(f"  - id: {fid}")
            self.w(f"    label: {self.text(label)}")
            if not is_series or rand() < 0.3:
                self.w(f"    value: {self.value(unit)}")
                if rand() < 0.4:
                    self.w(f"    qualifier: {pick(QUALIFIERS)}")
            self.w(f"    unit: {unit}")
            if unit == "count" and rand() < 0.7:
                self.w(f"    noun: {self.text(pick(NOUNS) + 's')}")
            if is_series:
                y0 = self.randint(1997, 2008)
                y1 = self.randint(max(y0 + 5, 2015), 2022)
                self.w(f"    start: {y0}")
                self.w(f"    end: {y1}")
                self.w("    series:")
                v = 5 + rand() * 95
                for y in range(y0, y1 + 1):
                    v = max(0.1, v * (0.85 + rand() * 0.35))
                    if y == y1 and rand() < 0.5:
                        self.w(f"      - {{start: {y}-01, end: {y}-09, value: {v:.2f}}}")
                    else:
                        self.w(f"      - {{date: {y}, value: {v:.2f}}}")
                if i < 3 or rand() < 0.5:
                    self.w("    track: true")
            else:
                self.out.extend(self.when_lines("    ", 0.2)[1])
            self.w(f"    sources: {self.source_refs()}")
            if rand() < 0.1:
                self.notes("    ")

    def events(self) -> None:
        rand, pick, wpick, text = self.rand, self.pick, self.wpick, self.text
        company_ids, company_name, figure_ids = self.company_ids, self.company_name, self.figure_ids
        items: list[tuple[int, list[str], int]] = []  # (start ordinal, lines after the id, priority)
        for _ in range(self.n):
            start, when = self.when_lines("    ", 0.10)
            r = rand()
            sectors = [] if r < 0.2 else [wpick(SECTOR_IDS, _SECTOR_CUM)]  # 20 % none, 60 % one, 20 % two
            if r >= 0.8:
                second = wpick(SECTOR_IDS, _SECTOR_CUM)
                if second != sectors[0]:
                    sectors.append(second)
            company = pick(company_ids) if sectors and rand() < 0.35 else None
            if sectors:
                t = int(rand() * len(SECTOR_TITLES))
                template, kinds, _weights = SECTOR_TITLES[t]
                kind = wpick(kinds, _SECTOR_TITLE_CUM[t])
                title = template.format(
                    company=company_name[company] if company else pick(NAME_PARTS_A) + pick(NAME_PARTS_B),
                    verb=pick(VERBS), product=pick(PRODUCTS[sectors[0]]), city=pick(CITIES)[0],
                    adj=pick(ADJECTIVES), obj=pick(OBJECTS))
            else:
                kind = wpick(POLICY_KINDS, _POLICY_CUM)
                template, adj, obj = pick(POLICY_TITLES), pick(ADJECTIVES), pick(OBJECTS)  # in this order
                title = template.format(adj=adj, obj=obj, year=self.randint(2005, 2030))
            title = title[0].upper() + title[1:]
            if rand() < 0.15:
                k = int(rand() * len(RU_TITLES))
                title_text = text(title, RU_TITLES[k], KK_TITLES[k])
            else:
                title_text = text(title)
            r = rand()
            priority = 1 if r < 0.15 else 2 if r < 0.7 else 3
            lines = [f"    title: {title_text}", *when, f"    kind: {kind}"]
            if priority != 2 or rand() < 0.7:  # the default 2 is often left out
                lines.append(f"    priority: {priority}")
            lines.append(f"    summary: {text(self.summary())}")
            if rand() < 0.02:
                by = pick(("Nursultan Nazarbayev", "Kassym-Jomart Tokayev", "The Prime Minister",
                           "The Minister of Industry"))
                lines += ["    quote:", f"      text: {text(self.sentence())}",
                          f"      by: {text(by + ', ' + pick(OBJECTS))}"]
                if rand() < 0.8:
                    lines.append(f"      source: {self.source_refs(1)[1:-1]}")
            if sectors:
                lines.append(f"    sectors: [{', '.join(sectors)}]")
            if company:
                other = pick(company_ids) if rand() < 0.1 else company
                both = f"{company}, {other}" if other != company else company
                lines.append(f"    companies: [{both}]")
            if rand() < 0.1:
                lines.append(f"    figures: [{pick(figure_ids)}]")
            lines.append(f"    sources: {self.source_refs(3)}")
            items.append((start, lines, priority))
        items.sort(key=lambda item: item[0])  # a hand-written file is roughly chronological
        self.event_ids: list[str] = []
        self.top_events: list[str] = []
        w, extend = self.w, self.out.extend
        w("events:")
        for i, (_start, lines, priority) in enumerate(items):
            eid = f"ev-{i:06d}"
            self.event_ids.append(eid)
            if priority == 1:
                self.top_events.append(eid)
            w(f"  - id: {eid}")
            extend(lines)
            if rand() < 0.05:
                self.notes("    ")

    def eras(self) -> None:
        pick = self.pick
        self.w("eras:")
        for i in range(self.n // 2000 + 3):
            start = self.ordinal()
            self.w(f"  - id: era-{i:03d}")
            self.w(f"    title: {self.text(pick(ADJECTIVES).capitalize() + ' ' + pick(OBJECTS))}")
            self.w(f"    start: {self.fmt(start, 2)}")
            if i % 7 != 6:  # some eras go on past the timeline's end
                self.w(f"    end: {self.fmt(min(start + self.randint(365, 365 * 8), _LAST), 2)}")
            self.w(f"    sources: {self.source_refs()}")

    def tours(self) -> None:
        self.w("tours:")
        pool = self.top_events if len(self.top_events) >= 10 else self.event_ids
        for tid, title, size in (("main", "Twenty-five years in ten stops", 10), ("quick", "The short tour", 5)):
            stops = sorted(random.Random(int(self.rand() * 2**32)).sample(range(len(pool)), min(size, len(pool))))
            self.w(f"  - id: {tid}")
            self.w(f"    title: {self.text(title)}")
            self.w("    stops:")
            for k in stops:
                self.w(f"      - {{event: {pool[k]}, caption: {self.text(self.sentence())}}}")

    def run(self) -> str:
        self.header()
        self.sources()
        self.sectors()
        self.companies()
        self.figures()
        self.events()
        self.eras()
        self.tours()
        return "\n".join(self.out) + "\n"


def generate(n: int, seed: int = 0) -> str:
    """The YAML text of a valid synthetic timeline of `n` events (n >= 1), deterministic for `seed`."""
    if n < 1:
        raise ValueError("n must be at least 1 (tours need an event to stop at)")
    return _Gen(n, seed).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a valid synthetic kztimeline data file of N events.")
    parser.add_argument("n", type=int, metavar="N", help="number of events (at least 1)")
    parser.add_argument("out", type=Path, metavar="OUT.yaml", help="file to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    t0 = time.perf_counter()
    text = generate(args.n, args.seed)
    args.out.write_text(text, encoding="utf-8")
    size = args.out.stat().st_size
    print(f"{args.out}: {args.n} events, {size / 1e6:.1f} MB in {time.perf_counter() - t0:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
