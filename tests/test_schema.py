"""The editor schema resources/schema/kztimeline.schema.json against FORMAT.md, the bundled data and the generator.

No Qt here. YAML is read the way the loader reads it, by the YAML 1.2 core schema that editors use too: dates stay
strings as written (`2010-02-23` is no datetime.date), only true/false are booleans, `0100` is decimal, and
8.1e12 is a number. The limits in the schema are checked against kztimeline.data.limits and FORMAT.md.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema  # the `test` extra
import pytest
import yaml
from benchmark_modules import benchmark_module
from jsonschema import Draft202012Validator

from kztimeline.data import limits
from kztimeline.data.yaml_nodes import _PlainLoader, scalar_value

ROOT = Path(__file__).parents[1]
SCHEMA_PATH = ROOT / "resources" / "schema" / "kztimeline.schema.json"
DATA_DIR = ROOT / "resources" / "data"
FORMAT_MD = DATA_DIR / "FORMAT.md"


def _python(node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return {_python(key): _python(value) for key, value in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_python(item) for item in node.value]
    return scalar_value(node)


def load_yaml(text: str) -> Any:
    """The document as the loader reads it (YAML 1.2 core scalars), as plain Python values."""
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    return None if node is None else _python(node)


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _where(error: jsonschema.ValidationError) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return "$" + path


def errors_of(document: Any) -> list[str]:
    """Readable schema errors of one loaded data file, in document order."""
    errors = sorted(validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{_where(e)}: {e.message}" for e in errors]


# --- (a) the schema itself ------------------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema())


def test_schema_has_the_promised_definitions() -> None:
    assert {"id", "text", "date", "sourceRef", "note"} <= set(schema()["$defs"])
    assert set(schema()["properties"]) == {
        "timeline", "sources", "sectors", "companies", "figures", "events", "eras", "tours",
    }
    assert "required" not in schema()  # a timeline may be split over files


def _properties(node: Any, where: str = "$") -> list[tuple[str, Any]]:
    """Every (path, subschema) that is a property of an object in the schema."""
    found = []
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            found.append((f"{where}.{name}", sub))
        for key, sub in node.items():
            found += _properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            found += _properties(sub, f"{where}[{i}]")
    return found


def test_every_property_has_a_description() -> None:
    missing = [path for path, sub in _properties(schema()) if not sub.get("description")]
    assert not missing, missing


def test_objects_that_list_their_keys_allow_no_others() -> None:
    def check(node: Any, where: str = "$") -> list[str]:
        bad = []
        if isinstance(node, dict):
            if "properties" in node and node.get("additionalProperties") is not False:
                bad.append(where)
            for key, sub in node.items():
                bad += check(sub, f"{where}/{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                bad += check(sub, f"{where}[{i}]")
        return bad

    assert check(schema()) == []


# --- (b) the examples in FORMAT.md ----------------------------------------------------------------------------

_YAML_BLOCK = re.compile(r"^```yaml[ \t]*\n(.*?)^```", re.DOTALL | re.MULTILINE)

def format_examples() -> list[Any]:
    """One pytest param per ```yaml block of FORMAT.md, named after its top-level key."""
    params = []
    for i, block in enumerate(_YAML_BLOCK.findall(FORMAT_MD.read_text(encoding="utf-8"))):
        first = re.match(r"\s*([A-Za-z_]+)\s*:", block)
        params.append(pytest.param(block, id=f"{i}-{first.group(1) if first else 'block'}"))
    return params


def test_format_md_has_examples_of_every_collection() -> None:
    names = {p.id.split("-", 1)[1] for p in format_examples()}
    assert names >= {"timeline", "sources", "sectors", "companies", "figures", "events", "eras", "tours"}


@pytest.mark.parametrize("block", format_examples())
def test_format_md_example_validates(block: str) -> None:
    document = load_yaml(block)
    assert isinstance(document, dict)
    assert errors_of(document) == []


# --- (c) the bundled data -------------------------------------------------------------------------------------


def test_bundled_data_validates() -> None:
    files = sorted(DATA_DIR.glob("*.yaml"))
    # Not a skip: the app ships this data, so its absence is a failure.
    assert files, f"no bundled data: {DATA_DIR} has no *.yaml files"
    problems = []
    for path in files:
        document = load_yaml(path.read_text(encoding="utf-8"))
        if document is None:
            continue  # an empty file is an empty (valid) part of a timeline
        problems += [f"{path.name}: {message}" for message in errors_of(document)]
    assert not problems, "\n".join(problems)


# --- (d) hand-written fragments -------------------------------------------------------------------------------

VALID = {
    "empty file": "{}",
    "bare source id and text with draft": """
sectors:
  - {id: oil-gas, name: {en: Oil and gas, ru: Нефть и газ, kk: Мұнай және газ, draft: [kk]}, colour: "#882255"}
eras:
  - {id: spiid, title: SPIID, start: 2010, sources: [article]}
""",
    "span event with quoted month dates": """
events:
  - id: spiid-1
    title: First five-year plan of SPIID
    start: "2010-01"
    end: "2014-12"
    kind: programme
    summary: {en: The first five-year plan.}
    sources: [article, {source: article}]
    notes: [{text: Sources give different years.}]
""",
    "money in full units, exponent without sign": """
figures:
  - {id: budget, label: Budget, value: 8.1e12, unit: tenge, date: 2014, sources: [s]}
""",
    "the edges of the limits": f"""
timeline: {{title: T, start: "1000", end: 2999-12-31}}
figures:
  - {{id: big, label: Big, value: -1e15, unit: tenge, date: 2999, sources: [s]}}
  - {{id: small, label: Small, value: 0.000001, unit: percent, date: "1000-01-01", sources: [s]}}
  - {{id: zero, label: Zero, value: 0, unit: count, date: 2010, sources: [s]}}
events:
  - {{id: a, title: {"t" * limits.MAX_SHORT_TEXT}, date: 2010, kind: law, summary: "line one\\nline two", sources: [s]}}
companies:
  - {{id: norway, name: Norsk, legal_form: No, sources: [s]}}
""",
    "figure with a series and no value": """
figures:
  - id: usd-rate
    label: {en: Tenge per US dollar}
    unit: kzt_per_usd
    start: 1997
    end: 2022
    series: [{date: 1997, value: 75.4}, {start: 2015-08, end: 2015-12, value: 300}]
    sources: [world-bank-wdi]
""",
}

# name: (fragment, where the schema must report the error)
INVALID = {
    "unknown top-level key": ("events: []\nevent: []\n", "$"),
    "unknown key in an event": ("""
events:
  - {id: a, title: T, date: 2010, kind: law, summary: S, sources: [s], colour: "#112233"}
""", "$.events[0]"),
    "colour is not #RRGGBB": ("""
sectors:
  - {id: energy, name: Energy, colour: "#DDCC7"}
""", "$.sectors[0].colour"),
    "colour is a name": ("""
sectors:
  - {id: energy, name: Energy, colour: yellow}
""", "$.sectors[0].colour"),
    "date without zero padding": ("""
events:
  - {id: a, title: T, date: "2013-2-3", kind: law, summary: S, sources: [s]}
""", "$.events[0].date"),
    "unquoted date without zero padding": ("""
events:
  - {id: a, title: T, date: 2013-2-3, kind: law, summary: S, sources: [s]}
""", "$.events[0].date"),
    "month 13": ("""
eras:
  - {id: a, title: T, start: 2013-13, sources: [s]}
""", "$.eras[0].start"),
    "event with both date and start": ("""
events:
  - {id: a, title: T, date: 2010, start: 2010, end: 2012, kind: law, summary: S, sources: [s]}
""", "$.events[0]"),
    "event with start but no end": ("""
events:
  - {id: a, title: T, start: 2010, kind: law, summary: S, sources: [s]}
""", "$.events[0]"),
    "event with neither date nor span": ("""
events:
  - {id: a, title: T, kind: law, summary: S, sources: [s]}
""", "$.events[0]"),
    "text mapping without en": ("""
events:
  - {id: a, title: {ru: Закон, kk: Заң}, date: 2010, kind: law, summary: S, sources: [s]}
""", "$.events[0].title"),
    "text with an unknown language": ("""
sectors:
  - {id: energy, name: {en: Energy, de: Energie}, colour: "#DDCC77"}
""", "$.sectors[0].name"),
    "unknown event kind": ("""
events:
  - {id: a, title: T, date: 2010, kind: party, summary: S, sources: [s]}
""", "$.events[0].kind"),
    "priority out of range": ("""
events:
  - {id: a, title: T, date: 2010, kind: law, priority: 4, summary: S, sources: [s]}
""", "$.events[0].priority"),
    "event without sources": ("""
events:
  - {id: a, title: T, date: 2010, kind: law, summary: S, sources: []}
""", "$.events[0].sources"),
    "id with capitals": ("""
events:
  - {id: Spiid, title: T, date: 2010, kind: law, summary: S, sources: [s]}
""", "$.events[0].id"),
    "figure without value or series": ("""
figures:
  - {id: jobs, label: Jobs, unit: count, date: 2010, sources: [s]}
""", "$.figures[0]"),
    "figure with start only": ("""
figures:
  - {id: jobs, label: Jobs, value: 5, unit: count, start: 2010, sources: [s]}
""", "$.figures[0]"),
    "unknown unit": ("""
figures:
  - {id: jobs, label: Jobs, value: 5, unit: people, date: 2010, sources: [s]}
""", "$.figures[0].unit"),
    "source reference with an unknown key": ("""
eras:
  - {id: a, title: T, start: 2010, sources: [{source: s, page: 3}]}
""", "$.eras[0].sources[0]"),
    "blank text": ("""
events:
  - {id: a, title: "  ", date: 2010, kind: law, summary: S, sources: [s]}
""", "$.events[0].title"),
    "tour without stops": ("""
tours:
  - {id: main, title: Main, stops: []}
""", "$.tours[0].stops"),
    "tour stop without an event": ("""
tours:
  - {id: main, title: Main, stops: [{caption: Hello}]}
""", "$.tours[0].stops[0]"),
    "year 0001 (quoted)": ("""
eras:
  - {id: a, title: T, start: "0001", sources: [s]}
""", "$.eras[0].start"),
    "year 9999": ("""
eras:
  - {id: a, title: T, start: 9999, sources: [s]}
""", "$.eras[0].start"),
    "a value of .nan": ("""
figures:
  - {id: jobs, label: Jobs, value: .nan, unit: count, date: 2010, sources: [s]}
""", "$.figures[0].value"),
    "a value of 1e308": ("""
figures:
  - {id: jobs, label: Jobs, value: 1e308, unit: count, date: 2010, sources: [s]}
""", "$.figures[0].value"),
    "a value of 1e-7": ("""
figures:
  - {id: jobs, label: Jobs, value: 1e-7, unit: count, date: 2010, sources: [s]}
""", "$.figures[0].value"),
    "a series point of -.inf": ("""
figures:
  - {id: r, label: R, unit: percent, start: 2010, end: 2011, series: [{date: 2010, value: -.inf}], sources: [s]}
""", "$.figures[0].series[0].value"),
    "a title with an escape character": ("""
events:
  - {id: a, title: "\\e[2Jok", date: 2010, kind: law, summary: S, sources: [s]}
""", "$.events[0].title"),
    "a summary longer than the limit": (f"""
events:
  - {{id: a, title: T, date: 2010, kind: law, summary: {"x" * (limits.MAX_LONG_TEXT + 1)}, sources: [s]}}
""", "$.events[0].summary"),
    "legal_form: No is text, and spiid_priority: yes is no boolean": ("""
sectors:
  - {id: energy, name: Energy, colour: "#DDCC77", spiid_priority: yes}
""", "$.sectors[0].spiid_priority"),
}


@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_valid_fragment_is_accepted(text: str) -> None:
    assert errors_of(load_yaml(text)) == []


@pytest.mark.parametrize(("text", "where"), INVALID.values(), ids=INVALID.keys())
def test_invalid_fragment_is_rejected(text: str, where: str) -> None:
    errors = errors_of(load_yaml(text))
    assert errors, "accepted"
    assert [e for e in errors if e.startswith(where + ": ")], errors


def test_loader_keeps_dates_as_written_and_reads_exponents() -> None:
    assert load_yaml("a: 2010-02-23\nb: 2010-02\nc: 2010\n") == {"a": "2010-02-23", "b": "2010-02", "c": 2010}
    assert load_yaml("a: 8.1e12\nb: 8.1e+12\nc: 1e6\nd: '8.1e12'\ne: 31.8\n") == {
        "a": 8.1e12, "b": 8.1e12, "c": 1e6, "d": "8.1e12", "e": 31.8,
    }


def test_scalars_resolve_by_the_yaml_1_2_core_schema() -> None:
    """What JSON-Schema editors (YAML 1.2) see: only true/false are booleans, leading zeros stay decimal, no
    sexagesimal numbers and no underscores in numbers."""
    assert load_yaml("a: No\nb: on\nc: y\nd: TRUE\ne: false\nf: ~\ng:\n") == {
        "a": "No", "b": "on", "c": "y", "d": True, "e": False, "f": None, "g": None}
    assert load_yaml("a: 0100\nb: -0100\nc: 0o17\nd: 0x1F\ne: 1:20\nf: 1_000\ng: .5\nh: -.inf\n") == {
        "a": 100, "b": -100, "c": 15, "d": 31, "e": "1:20", "f": "1_000", "g": 0.5, "h": float("-inf")}


def _all_defs_and_properties(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _all_defs_and_properties(value)
    elif isinstance(node, list):
        for value in node:
            found += _all_defs_and_properties(value)
    return found


def test_schema_states_the_loaders_limits() -> None:
    defs, props = schema()["$defs"], schema()["properties"]
    years = {alt["type"]: alt for alt in defs["date"]["oneOf"]}["integer"]
    assert (years["minimum"], years["maximum"]) == (limits.MIN_YEAR, limits.MAX_YEAR)
    assert (defs["number"]["minimum"], defs["number"]["maximum"]) == (-limits.MAX_MAGNITUDE, limits.MAX_MAGNITUDE)
    assert defs["number"]["not"]["exclusiveMaximum"] == limits.MIN_MAGNITUDE
    assert defs["id"]["maxLength"] == limits.MAX_ID
    assert defs["text"]["oneOf"][0]["maxLength"] == limits.MAX_SHORT_TEXT
    assert defs["longText"]["oneOf"][0]["maxLength"] == limits.MAX_LONG_TEXT
    assert props["sources"]["items"]["properties"]["url"]["maxLength"] == limits.MAX_URL
    assert props["events"]["maxItems"] == limits.MAX_ENTRIES
    assert props["sectors"]["maxItems"] == limits.MAX_SECTORS
    assert props["figures"]["items"]["properties"]["series"]["maxItems"] == limits.MAX_POINTS
    assert props["tours"]["items"]["properties"]["stops"]["maxItems"] == limits.MAX_STOPS
    # every free-form string has a length limit (a colour or a date is held to its pattern)
    strings = [d for d in _all_defs_and_properties(schema()) if d.get("type") == "string"
               and not re.fullmatch(r"\^.*\$", d.get("pattern", ""))]
    assert strings
    assert all("maxLength" in d for d in strings), [d.get("description") for d in strings if "maxLength" not in d]


def test_format_md_states_the_limits() -> None:
    text = " ".join(FORMAT_MD.read_text(encoding="utf-8").split())
    for words in (f"{limits.MIN_YEAR} to {limits.MAX_YEAR}", "1e15", "0.000001", f"{limits.MAX_SHORT_TEXT} characters",
                  f"{limits.MAX_LONG_TEXT:,} characters", f"{limits.MAX_ENTRIES:,}", f"{limits.MAX_SECTORS} sectors",
                  f"{limits.MAX_POINTS:,} points", f"{limits.MAX_STOPS:,} stops", "only `true` and `false`"):
        assert words in text, words


# --- the benchmark generator ----------------------------------------------------------------------------------


def generator() -> ModuleType:
    return benchmark_module("generate")


def test_generated_timeline_validates(tmp_path: Path) -> None:
    out = tmp_path / "synthetic.yaml"
    out.write_text(generator().generate(300, seed=7), encoding="utf-8")
    document = load_yaml(out.read_text(encoding="utf-8"))
    assert errors_of(document) == []

    assert len(document["events"]) == 300
    assert len(document["companies"]) == 300 // 20
    assert len(document["figures"]) == 300 // 50
    assert len(document["eras"]) == 300 // 2000 + 3
    assert len(document["tours"]) == 2
    assert len(document["sources"]) == 20
    assert [(s["id"], s["colour"]) for s in document["sectors"]] == [
        ("agriculture", "#117733"), ("construction", "#999933"), ("oil-gas", "#882255"),
        ("metallurgy", "#332288"), ("chemicals", "#AA4499"), ("energy", "#DDCC77"),
        ("transport-telecom", "#44AA99"), ("mechanical-engineering", "#CC6677"),
    ]
    assert any(f.get("track") and f.get("series") for f in document["figures"])


def test_generated_timeline_is_consistent() -> None:
    """What the schema cannot check: unique ids, references that resolve, dates inside the declared range."""
    document = load_yaml(generator().generate(300, seed=3))
    ids = {
        key: [item["id"] for item in document[key]]
        for key in ("sources", "sectors", "companies", "figures", "events", "eras", "tours")
    }
    for key, values in ids.items():
        assert len(values) == len(set(values)), key

    def source_ids(refs: list[Any]) -> set[str]:
        return {ref if isinstance(ref, str) else ref["source"] for ref in refs}

    known_sources = set(ids["sources"])
    lo, hi = document["timeline"]["start"], document["timeline"]["end"]
    spans = 0
    for event in document["events"]:
        assert set(event.get("sectors", [])) <= set(ids["sectors"])
        assert set(event.get("companies", [])) <= set(ids["companies"])
        assert set(event.get("figures", [])) <= set(ids["figures"])
        assert source_ids(event["sources"]) <= known_sources
        for key in ("date", "start", "end"):
            if key in event:
                assert lo[:4] <= str(event[key])[:4] <= hi[:4]
                assert str(event[key]) <= hi
        if "start" in event:
            spans += 1
            assert str(event["start"]) <= str(event["end"])
    assert 10 <= spans <= 50  # about 10 %
    for tour in document["tours"]:
        assert {stop["event"] for stop in tour["stops"]} <= set(ids["events"])


def test_generator_is_deterministic_for_a_seed() -> None:
    generate = generator().generate
    assert generate(120, seed=5) == generate(120, seed=5)
    assert generate(120, seed=5) != generate(120, seed=6)
