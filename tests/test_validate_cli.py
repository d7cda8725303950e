"""`kztimeline validate [PATH]`: prints problems as FILE:LINE:COL; exits 0 valid, 1 invalid, 2 usage error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kztimeline.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main

VALID = """\
timeline:
  title: {en: Test timeline}
  start: 1997-01-01
  end: 2022-12-31
sources:
  - id: article
    title: Industrialization in Kazakhstan
events:
  - id: plant-opens
    title: {en: Railcar plant opens}
    date: 2011-12-09
    kind: plant_launch
    summary: {en: A plant opens in Astana.}
    sources: [article]
  - id: programme-starts
    title: Programme starts
    start: 2010-03
    end: 2014
    kind: programme
    summary: A programme begins.
    sources: [article]
"""

PROBLEM_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.+)$")


@pytest.fixture
def valid_file(tmp_path: Path) -> Path:
    file = tmp_path / "timeline.yaml"
    file.write_text(VALID, encoding="utf-8")
    return file


def test_validate_a_valid_file_exits_0_with_an_ok_summary(valid_file, capsys):
    assert EXIT_OK == 0
    assert main(["validate", str(valid_file)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "ok: 2 events, 0 eras, 0 sectors, 0 companies, 0 figures, 1 sources, 0 tours",
        "en: 5 of 5 texts, 5 reviewed",
        "kk: 0 of 5 texts, 0 reviewed",
        "ru: 0 of 5 texts, 0 reviewed",
    ]
    assert err == ""


def test_validate_reports_translation_coverage_of_the_bundled_data(capsys):
    assert main(["validate"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    coverage = {line.split(":")[0]: line for line in lines[1:] if " texts, " in line}
    assert set(coverage) == {"en", "kk", "ru"}
    total = int(coverage["en"].split(" of ")[1].split()[0])
    for lang in ("kk", "ru"):
        translated = int(coverage[lang].split(": ")[1].split(" of ")[0])
        assert translated == total, coverage[lang]  # every text has a draft at least


def test_validate_reports_the_events_of_every_sector_lane(capsys):
    from kztimeline.data import load

    assert main(["validate"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    timeline = load(None).timeline
    assert timeline is not None
    for sector in timeline.sectors.values():
        line = next((line for line in lines if line.startswith(f"{sector.id}")), None)
        assert line is not None, f"no line for {sector.id}"
        in_lane = int(line.split(": ")[1].split()[0])
        assert in_lane == sum(1 for e in timeline.events if e.sectors[:1] == (sector.id,) and len(e.sectors) <= 2)
        if sector.spiid_priority:
            assert "(SPIID priority)" in line
            assert in_lane >= 4, line


def test_validate_a_folder(valid_file, capsys):
    assert main(["validate", str(valid_file.parent)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("ok: 2 events,")


def test_validate_a_bad_file_exits_1_and_prints_every_problem_at_its_place(tmp_path, capsys):
    bad = VALID.replace("kind: plant_launch", "kind: plant-launch").replace("end: 2014", "end: 2009")
    file = tmp_path / "bad.yaml"
    file.write_text(bad, encoding="utf-8")
    assert main(["validate", str(file)]) == EXIT_INVALID
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines == [
        f"{file}:12:11: error: 'plant-launch' is not one of: programme, phase, address, law, policy, "
        "milestone, crisis, devaluation, plant_launch, statistic, trade; did you mean 'plant_launch'?",
        f"{file}:18:10: error: the span ends (2009) before it starts (2010-03)",
    ]
    for line in lines:
        match = PROBLEM_LINE.match(line)
        assert match is not None
        assert match["path"] == str(file)
    assert "ok:" not in out
    assert "2 errors" in err


def test_validate_a_missing_path_exits_1(tmp_path, capsys):
    missing = tmp_path / "missing.yaml"
    assert main(["validate", str(missing)]) == EXIT_INVALID
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{missing}: error: no such file or folder"]
    assert "1 error;" in err


@pytest.mark.parametrize(
    "argv", [["validate", "--frobnicate"], ["validate", "a.yaml", "b.yaml"], ["--frobnicate"]]
)
def test_an_unknown_option_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == EXIT_USAGE == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage:" in err
    assert "error:" in err


def test_validate_finds_the_bundled_data_from_any_working_directory(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "kztimeline", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.splitlines()[0].startswith("ok: ")
    assert list(tmp_path.iterdir()) == []  # nothing written where it was run


PRIORITY = VALID.replace("events:\n", """sectors:
  - id: energy
    name: Energy
    colour: "#DDCC77"
    spiid_priority: true
  - id: metallurgy
    name: Metallurgy
    colour: "#332288"
events:
""", 1)


def _with_energy_events(count: int) -> str:
    events = "".join(f"""  - id: power-{i}
    title: Power plant {i}
    label: {{en: Power plant {i}}}
    date: 2012
    kind: plant_launch
    summary: A power plant.
    sectors: [energy]
    sources: [article]
""" for i in range(count))
    return PRIORITY + events


@pytest.mark.parametrize("count", [0, 1, 2])
def test_validate_warns_about_a_priority_sector_with_fewer_than_three_events(tmp_path, capsys, count):
    file = tmp_path / "t.yaml"
    file.write_text(_with_energy_events(count), encoding="utf-8")
    assert main(["validate", str(file)]) == EXIT_OK  # a warning: the data is still valid
    lines = capsys.readouterr().out.splitlines()
    warnings = [line for line in lines if ": warning: " in line]
    line_of_id = PRIORITY.splitlines().index("  - id: energy") + 1
    assert warnings == [f"{file}:{line_of_id}:9: warning: SPIID priority sector 'energy' has {count} "
                        f"event{'' if count == 1 else 's'} in its lane; give it at least 3 (an event is drawn in "
                        "the lane of its first sector when it has one or two)"]


def test_three_events_in_the_lane_are_enough_and_a_non_priority_sector_is_never_warned_about(tmp_path, capsys):
    file = tmp_path / "t.yaml"
    file.write_text(_with_energy_events(3), encoding="utf-8")
    assert main(["validate", str(file)]) == EXIT_OK
    assert ": warning: " not in capsys.readouterr().out


def test_events_with_three_sectors_do_not_fill_a_lane(tmp_path, capsys):
    text = _with_energy_events(3).replace("sectors: [energy]", "sectors: [energy, metallurgy, energy2]")
    text = text.replace("  - id: metallurgy\n", "  - id: energy2\n    name: Energy two\n    colour: \"#000000\"\n"
                                                  "  - id: metallurgy\n")
    file = tmp_path / "t.yaml"
    file.write_text(text, encoding="utf-8")
    main(["validate", str(file)])
    assert "'energy' has 0 events in its lane" in capsys.readouterr().out


def test_validate_warns_about_an_over_long_label(tmp_path, capsys):
    text = _with_energy_events(3).replace("label: {en: Power plant 0}", "label: {en: " + "x" * 33 + "}")
    file = tmp_path / "t.yaml"
    file.write_text(text, encoding="utf-8")
    assert main(["validate", str(file)]) == EXIT_OK
    warnings = [line for line in capsys.readouterr().out.splitlines() if ": warning: " in line]
    assert len(warnings) == 1
    assert "the en label has 33 characters; a label has at most 32 in en" in warnings[0]


def test_a_figure_without_a_source_is_an_error_not_just_a_warning(tmp_path, capsys):
    text = VALID.replace("events:\n", "figures:\n  - {id: jobs, label: Jobs, value: 5, unit: count, date: 2010, "
                                      "sources: []}\nevents:\n", 1)
    file = tmp_path / "t.yaml"
    file.write_text(text, encoding="utf-8")
    assert main(["validate", str(file)]) == EXIT_INVALID
    assert "error: a figure must cite at least one source" in capsys.readouterr().out


def test_the_report_counts_events_per_sector_in_lane_order(tmp_path):
    from kztimeline.data import load
    from kztimeline.model.coverage import report

    file = tmp_path / "t.yaml"
    file.write_text(_with_energy_events(4), encoding="utf-8")
    lines = [str(line) for line in report(load(file).timeline)]
    assert lines[3:] == ["energy (SPIID priority): 4 events in its lane, 4 tagged",
                         "metallurgy: 0 events in its lane, 0 tagged"]


def test_the_bundled_report_has_every_priority_sector_with_enough_events():
    from kztimeline.data import load
    from kztimeline.model.coverage import sector_counts

    counts = sector_counts(load().timeline)
    assert len([c for c in counts if c.priority]) == 7
    assert [c.sector for c in counts if c.priority and c.in_lane < 4] == []
