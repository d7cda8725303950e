"""The loader: every problem in a data file is reported as `FILE:LINE:COL: error: message` at the offending
value.

Each bad case is one small variation of the valid document below, so the problem being tested is the only one.
Positions are found with `at(text, needle, part)`: the line and column of `part` inside the one place `needle`
occurs, so each test says in words which value the message must point at.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest

import kztimeline.data.yaml_nodes
from kztimeline.data import LoadResult, Problem, load
from kztimeline.model import PartialDate, Text

VALID = """\
timeline:
  title: {en: Test timeline}
  start: 1997-01-01
  end: 2022-12-31
sources:
  - id: article
    title: Industrialization in Kazakhstan
  - id: world-bank
    title: World Development Indicators
sectors:
  - id: metallurgy
    name: {en: Metallurgy}
    colour: "#0072B2"
companies:
  - id: tulpar-talgo
    name: Tulpar-Talgo
    sectors: [metallurgy]
    sources: [article]
figures:
  - id: spiid-jobs
    label: {en: Permanent jobs planned}
    value: 161000
    unit: count
    date: 2010
    sources: [world-bank]
events:
  - id: plant-opens
    title: {en: Railcar plant opens, ru: Вагонный завод открыт, draft: [ru]}
    date: 2011-12-09
    kind: plant_launch
    priority: 1
    summary: {en: A plant opens in Astana.}
    sectors: [metallurgy]
    companies: [tulpar-talgo]
    figures: [spiid-jobs]
    sources: [{source: article, locator: History}]
  - id: programme-starts
    title: Programme starts
    start: 2010-03
    end: 2014
    kind: programme
    summary: A programme begins.
    sources: [article]
  - id: crisis
    title: Financial crisis
    date: 2009
    kind: crisis
    summary: A crisis.
    sources: [world-bank]
"""


@pytest.fixture
def doc() -> str:
    """The minimal valid document every bad case varies."""
    return VALID


# -- helpers -------------------------------------------------------------------------------------------------


def variant(text: str, old: str, new: str) -> str:
    """`text` with the one occurrence of `old` replaced by `new`."""
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def at(text: str, needle: str, part: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of `part` (default: all of `needle`) in the one occurrence of `needle`."""
    assert text.count(needle) == 1, f"{needle!r} must occur exactly once"
    index = text.index(needle) + (needle.index(part) if part is not None else 0)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def load_text(tmp_path: Path, content: str | bytes, name: str = "timeline.yaml") -> tuple[str, LoadResult]:
    """Write `content` to a file in tmp_path and load it; return the path problems show, and the result."""
    file = tmp_path / name
    file.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    result = load(file)
    assert result.ok == (not result.errors), "a timeline must be returned exactly when there is no error"
    return str(file), result


def problems_of(tmp_path: Path, content: str | bytes) -> tuple[str, list[Problem]]:
    path, result = load_text(tmp_path, content)
    return path, result.problems


def assert_problem(path: str, problem: Problem, where: tuple[int, int], *words: str) -> None:
    line, column = where
    assert str(problem) == f"{path}:{line}:{column}: error: {problem.message}"
    assert "\n" not in str(problem)
    for word in words:
        assert word in problem.message


def assert_only_problem(path: str, problems: list[Problem], where: tuple[int, int], *words: str) -> None:
    assert len(problems) == 1, "expected one problem, got:\n" + "\n".join(map(str, problems))
    assert_problem(path, problems[0], where, *words)


def problem_at(problems: list[Problem], where: tuple[int, int]) -> Problem:
    found = [p for p in problems if (p.line, p.column) == where]
    assert found, f"no problem at {where}; got:\n" + "\n".join(map(str, problems))
    return found[0]


# -- the valid document --------------------------------------------------------------------------------------


def test_the_valid_document_loads_with_no_problems(tmp_path, doc):
    _, result = load_text(tmp_path, doc)
    assert result.problems == []
    assert result.ok
    tl = result.timeline
    assert tl.info.title.en == "Test timeline"
    assert (tl.info.start, tl.info.end) == (PartialDate(1997, 1, 1), PartialDate(2022, 12, 31))
    assert tl.info.languages == ("en",)
    assert list(tl.sources) == ["article", "world-bank"]
    assert tl.sectors["metallurgy"].colour == "#0072B2"
    assert tl.companies["tulpar-talgo"].sectors == ("metallurgy",)
    assert tl.figures["spiid-jobs"].value == 161000
    plant = tl.event("plant-opens")
    assert plant.when.start == PartialDate(2011, 12, 9)
    assert not plant.when.is_span
    assert plant.priority == 1
    assert plant.sectors == ("metallurgy",)
    assert plant.companies == ("tulpar-talgo",)
    assert plant.figures == ("spiid-jobs",)
    assert plant.sources[0].source == "article"
    assert plant.sources[0].locator == "History"
    programme = tl.event("programme-starts")
    assert programme.when.is_span
    assert (programme.when.start, programme.when.end) == (PartialDate(2010, 3), PartialDate(2014))
    assert programme.priority == 2  # the default


def test_events_are_sorted_chronologically(tmp_path, doc):
    _, result = load_text(tmp_path, doc)
    events = result.timeline.events
    # written 2011-12-09, 2010-03..2014, 2009: the reverse of their order in time
    assert [e.id for e in events] == ["crisis", "programme-starts", "plant-opens"]
    assert [e.when.first_day() for e in events] == sorted(e.when.first_day() for e in events)
    assert [result.timeline.index_of(e.id) for e in events] == [0, 1, 2]


def test_a_bom_at_the_start_is_accepted(tmp_path, doc):
    _, result = load_text(tmp_path, b"\xef\xbb\xbf" + doc.encode("utf-8"))
    assert result.problems == []
    assert result.timeline.info.title.en == "Test timeline"


# -- text ----------------------------------------------------------------------------------------------------


def test_text_mappings_load_every_language_and_the_draft_set(tmp_path, doc):
    text = variant(doc, "ru: Вагонный завод открыт, draft: [ru]",
                   "ru: Вагонный завод открыт, kk: Вагон зауыты ашылды, draft: [kk, ru]")
    _, result = load_text(tmp_path, text)
    assert result.problems == []
    title = result.timeline.event("plant-opens").title
    values = {"en": "Railcar plant opens", "ru": "Вагонный завод открыт", "kk": "Вагон зауыты ашылды"}
    assert title == Text.of(values, frozenset({"kk", "ru"}))
    assert title.get("kk") == "Вагон зауыты ашылды"


def test_optional_languages_fall_back_to_english(tmp_path, doc):
    _, result = load_text(tmp_path, doc)
    title = result.timeline.event("plant-opens").title
    assert dict(title.values) == {"en": "Railcar plant opens", "ru": "Вагонный завод открыт"}
    assert title.draft == frozenset({"ru"})
    assert not title.has("kk")
    assert title.get("kk") == "Railcar plant opens"
    plain = result.timeline.event("programme-starts").title
    assert dict(plain.values) == {"en": "Programme starts"}
    assert plain.draft == frozenset()


def test_a_text_mapping_without_english_is_an_error(tmp_path, doc):
    text = variant(doc, "{en: Railcar plant opens, ru:", "{ru:")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "title: {ru:", "{"), "English", "'en'")


# -- reading the file ----------------------------------------------------------------------------------------


def test_a_yaml_syntax_error_is_reported_where_the_parser_stopped(tmp_path, doc):
    text = variant(doc, "kind: plant_launch", "kind: plant: launch")
    path, problems = problems_of(tmp_path, text)
    where = at(text, "plant: launch", ": launch")  # the second colon
    assert_only_problem(path, problems, where, "YAML syntax", "mapping values")


@pytest.mark.parametrize(
    "content", ["", "# only a comment\n# and another\n", "\n\n"], ids=["empty", "comments", "blank"]
)
def test_a_file_with_no_data_is_reported_as_empty(tmp_path, content):
    path, problems = problems_of(tmp_path, content)
    assert_only_problem(path, problems, (1, 1), "empty")


def test_a_file_that_is_not_utf8_is_reported_at_the_first_bad_byte(tmp_path, doc):
    text = variant(doc, "A plant opens in Astana.", "A plant opens in Ast\xe9na.")
    data = text.encode("utf-8").replace("\xe9".encode(), b"\xe9")  # a latin-1 é in a UTF-8 file
    path, problems = problems_of(tmp_path, data)
    assert at(text, "\xe9") == (32, 39)  # the line of the summary, 39th character
    assert_only_problem(path, problems, (32, 39), "not UTF-8", "0xe9")


def test_a_bad_byte_after_cyrillic_is_reported_at_its_character_column(tmp_path, doc):
    # The column counts characters, as editors show them, also for an undecodable byte after Cyrillic letters
    # (it once counted bytes there, so each Cyrillic letter counted twice).
    text = variant(doc, "ru: Вагонный завод открыт,", "ru: Вагонный завод открыт\xe9,")
    data = text.encode("utf-8").replace("\xe9".encode(), b"\xe9")
    path, problems = problems_of(tmp_path, data)
    assert_only_problem(path, problems, at(text, "\xe9"), "not UTF-8")


def test_a_control_character_is_reported_on_one_line_with_its_position(tmp_path, doc):
    # libyaml's ReaderError is not a MarkedYAMLError: its position is turned into a line and column (it once
    # came out with neither, as the exception's two-line text).
    text = variant(doc, "A plant opens in Astana.", "A plant opens in \x07Astana.")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "\x07"), "control character")


def test_a_path_that_does_not_exist_is_an_error(tmp_path):
    missing = tmp_path / "nowhere" / "timeline.yaml"
    result = load(missing)
    assert not result.ok
    assert [str(p) for p in result.problems] == [f"{missing}: error: no such file or folder"]


def test_a_folder_with_no_yaml_files_is_an_error(tmp_path):
    (tmp_path / "notes.txt").write_text("timeline: not here\n")
    result = load(tmp_path)
    assert not result.ok
    [problem] = result.problems
    assert str(problem) == f"{tmp_path}: error: {problem.message}"
    assert "no data files" in problem.message


def test_a_folder_of_files_is_merged(tmp_path, doc):
    head, events = doc.split("events:\n")
    (tmp_path / "a-timeline.yaml").write_text(head, encoding="utf-8")
    (tmp_path / "b-events.yaml").write_text("events:\n" + events, encoding="utf-8")
    (tmp_path / "README.txt").write_text("not data\n")
    result = load(tmp_path)
    assert result.problems == []
    assert [e.id for e in result.timeline.events] == ["crisis", "programme-starts", "plant-opens"]
    assert result.timeline.event("plant-opens").companies == ("tulpar-talgo",)  # a reference across files


def test_a_collection_spread_over_files_is_joined_and_checked_across_them(tmp_path, doc):
    (tmp_path / "a.yaml").write_text(doc, encoding="utf-8")
    more = (
        "events:\n  - id: plant-opens\n    title: Again\n    date: 2012\n    kind: law\n    summary: S.\n"
        "    sources: [article]\n"
    )
    (tmp_path / "b.yaml").write_text(more, encoding="utf-8")
    result = load(tmp_path)
    [problem] = result.problems
    assert_problem(str(tmp_path / "b.yaml"), problem, at(more, "plant-opens"), "duplicate id 'plant-opens'",
                   f"{tmp_path / 'a.yaml'}:{at(doc, '- id: plant-opens', 'id')[0]}")


def test_a_second_timeline_section_in_a_folder_is_an_error(tmp_path, doc):
    (tmp_path / "a.yaml").write_text(doc, encoding="utf-8")
    second = "timeline: {title: Another, start: 1997, end: 2022}\n"
    (tmp_path / "b.yaml").write_text(second, encoding="utf-8")
    result = load(tmp_path)
    assert not result.ok
    [problem] = result.problems
    assert_problem(str(tmp_path / "b.yaml"), problem, at(second, "{title"), "second 'timeline'",
                   str(tmp_path / "a.yaml"))


# -- fields --------------------------------------------------------------------------------------------------


def test_a_missing_required_field_is_reported_at_its_record(tmp_path, doc):
    text = variant(doc, "    title: {en: Railcar plant opens, ru: Вагонный завод открыт, draft: [ru]}\n", "")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "id: plant-opens"), "an event", "missing", "'title'")


@pytest.mark.parametrize(
    ("old", "new", "needle", "part", "words"),
    [
        ("priority: 1", 'priority: "high"', 'priority: "high"', '"high"', ["priority must be 1", "2 or 3"]),
        ("priority: 1", "priority: 4", "priority: 4", "4", ["priority must be 1", "2 or 3"]),
        ("    sectors: [metallurgy]\n    companies:", "    sectors: metallurgy\n    companies:",
         "sectors: metallurgy\n", "metallurgy", ["expected a list", "'metallurgy'"]),
        ("kind: plant_launch", "kind: plant-launch", "kind: plant-launch", "plant-launch",
         ["not one of", "did you mean 'plant_launch'"]),
        ("- id: crisis", "- id: Crisis!", "Crisis!", None, ["'Crisis!' is not a valid id"]),
    ],
    ids=["priority-text", "priority-4", "sectors-string", "kind", "id"],
)
def test_a_value_of_the_wrong_type_is_reported_at_the_value(tmp_path, doc, old, new, needle, part, words):
    text = variant(doc, old, new)
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, needle, part), *words)


def test_a_colour_that_is_a_number_is_reported_at_the_value(tmp_path, doc):
    text = variant(doc, 'colour: "#0072B2"', "colour: 12")
    path, problems = problems_of(tmp_path, text)
    assert_problem(path, problem_at(problems, at(text, "colour: 12", "12")), at(text, "colour: 12", "12"),
                   "expected text", "'12'")


@pytest.mark.parametrize(
    ("old", "new", "part", "words"),
    [
        ('colour: "#0072B2"', "colour: 12", "12", ["expected text", "'12'"]),
        ("value: 161000", "value: lots", "lots", ["expected a number", "'lots'"]),
    ],
    ids=["sector-colour", "figure-value"],
)
def test_an_invalid_definition_is_not_also_reported_as_unknown_where_it_is_used(tmp_path, doc, old, new, part,
                                                                                words):
    # A record with a wrong value is reported once; references to it are not reported again as unknown (they
    # once were: "unknown sector 'metallurgy'", "unknown figure 'spiid-jobs'", though defined in the file).
    text = variant(doc, old, new)
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, new, part), *words)


def test_an_unknown_field_is_reported_with_a_suggestion(tmp_path, doc):
    text = variant(doc, "priority: 1", "prority: 1")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "prority"),
                        "unknown field 'prority'", "did you mean 'priority'?")


def test_a_duplicate_key_in_one_mapping_is_an_error(tmp_path, doc):
    text = variant(doc, "priority: 1\n", "priority: 1\n    priority: 3\n")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "priority: 3"), "duplicate key 'priority'")


def test_a_duplicate_id_names_where_the_first_was_defined(tmp_path, doc):
    text = variant(doc, "- id: programme-starts", "- id: plant-opens")
    path, problems = problems_of(tmp_path, text)
    first_line = at(text, "- id: plant-opens\n    title: {en", "plant-opens")[0]
    assert first_line == 27
    assert_only_problem(path, problems, at(text, "- id: plant-opens\n    title: Programme", "plant-opens"),
                        "duplicate id 'plant-opens'", f"first defined at {path}:{first_line}")


# -- dates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("9 Dec 2011", ["'9 Dec 2011' is not a date", "2010-02-23"]),
        ("2011-12-9", ["'2011-12-9' is not a date"]),
        ("2013-02-30", ["'2013-02-30' is not a date", "February 2013 has 28 days"]),
        ("2011-13", ["'2011-13' is not a date", "no month 13"]),
        ("true", ["expected a date"]),
    ],
)
def test_a_bad_date_is_reported_at_the_value(tmp_path, doc, written, words):
    text = variant(doc, "date: 2011-12-09", f"date: {written}")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, f"date: {written}", written), *words)


def test_year_zero_is_reported_not_raised(tmp_path, doc):
    # "0000" is not a date (it was once accepted as year 0, and load() then raised from the range check).
    text = variant(doc, "date: 2011-12-09", 'date: "0000"')
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, '"0000"'), "not a date")


def test_a_span_that_ends_before_it_starts_is_reported_at_its_end(tmp_path, doc):
    text = variant(doc, "end: 2014", "end: 2009")
    path, problems = problems_of(tmp_path, text)
    where = at(text, "end: 2009", "2009")
    assert_only_problem(path, problems, where, "ends (2009) before it starts (2010-03)")


@pytest.mark.parametrize("written", ["1996-12", "2023", "1996-12-31"])
def test_a_date_outside_the_declared_range_is_an_error(tmp_path, doc, written):
    text = variant(doc, "date: 2011-12-09", f"date: {written}")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, f"date: {written}", written),
                        f"date {written} is outside", "1997-01-01", "2022-12-31")


def test_a_year_that_overlaps_the_range_is_inside_it(tmp_path, doc):
    text = variant(variant(doc, "start: 1997-01-01", "start: 1997-10"), "date: 2009", "date: 1997")
    _, result = load_text(tmp_path, text)
    assert result.problems == []


def test_a_source_published_after_the_range_is_accepted(tmp_path, doc):
    # Only dates on the timeline (events, eras, figures) must lie in its range: FORMAT.md's own example
    # gives a source `date: 2024` for a 1997-2022 timeline; sources are often published after the facts.
    text = variant(doc, "title: Industrialization in Kazakhstan\n",
                   "title: Industrialization in Kazakhstan\n    date: 2024\n")
    _, result = load_text(tmp_path, text)
    assert [str(p) for p in result.problems] == []
    assert result.timeline.sources["article"].date == PartialDate(2024)


def test_money_in_exponent_notation_is_a_number(tmp_path, doc):
    # `8.1e12`, the form FORMAT.md prescribes, is a number, although YAML 1.1's float pattern wants a sign in
    # the exponent (it was once read as text and refused as "expected a number").
    text = variant(doc, "value: 161000", "value: 8.1e12")
    _, result = load_text(tmp_path, text)
    assert [str(p) for p in result.problems] == []
    assert result.timeline.figures["spiid-jobs"].value == 8.1e12


# -- references ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "needle", "typo", "words"),
    [
        ("    sectors: [metallurgy]\n    companies:", "    sectors: [metalurgy]\n    companies:",
         "[metalurgy]", "metalurgy", ["unknown sector 'metalurgy'", "did you mean 'metallurgy'?"]),
        ("companies: [tulpar-talgo]", "companies: [tulpar-talga]", "tulpar-talga", None,
         ["unknown company 'tulpar-talga'", "did you mean 'tulpar-talgo'?"]),
        ("figures: [spiid-jobs]", "figures: [spiid-job]", "[spiid-job]", "spiid-job",
         ["unknown figure 'spiid-job'", "did you mean 'spiid-jobs'?"]),
        ("{source: article,", "{source: articel,", "articel", None,
         ["unknown source 'articel'", "did you mean 'article'?"]),
        ("    sources: [world-bank]\nevents:", "    sources: [world-bnk]\nevents:", "world-bnk", None,
         ["unknown source 'world-bnk'", "did you mean 'world-bank'?"]),
    ],
    ids=["sector", "company", "figure", "source-mapping", "source-string"],
)
def test_an_unknown_reference_is_reported_with_the_closest_id(tmp_path, doc, old, new, needle, typo, words):
    text = variant(doc, old, new)
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, needle, typo), *words)


def test_an_unknown_reference_with_nothing_close_has_no_suggestion(tmp_path, doc):
    text = variant(doc, "{source: article,", "{source: zzz,")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "zzz"), "unknown source 'zzz'")
    assert "did you mean" not in problems[0].message


# -- several problems ----------------------------------------------------------------------------------------


def test_every_problem_in_a_file_is_reported(tmp_path, doc):
    text = doc
    text = variant(text, "priority: 1", "priority: 7")
    text = variant(text, "end: 2014", "end: 2009")
    text = variant(text, "name: Tulpar-Talgo", "nmae: Tulpar-Talgo")
    text = variant(text, "    sources: [world-bank]\nevents:", "    sources: [world-bnk]\nevents:")
    text = variant(text, "date: 2009", "date: 2009-02-29")
    path, problems = problems_of(tmp_path, text)
    expected = [
        at(text, "nmae"),  # unknown field (and so the required 'name' is missing, at the record)
        at(text, "priority: 7", "7"),
        at(text, "end: 2009", "2009"),
        at(text, "world-bnk"),
        at(text, "2009-02-29"),
    ]
    for where in expected:
        assert_problem(path, problem_at(problems, where), where)
    assert [(p.line, p.column) for p in problems] == sorted((p.line, p.column) for p in problems)


# -- safety --------------------------------------------------------------------------------------------------


def test_a_python_object_tag_is_refused_and_not_executed(tmp_path, doc):
    marker = tmp_path / "executed"
    text = variant(doc, "summary: {en: A plant opens in Astana.}",
                   f'summary: !!python/object/apply:os.system ["touch {marker}"]')
    path, problems = problems_of(tmp_path, text)
    assert not marker.exists()
    assert_only_problem(path, problems, at(text, "!!python"), "python/object/apply:os.system", "not allowed")


@pytest.mark.parametrize(
    ("old", "new", "tagged"),
    [
        ("priority: 1", "priority: !!bool maybe", "!!bool maybe"),
        ("priority: 1", 'priority: !!int ""', '!!int ""'),
        ("value: 161000", 'value: !!float ""', '!!float ""'),
    ],
)
def test_a_plain_tag_with_a_bad_value_is_reported_not_raised(tmp_path, doc, old, new, tagged):
    # PyYAML's constructors raise KeyError for `!!bool maybe` and IndexError for an empty `!!int`/`!!float`:
    # each is a problem at its place, not a crash of load().
    text = variant(doc, old, new)
    path, problems = problems_of(tmp_path, text)
    assert_problem(path, problem_at(problems, at(text, tagged)), at(text, tagged))


def _billion_laughs(levels: int = 10, width: int = 10) -> list[str]:
    lines = [f"lol0: &lol0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        lines.append(f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * width)}]")
    return lines


def test_a_billion_laughs_bomb_is_refused_quickly(tmp_path, doc):
    text = doc + "\n".join(_billion_laughs()) + "\n"
    started = time.perf_counter()
    path, problems = problems_of(tmp_path, text)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"took {elapsed:.1f} s"  # a safety bound, not a benchmark
    assert problems
    assert all(p.path == path and p.is_error for p in problems)


def test_a_bomb_inside_a_field_is_refused_quickly_as_an_alias(tmp_path, doc):
    levels = [f"&l0 [{', '.join(['lol'] * 10)}]"]
    levels += [f"&l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    text = variant(doc, "    sectors: [metallurgy]\n    companies:",
                   f"    sectors: [{', '.join(levels)}, *l9]\n    companies:")
    started = time.perf_counter()
    path, problems = problems_of(tmp_path, text)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"took {elapsed:.1f} s"
    aliases = [p for p in problems if "alias" in p.message]
    assert aliases, "\n".join(map(str, problems))
    assert aliases[0].line == at(text, "&l0")[0]
    assert len(problems) < 50


def test_a_mapping_reused_through_an_alias_is_refused(tmp_path, doc):
    text = variant(doc, "title: Programme starts", "title: &same {en: Programme starts}")
    text = variant(text, "summary: A programme begins.", "summary: *same")
    path, problems = problems_of(tmp_path, text)
    assert_only_problem(path, problems, at(text, "&same"), "aliases are not allowed")


def test_a_text_reused_through_an_alias_is_refused(tmp_path, doc):
    # A scalar alias is refused like any other (FORMAT.md: "no anchors or aliases"); reuse was once tracked
    # only for mappings and lists.
    text = variant(doc, "title: Programme starts", "title: &same Programme starts")
    text = variant(text, "summary: A programme begins.", "summary: *same")
    _, result = load_text(tmp_path, text)
    assert not result.ok
    assert any("alias" in p.message for p in result.problems)


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path, doc, monkeypatch):
    data = doc.encode("utf-8")
    monkeypatch.setattr(kztimeline.data.yaml_nodes, "MAX_FILE_BYTES", len(data) - 1)
    path, problems = problems_of(tmp_path, data)
    [problem] = problems
    assert str(problem) == f"{path}: error: {problem.message}"
    assert "limit" in problem.message


def test_a_file_at_the_size_limit_is_read(tmp_path, doc, monkeypatch):
    data = doc.encode("utf-8")
    monkeypatch.setattr(kztimeline.data.yaml_nodes, "MAX_FILE_BYTES", len(data))
    _, result = load_text(tmp_path, data)
    assert result.problems == []


def test_the_size_limit_message_shows_the_file_is_larger(tmp_path, doc, monkeypatch):
    # A file just over the limit says by how much (sizes were once rounded to whole MiB: "file is 1 MiB,
    # larger than the 1 MiB limit").
    limit = 2**20
    monkeypatch.setattr(kztimeline.data.yaml_nodes, "MAX_FILE_BYTES", limit)
    data = doc.encode("utf-8")
    data += b"#" * (limit + 1 - len(data))
    _, problems = problems_of(tmp_path, data)
    [problem] = problems
    sizes = re.findall(r"(\d[\d,.]*)\s*-?\s*(bytes?|[KMG]i?B)", problem.message)
    assert len(sizes) >= 2, problem.message
    assert sizes[0] != sizes[1], f"file size and limit read the same: {problem.message}"


# -- the bundled data ----------------------------------------------------------------------------------------


def test_the_bundled_data_loads_cleanly_and_every_citation_resolves():
    result = load()
    assert [str(p) for p in result.problems] == []  # no errors and no warnings
    tl = result.timeline
    assert tl.range.first_day() == dt.date(1997, 1, 1)
    assert tl.range.last_day() == dt.date(2022, 12, 31)
    assert tl.events, "the bundled data has no events"
    uncited = [e.id for e in tl.events if not e.sources]
    assert uncited == []
    cited: set[str] = set()
    for item in [*tl.events, *tl.companies.values(), *tl.figures.values(), *tl.eras]:
        cited.update(ref.source for ref in item.sources)
        for note in getattr(item, "notes", ()):
            cited.update(ref.source for ref in note.sources)
    quotes = [e.quote for e in tl.events if e.quote is not None]
    cited.update(q.source.source for q in quotes if q.source is not None)
    assert cited - tl.sources.keys() == set()


# -- large files are read in pieces ------------------------------------------------------------------------------
def _large_document(n: int, bad_at: int | None = None, indent: str = "  ") -> str:
    lines = ["timeline: {title: Test, start: 1997-01-01, end: 2022-12-31}", "sources:", "  - {id: s, title: S}",
             "events:"]
    for i in range(n):
        kind = "crisis" if i != bad_at else "crysis"
        lines += [f"{indent}- id: e{i}", f"{indent}  title: Event {i}", f"{indent}  date: 2010",
                  f"{indent}  kind: {kind}", f"{indent}  summary: Something happened.", f"{indent}  sources: [s]"]
    lines += ["eras: []"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("indent", ["  ", ""])
def test_a_large_file_read_in_pieces_gives_the_same_timeline_and_exact_lines(tmp_path, monkeypatch, indent):
    import kztimeline.data.loader as loader

    monkeypatch.setattr(loader, "SPLIT_ABOVE_CHARS", 1000)
    monkeypatch.setattr(loader, "ITEMS_PER_PIECE", 7)
    path = tmp_path / "large.yaml"
    path.write_text(_large_document(50, indent=indent), encoding="utf-8")
    seen = []
    result = load(path, progress=lambda fraction, what: seen.append(fraction))
    assert result.ok
    assert len(result.timeline.events) == 50
    assert seen == sorted(seen)
    assert len(seen) > 7

    text = _large_document(50, bad_at=37, indent=indent)
    path.write_text(text, encoding="utf-8")
    problems = load(path).problems
    line = text.splitlines().index(f"{indent}  kind: crysis") + 1
    assert [(p.line, p.column) for p in problems] == [(line, len(indent) + 9)]
    assert "did you mean 'crisis'" in problems[0].message


def test_a_large_section_that_is_not_a_plain_list_is_read_whole(tmp_path, monkeypatch):
    import kztimeline.data.loader as loader
    from kztimeline.data.yaml_nodes import split_sections

    monkeypatch.setattr(loader, "SPLIT_ABOVE_CHARS", 100)
    text = _large_document(20).replace("events:", "events: &anchor", 1)
    head, pieces = split_sections(text, ("events",), 3)
    assert pieces == []
    assert head == text
