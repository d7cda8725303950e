"""The fast path (rapidyaml -> JSON -> the model) and the PyYAML node path never disagree: on clean data they
build equal models, and on anything else the fast path gives up, so `load` reports exactly what the node path
reports (messages, files, lines, columns)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from benchmark_modules import benchmark_module
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.data import bundled_data_path, fast_load, load
from kztimeline.data.loader import ITEMS_PER_PIECE, SPLIT_ABOVE_CHARS, load_by_nodes
from kztimeline.model import Timeline


def _generator() -> ModuleType:
    return benchmark_module("generate")


@pytest.fixture(scope="module")
def generated() -> str:
    return str(_generator().generate(800, seed=3))


def _fast(files: list[Path], split_above: int = SPLIT_ABOVE_CHARS, per_piece: int = ITEMS_PER_PIECE) -> Timeline:
    return fast_load.build([(f.name, f.read_bytes()) for f in files], lambda fraction, what: None, split_above,
                           per_piece)


def _same(a: Timeline, b: Timeline) -> None:
    assert a.info == b.info
    for name in ("sources", "sectors", "companies", "figures"):
        assert list(getattr(a, name).items()) == list(getattr(b, name).items()), name
    for name in ("events", "eras", "tours"):
        assert getattr(a, name) == getattr(b, name), name


def test_the_bundled_data_is_read_alike_by_both_paths() -> None:
    files = sorted(bundled_data_path().glob("*.yaml"))
    by_nodes = load_by_nodes()
    assert by_nodes.ok
    assert by_nodes.problems == []
    _same(_fast(files), by_nodes.timeline)


@pytest.mark.parametrize("split", [False, True])
def test_a_generated_file_is_read_alike_by_both_paths(tmp_path, generated, split) -> None:
    path = tmp_path / "gen.yaml"
    path.write_text(generated, encoding="utf-8")
    by_nodes = load_by_nodes(path)
    assert by_nodes.ok
    timeline = _fast([path], 1000, 97) if split else _fast([path])
    _same(timeline, by_nodes.timeline)
    assert sum(1 for e in timeline.events if e.when.is_span) > 50


def test_the_model_shares_one_empty_draft_set_and_repeated_values(tmp_path, generated) -> None:
    path = tmp_path / "gen.yaml"
    path.write_text(generated, encoding="utf-8")
    timeline = load(path).timeline
    assert timeline is not None
    drafts = {id(e.title.draft) for e in timeline.events if not e.title.draft}
    assert len(drafts) == 1
    sectors = [e.sectors[0] for e in timeline.events if e.sectors]
    assert len({id(s) for s in sectors}) <= len(timeline.sectors)


# -- data with problems: load() reports exactly what the node path reports -----------------------------------
_EDITS = {  # what to find in the generated text, what to put instead (first occurrence)
    "a bad date": ("date: 20", "date: 2x"),
    "a date out of the range": ("\n    end: 2017", "\n    end: 2099"),
    "a month that is not one": ("  end: 2022-12-31", "  end: 2022-13-31"),
    "an unknown key": ("    kind: ", "    kinde: "),
    "a duplicate id": ("  - id: ev-000002\n", "  - id: ev-000001\n"),
    "a bad reference": ("sectors: [", "sectors: [nowhere, "),
    "a wrong type": ("priority: 1", "priority: [1]"),
    "a quoted number": ("priority: 1", 'priority: "1"'),
    "a float priority": ("priority: 1", "priority: 1.0"),
    "a YAML 1.1 boolean": ("spiid_priority: true", "spiid_priority: yes"),
    "a null title": ('title: "', 'title: ~ #"'),
    "a syntax error": ("sources:\n", "sources:\n  - [\n"),
    "a stray quote": ('title: "', 'title: ""'),
    "a tab": ("  - id: ev-00003", "  -\tid: ev-00003"),
    "a control character": ('title: "', 'title: "\x1b'),
    "an escape": ('title: "', 'title: "\\e'),
    "an escaped line break in a title": ('title: "', 'title: "a\\nb'),
    "an alias": ("    priority: 1\n", "    priority: &p 1\n    label: *p\n"),
    "a tag": ("priority: 1", "priority: !!str 1"),
    "a duplicate key": ("    kind: ", "    priority: 1\n    priority: 2\n    kind: "),
    "a duplicate section": ("eras:\n", "eras: []\neras:\n"),
    "an unknown section": ("eras:\n", "erras: []\neras:\n"),
    "a text too long": ('title: "', 'title: "' + "x" * 600),
    "an id too long": ("  - id: ev-000005", "  - id: ev-" + "5" * 70),
    "a number too large": ("value: ", "value: 1e16 #"),
    "a label too long (a warning)": ("    kind: ", "    label: " + "y" * 40 + "\n    kind: "),
    "an underscore number": ("priority: 1", "priority: 1_0"),
    "infinity": ("value: ", "value: .inf #"),
    "a byte-order mark": ("timeline:", "\ufefftimeline:"),
    "a block scalar": ('summary: "', 'summary: |\n      x\n    y: "'),
    "an empty sources list": ("sources: [src", "sources: [] #"),
}


_CLEAN_EDITS = {  # what the fast path gives up on, and the node path reads without a word
    "an octal number": ("priority: 1", "priority: 0o1"),
    "a document marker": ("timeline:", "---\ntimeline:"),
    "an anchor never used": ("  - id: ev-000004", "  - &a id: ev-000004"),
    "a quoted year": ("    date: 1997\n", '    date: "1997"\n'),
    "a year with a leading zero in a source": ("    date: 2014-05\n", "    date: 2014\n"),
    "a block scalar": ('summary: "The akimat', 'summary: >\n      "The akimat'),
    "a comment after a value": ("    priority: 1\n", "    priority: 1  # high\n"),
    "an escape": ('title: {en: "UlbaC', 'title: {en: "\\x55lbaC'),
    "a line break as CR LF": ("\n", "\r\n"),
}


@pytest.mark.parametrize("edit", list(_CLEAN_EDITS), ids=list(_CLEAN_EDITS))
def test_clean_data_the_fast_path_gives_up_on_is_read_by_the_node_path(tmp_path, generated, edit) -> None:
    old, new = _CLEAN_EDITS[edit]
    path = tmp_path / "gen.yaml"
    path.write_bytes(generated.replace(old, new, -1 if edit.endswith("CR LF") else 1).encode())
    expected = load_by_nodes(path)
    assert expected.problems == []
    got = load(path)
    assert got.problems == []
    _same(got.timeline, expected.timeline)


@pytest.mark.parametrize("edit", list(_EDITS), ids=list(_EDITS))
def test_data_with_a_problem_is_reported_exactly_as_the_node_path_reports_it(tmp_path, generated, edit) -> None:
    old, new = _EDITS[edit]
    assert old in generated
    path = tmp_path / "gen.yaml"
    path.write_text(generated.replace(old, new, 1), encoding="utf-8")
    expected = load_by_nodes(path)
    got = load(path)
    assert got.problems == expected.problems
    assert got.problems, f"{edit}: the edit was meant to be reported"
    assert (got.timeline is None) == (expected.timeline is None)
    if expected.timeline is not None:
        _same(got.timeline, expected.timeline)
        again = load(path)  # from the cache: the same warnings again
        assert again.problems == expected.problems


def test_a_folder_with_a_problem_in_one_file_is_reported_as_the_node_path_does(tmp_path) -> None:
    for f in bundled_data_path().glob("*.yaml"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    events = tmp_path / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("kind: ", "kindd: ", 1), encoding="utf-8")
    (tmp_path / "._events.yaml").write_bytes(b"litter")
    expected = load_by_nodes(tmp_path)
    assert any("kindd" in p.message for p in expected.problems)
    assert load(tmp_path).problems == expected.problems


# -- scalars: whatever YAML's core schema makes of a plain or quoted value, both paths make the same ---------
_WORDS = ["yes", "no", "on", "off", "y", "n", "true", "True", "TRUE", "false", "FALSE", "null", "Null", "NULL", "~",
          "", "0o17", "0x1F", "1_000", ".inf", "-.inf", ".nan", ".NaN", "1e3", "1E3", "1.", ".5", "+5", "-0", "0100",
          "2010", "2010-02", "2010-02-30", "2010-02-03", "12:30", "1:20", "0.000001", "1e-7", "2", "3", "4",
          "12345678901234567890123", "#ff0000", "#FF00AA", "news", "agri", "x y", "=", "<<", "@x", "`x`"]
_SLOTS = [  # where a value goes: (field, the text around it)
    ("title", "    title: {}\n"), ("date", "    date: {}\n"), ("priority", "    priority: {}\n"),
    ("value", "    value: {}\n"), ("colour", None), ("kind", "    kind: {}\n"), ("label", "    label: {}\n"),
    ("locator", None), ("draft", None), ("flow", None),
]


def _document(slot: str, value: str) -> str:
    fields = {"title": "    title: First\n", "date": "    date: 2010\n", "priority": "", "value": "", "kind":
              "    kind: crisis\n", "label": ""}
    template = dict(_SLOTS)[slot]
    if template is not None:
        fields[slot] = template.format(value)
    colour = value if slot == "colour" else '"#117733"'
    locator = f", locator: {value}" if slot == "locator" else ""
    draft = f"{{en: A summary., draft: [{value}]}}" if slot == "draft" else "A summary."
    title = f"{{en: {value}}}" if slot == "flow" else None
    if title is not None:
        fields["title"] = f"    title: {title}\n"
    return ("timeline: {title: T, start: 2000, end: 2020}\n"
            "sources: [{id: s, title: S}]\n"
            f"sectors: [{{id: agri, name: Agri, colour: {colour}}}]\n"
            "figures:\n  - {id: f, label: F, unit: count, date: 2011, sources: [s]" + (
                f", value: {value}" if slot == "value" else ", value: 1") + "}\n"
            "events:\n  - id: e1\n" + fields["title"] + fields["date"] + fields["kind"] + fields["priority"]
            + fields["label"] + f"    summary: {draft}\n    sources: [{{source: s{locator}}}]\n")


@settings(max_examples=150)
@given(slot=st.sampled_from([s for s, _ in _SLOTS]),
       value=st.one_of(st.sampled_from(_WORDS), st.text("0123456789.eE+-_oxX:~nNul", max_size=6)),
       quote=st.sampled_from(["", "'", '"']))
def test_every_scalar_is_read_alike_by_both_paths(tmp_path_factory, slot, value, quote) -> None:
    path = tmp_path_factory.mktemp("scalar") / "s.yaml"
    path.write_text(_document(slot, f"{quote}{value}{quote}"), encoding="utf-8")
    expected = load_by_nodes(path)
    try:
        timeline = _fast([path])
    except fast_load.Unclean:
        assert load(path).problems == expected.problems
        return
    assert expected.problems == [], f"the fast path accepted what the node path reports: {expected.problems}"
    _same(timeline, expected.timeline)


def test_the_clean_document_of_the_scalar_test_takes_the_fast_path(tmp_path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(_document("title", "Plain"), encoding="utf-8")
    _same(_fast([path]), load_by_nodes(path).timeline)


def test_a_parse_error_writes_nothing_to_stderr(tmp_path, capfd) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("timeline: {title: T, start: 2000, end: 2020}\nevents: [\n", encoding="utf-8")
    result = load(path)
    assert not result.ok
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


# -- mutations: whatever an edit does to a small document, the fast path never accepts what the node path reports
_BASE = """# a small timeline in several styles
timeline:
  title: {en: "A timeline",
    ru: "Хронология"}
  start: 2000
  end: 2020-12-31
  languages: [en, ru]
sources:
- id: s
  title: "A source
    over two lines"
  date: 2010-02
  kind: news
- {id: t, title: 'Other ''one''', url: https://example.org/x?a=1}
sectors:
- {id: agri, name: Agriculture, colour: "#117733"}
events:
- id: e1
  title: A plain title
    folded onto two lines
  date: 2010-05-01
  kind: crisis
  priority: 1
  summary:
    en: "Something happened."
    draft: [ru]
    ru: Что-то случилось
  sources: [s, {source: t, locator: "p. 3"}]
  sectors: [agri]

- id: e2
  title: "Second"
  start: 2012
  end: 2013-06
  kind: law
  summary: "A law:
    with a colon"
  sources:
  - s
  notes:
  - text: A note.
    sources: [t]
"""
_PIECES = [*":- \n\"'[]{},#&*!|>?%~.0123456789aenst", "  ", "\n  ", "- ", ": ", "x: 1\n", "e1", "\n- id: e9\n"]


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    text = _BASE
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "copy", "indent"]))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(_PIECES)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 4)):]
        elif kind == "copy":
            start = draw(st.integers(0, len(text)))
            text = text[:at] + text[start:start + draw(st.integers(1, 20))] + text[at:]
        else:
            line_start = text.rfind("\n", 0, at) + 1
            text = text[:line_start] + " " * draw(st.integers(1, 2)) + text[line_start:]
    return text


def test_the_unmutated_document_takes_the_fast_path(tmp_path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(_BASE, encoding="utf-8")
    for split in (False, True):
        _same(_fast([path], 10 if split else SPLIT_ABOVE_CHARS, 1), load_by_nodes(path).timeline)


@settings(max_examples=200)
@given(text=_mutated(), split=st.booleans())
def test_an_edited_document_is_never_read_differently(tmp_path_factory, text, split) -> None:
    path = tmp_path_factory.mktemp("mutated") / "m.yaml"
    path.write_text(text, encoding="utf-8")
    expected = load_by_nodes(path)
    try:
        timeline = _fast([path], 10 if split else SPLIT_ABOVE_CHARS, 1)
    except fast_load.Unclean:
        return
    assert expected.problems == [], f"the fast path accepted what the node path reports: {expected.problems}"
    _same(timeline, expected.timeline)


def test_without_rapidyaml_the_node_path_reads_everything(tmp_path, monkeypatch) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(_document("title", "Plain"), encoding="utf-8")
    monkeypatch.setattr(fast_load, "ryml", None)
    with pytest.raises(fast_load.Unclean):
        _fast([path])
    result = load(path)
    assert result.ok
    _same(result.timeline, load_by_nodes(path).timeline)
