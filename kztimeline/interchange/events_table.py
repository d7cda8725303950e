"""The timeline out in TimelineJS3's own shapes: the CSV of its Google Sheets template (the columns in
`slides.COLUMNS`) and its JSON, so a spreadsheet round trip works (export, edit, `kztimeline import`: the same
events, dates and titles).

Each event is a slide at its own precision (a year-precision event fills only Year), its summary the Text (as
HTML paragraphs, escaped), its sources' titles a last paragraph "Sources: …" that the import reads back as
sources, its quote a block quote in Media (TimelineJS shows those), its first sector the Group; eras are era
slides and the timeline's title the title slide. Written in one language (`lang`, English by default).
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from kztimeline.interchange.convert import SOURCES_PREFIX
from kztimeline.interchange.slides import COLUMNS
from kztimeline.model import Event, PartialDate, Timeline


def _date_cells(date: PartialDate | None, prefix: str) -> dict[str, str]:
    if date is None:
        return {}
    cells = {prefix + "Year": str(date.year)}
    if date.month is not None:
        cells[prefix + "Month"] = str(date.month)
    if date.day is not None:
        cells[prefix + "Day"] = str(date.day)
    return cells


def _text_html(event: Event, timeline: Timeline, lang: str) -> str:
    lines = event.summary.get(lang).split("\n")
    paragraphs = [f"<p>{html.escape(line, quote=False)}</p>" for line in lines if line.strip()]
    titles = []
    for ref in event.sources:
        source = timeline.sources.get(ref.source)
        if source is not None and source.title not in titles:
            titles.append(source.title.replace(";", ","))
    if titles:
        listed = html.escape(SOURCES_PREFIX + "; ".join(titles), quote=False)
        paragraphs.append(f"<p>{listed}</p>")
    return "".join(paragraphs)


def _quote_html(event: Event, lang: str) -> str:
    if event.quote is None:
        return ""
    return (f"<blockquote>{html.escape(event.quote.text.get(lang), quote=False)} "
            f"<cite>{html.escape(event.quote.by.get(lang), quote=False)}</cite></blockquote>")


def rows(timeline: Timeline, lang: str = "en") -> list[dict[str, str]]:
    """The spreadsheet's rows: the title slide, the events in date order, then the eras."""
    table = [{"Headline": html.escape(timeline.info.title.get(lang), quote=False), "Type": "title"}]
    for event in timeline.events:
        row = {**_date_cells(event.when.start, ""), **_date_cells(event.when.end, "End "),
               "Headline": html.escape(event.title.get(lang), quote=False), "Text": _text_html(event, timeline, lang),
               "Media": _quote_html(event, lang)}
        if event.sectors and event.sectors[0] in timeline.sectors:
            row["Group"] = timeline.sectors[event.sectors[0]].name.get(lang)
        table.append(row)
    for era in timeline.eras:
        table.append({**_date_cells(era.start, ""), **_date_cells(era.end, "End "),
                      "Headline": html.escape(era.title.get(lang), quote=False), "Type": "era"})
    return table


def to_csv(timeline: Timeline, lang: str = "en") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(timeline, lang):
        writer.writerow({key: value for key, value in row.items() if value})
    return out.getvalue().encode("utf-8")


def _json_date(row: dict[str, str], prefix: str) -> dict[str, int] | None:
    if prefix + "Year" not in row:
        return None
    return {key.lower(): int(row[prefix + key]) for key in ("Year", "Month", "Day") if prefix + key in row}


def _slide(row: dict[str, str]) -> dict[str, Any]:
    slide: dict[str, Any] = {}
    for prefix, key in (("", "start_date"), ("End ", "end_date")):
        date = _json_date(row, prefix)
        if date is not None:
            slide[key] = date
    slide["text"] = {"headline": row["Headline"], **({"text": row["Text"]} if row.get("Text") else {})}
    if row.get("Media"):
        slide["media"] = {"url": row["Media"]}
    if row.get("Group"):
        slide["group"] = row["Group"]
    return slide


def to_json(timeline: Timeline, lang: str = "en") -> bytes:
    table = rows(timeline, lang)
    document = {
        "title": _slide(table[0]),
        "events": [_slide(r) for r in table[1:] if r.get("Type") != "era"],
        "eras": [_slide(r) for r in table[1:] if r.get("Type") == "era"],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_csv(data: bytes) -> None:
    try:
        header = next(csv.reader(io.StringIO(data.decode("utf-8"))))
    except (UnicodeDecodeError, csv.Error, StopIteration) as exc:
        raise ValueError(f"the CSV does not read back ({exc})") from None
    if tuple(header) != COLUMNS:
        raise ValueError("the CSV lacks TimelineJS's columns")


def check_json(data: bytes) -> None:
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the JSON does not read back ({exc})") from None
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        raise ValueError("the JSON lacks TimelineJS's events")
