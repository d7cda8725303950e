"""The command line: a thin layer over the same functions the window uses.

    kztimeline [--data PATH] [--select ID] [--lang CODE] [--theme T] [--screenshot OUT.png [--size WxH]]
    kztimeline --kiosk [--config PATH] [--data PATH] [--print-config]
    kztimeline validate [PATH]
    kztimeline import TIMELINE.json|TIMELINE.csv FOLDER [--force]
    kztimeline export OUT.csv|OUT.json|OUT.ics [--lang CODE] [--data PATH]
    kztimeline export OUT.png|OUT.svg|OUT.pdf [--from DATE] [--to DATE] [--size PRESET | --width W --height H]
                      [--theme T] [--lang CODE] [--select ID] [--sectors ID,ID] [--data PATH]

Exit codes: 0 success, 1 invalid data or a failed write, 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kztimeline import __version__
from kztimeline.data.printable import printable

if TYPE_CHECKING:
    from kztimeline.model import Timeline

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {printable(message)}", file=sys.stderr)  # argv may hold control characters
        raise SystemExit(EXIT_USAGE)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size: write WIDTHxHEIGHT, e.g. 1600x900") from None
    if not (320 <= width <= 16384 and 240 <= height <= 16384):
        raise argparse.ArgumentTypeError(f"size {width}x{height} is out of range (320x240 to 16384x16384)")
    return width, height


def _viewer_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kztimeline",
        description="A timeline of Kazakhstan's industrialization, 1997-2022. "
        "Other commands: 'kztimeline validate [PATH]' checks a data file or folder; "
        "'kztimeline export OUT.png|.svg|.pdf' exports the timeline (see 'kztimeline export --help').",
    )
    parser.add_argument("--version", action="version", version=f"kztimeline {__version__}")
    parser.add_argument("--data", metavar="PATH", help="a data file or folder to open instead of the bundled data")
    parser.add_argument("--select", metavar="EVENT_ID", help="select this event and open its panel")
    parser.add_argument("--watch", action="store_true",
                        help="with --data: reload whenever a data file changes, keeping the view and the selection; "
                        "invalid changes are shown in the banner while the last valid data stays")
    parser.add_argument("--lang", choices=("en", "kk", "ru"), help="interface and content language")
    parser.add_argument("--theme", choices=("light", "dark", "contrast"), help="colour theme (contrast: high contrast)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window to a PNG file and exit (works with no display)")
    parser.add_argument("--size", type=parse_size, default=(1600, 900), metavar="WxH",
                        help="window size for --screenshot (default 1600x900)")
    parser.add_argument("--kiosk", action="store_true",
                        help="run as an unattended full-screen kiosk (see resources/kiosk.example.yaml)")
    parser.add_argument("--config", metavar="PATH", help="the kiosk configuration (YAML), with --kiosk")
    parser.add_argument("--print-config", action="store_true",
                        help="with --kiosk: print the effective kiosk configuration, defaults included, and exit")
    parser.add_argument("--example-config", action="store_true",
                        help="with --kiosk: print the example kiosk configuration, every key commented, and exit")
    return parser


def _validate_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kztimeline validate",
                     description="Check a timeline data file or folder (the bundled data when no PATH is given). "
                     "Prints FILE:LINE:COL: error: message for each problem; exits 0 when valid, 1 when not.")
    parser.add_argument("path", nargs="?", metavar="PATH", help="a .yaml file or a folder of them")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kztimeline export",
                     description="Export the timeline as a PNG, SVG or PDF file, with no display needed, or its "
                     "events as data: .csv and .json in TimelineJS's columns (a spreadsheet round trip through "
                     "'kztimeline import'), .ics for calendars. The format comes from the file name. "
                     "Exits 0 on success, 1 when writing fails, 2 on a bad argument.")
    parser.add_argument("out", metavar="OUT", help="the file to write: .png, .svg, .pdf, .csv, .json or .ics")
    parser.add_argument("--from", dest="start", metavar="DATE", help="start: a year (2008), a month (2008-10) or a day")
    parser.add_argument("--to", dest="end", metavar="DATE", help="end: a year, a month or a day (included)")
    parser.add_argument("--size", metavar="PRESET",
                        help="hd, 4k, 8k (PNG, SVG); a4, a3, a2, a1, a0 or a page size such as 500x700mm (PDF)")
    turn = parser.add_mutually_exclusive_group()
    turn.add_argument("--portrait", dest="orientation", action="store_const", const="portrait", default="auto",
                      help="a portrait page (PDF; by default the orientation in which every event is labelled, "
                      "landscape when both are)")
    turn.add_argument("--landscape", dest="orientation", action="store_const", const="landscape",
                      help="a landscape page (PDF)")
    parser.add_argument("--margin", type=float, metavar="MM",
                        help="white margin inside the page, in millimetres (PDF; by default 10 on A2, in proportion "
                        "on other sizes)")
    parser.add_argument("--bleed", type=float, metavar="MM", default=0.0,
                        help="background printed beyond the page's edge on every side, to be trimmed (PDF)")
    parser.add_argument("--svg-text", choices=("paths", "text"), default="paths",
                        help="SVG text as outlines that look the same in every viewer (paths, the default), or as "
                        "text with the bundled font embedded (for viewers that read embedded fonts)")
    parser.add_argument("--width", type=int, metavar="W", help="width in pixels (with --height)")
    parser.add_argument("--height", type=int, metavar="H", help="height in pixels (with --width)")
    parser.add_argument("--theme", choices=("light", "dark", "contrast"), default="light")
    parser.add_argument("--lang", choices=("en", "kk", "ru"), default="en")
    parser.add_argument("--select", metavar="EVENT_ID", help="show this event selected, with its detail")
    parser.add_argument("--sectors", metavar="ID,ID", help="only these sectors' lanes")
    parser.add_argument("--transparent", action="store_true", help="transparent background (PNG)")
    parser.add_argument("--data", metavar="PATH", help="a data file or folder instead of the bundled data")
    return parser


EVENT_FORMATS = (".csv", ".json", ".ics")  # the events as data (TimelineJS's columns and JSON, iCalendar)
_PICTURE_ONLY = ("size", "width", "height", "margin", "start", "end", "select", "sectors")


def _export_data(path: str | None) -> Timeline | None:
    """The data an export draws, or None after printing why it cannot be loaded."""
    from kztimeline.data import load

    result = load(path)
    if result.timeline is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print("kztimeline export: error: the data is invalid; nothing was written", file=sys.stderr)
    return result.timeline


def _no_folder_for(out: Path) -> bool:
    """Whether the folder to write `out` in is missing (said on stderr)."""
    from kztimeline.files import display_name

    if out.resolve().parent.is_dir():
        return False
    print(f"kztimeline export: error: cannot write {display_name(out)}: folder '{display_name(out.parent)}' "
          "does not exist", file=sys.stderr)
    return True


def _cannot_write(out: Path, exc: OSError) -> int:
    from kztimeline.files import display_name, reason

    print(f"kztimeline export: error: cannot write {display_name(out)}: {reason(exc)}; an existing file of that "
          "name is unchanged", file=sys.stderr)
    return EXIT_INVALID


def export_events(args: argparse.Namespace, out: Path) -> int:
    """`kztimeline export events.csv|events.json|events.ics`: the events as data, in one language."""
    from kztimeline.files import display_name, interruptible, write_checked
    from kztimeline.interchange import events_table, ical

    given = [name for name in _PICTURE_ONLY if getattr(args, name) is not None]
    given += ["transparent"] * args.transparent + ["bleed"] * bool(args.bleed)
    given += ["orientation"] * (args.orientation != "auto")
    if given:
        print(f"kztimeline export: error: --{given[0].replace('start', 'from').replace('end', 'to')} is for PNG, SVG "
              f"and PDF pictures; a {out.suffix.lower()} file holds every event", file=sys.stderr)
        return EXIT_USAGE
    timeline = _export_data(args.data)
    if timeline is None:
        return EXIT_INVALID
    if _no_folder_for(out):
        return EXIT_INVALID
    writers = {".csv": (events_table.to_csv, events_table.check_csv),
               ".json": (events_table.to_json, events_table.check_json), ".ics": (ical.to_ics, ical.check_ics)}
    write, check = writers[out.suffix.lower()]
    try:
        with interruptible():
            write_checked(out, write(timeline, args.lang), check)
    except OSError as exc:
        return _cannot_write(out, exc)
    tl = timeline
    print(f"wrote {display_name(out)}: {len(tl.events)} events" + (f", {len(tl.eras)} eras" if out.suffix.lower()
                                                                    != ".ics" and tl.eras else ""))
    return EXIT_OK


def export(argv: Sequence[str]) -> int:
    from kztimeline.export.options import (
        ExportError,
        ExportOptions,
        check,
        check_page,
        format_of,
        only_sectors,
        parse_bound,
        size_for,
    )

    args = _export_parser().parse_args(argv)
    out = Path(args.out)
    if out.suffix.lower() in EVENT_FORMATS:
        return export_events(args, out)
    try:
        fmt = format_of(out)
        width, height, paper, page_mm = size_for(fmt, args.size, args.width, args.height, args.orientation)
        if fmt == "pdf":
            check_page(args.margin, args.bleed, page_mm)
        elif args.margin is not None or args.bleed:
            raise ExportError("--margin and --bleed are for PDF pages")
        options = ExportOptions(
            fmt=fmt, width=width, height=height, paper=paper, page_mm=page_mm, orientation=args.orientation,
            margin_mm=args.margin,
            bleed_mm=args.bleed, svg_text=args.svg_text,
            start=parse_bound(args.start, end=False) if args.start else None,
            end=parse_bound(args.end, end=True) if args.end else None,
            theme=args.theme, lang=args.lang, transparent=args.transparent, select=args.select,
        )
        sectors = tuple(s.strip() for s in args.sectors.split(",") if s.strip()) if args.sectors else ()
    except ExportError as exc:
        print(f"kztimeline export: error: {printable(exc)}", file=sys.stderr)
        return EXIT_USAGE
    timeline = _export_data(args.data)
    if timeline is None:
        return EXIT_INVALID
    try:
        options = check(options.with_changes(hidden_lanes=only_sectors(timeline, sectors)), timeline)
    except ExportError as exc:
        print(f"kztimeline export: error: {printable(exc)}", file=sys.stderr)
        return EXIT_USAGE
    from kztimeline.files import display_name, interruptible

    if _no_folder_for(out):
        return EXIT_INVALID
    from kztimeline.app import base_font, ensure_platform, make_application

    ensure_platform(headless=True)
    app = make_application()
    from kztimeline.export.render import export as render_export
    from kztimeline.ui.i18n import install_translators

    install_translators(app, options.lang)
    try:
        with interruptible():
            outcome = render_export(timeline, options, out, base_font())
    except OSError as exc:
        return _cannot_write(out, exc)
    sheets = f" ({outcome.pages} sheets: the poster and its sources)" if outcome.pages > 1 else ""
    print(f"wrote {display_name(out)}{sheets}")
    if outcome.unlabelled:
        print(f"kztimeline export: note: {outcome.unlabelled} event(s) could not be labelled at this size; "
              "a larger page, or the other orientation, labels them all", file=sys.stderr)
    return EXIT_OK


def _import_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kztimeline import",
                     description="Import a TimelineJS3 timeline (its JSON, or the CSV of its Google Sheets template) "
                     "into a new data folder that 'kztimeline validate' accepts, and report what could not be "
                     "carried over. Exits 0 on success, 1 on bad input or a failed write, 2 on a bad argument.")
    parser.add_argument("source", metavar="FILE", help="a TimelineJS .json or .csv file")
    parser.add_argument("folder", metavar="FOLDER", help="the data folder to create (its timeline.yaml)")
    parser.add_argument("--force", action="store_true",
                        help="replace the timeline.yaml of an earlier import in a folder that is not empty")
    return parser


def import_timeline(argv: Sequence[str]) -> int:
    import time
    from pathlib import Path

    from kztimeline.files import display_name, interruptible, reason
    from kztimeline.interchange import importer, writer

    args = _import_parser().parse_args(argv)
    started = time.perf_counter()
    source, folder = Path(args.source), Path(args.folder)
    try:
        writer.check_target(folder, args.force)
    except writer.TargetError as exc:
        print(f"kztimeline import: error: {exc}; nothing was written", file=sys.stderr)
        return EXIT_INVALID
    prepared = importer.prepare(source)
    for problem in prepared.problems:
        print(problem, file=sys.stderr)
    if not prepared.ok or prepared.imported is None:
        print("kztimeline import: error: nothing was written", file=sys.stderr)
        return EXIT_INVALID
    try:
        with interruptible():
            target = writer.write_folder(folder, prepared.content)
    except OSError as exc:
        print(f"kztimeline import: error: cannot write {display_name(folder / writer.FILE_NAME)}: {reason(exc)}",
              file=sys.stderr)
        return EXIT_INVALID
    imported = prepared.imported
    print(f"wrote {display_name(target)}: {imported.count('events')} events, {imported.count('eras')} eras, "
          f"{imported.count('sectors')} sectors, {imported.count('sources')} sources, "
          f"{imported.data['timeline']['start']} to {imported.data['timeline']['end']} "
          f"({time.perf_counter() - started:.2f} s)")
    print("not carried over, or carried differently:")
    for line in imported.report:
        print(f"  {printable(line)}")
    for line in imported.dropped:
        print(f"    left out: {printable(line)}")
    return EXIT_OK


def validate(argv: Sequence[str]) -> int:
    from kztimeline.data import load

    args = _validate_parser().parse_args(argv)
    result = load(args.path)
    for problem in result.problems:
        print(problem)  # control characters in paths and messages escaped
    if result.timeline is None:
        count = len(result.errors)
        print(f"{count} error{'s' if count != 1 else ''}; the data was not loaded", file=sys.stderr)
        return EXIT_INVALID
    tl = result.timeline
    from kztimeline.model.coverage import report

    print(f"ok: {len(tl.events)} events, {len(tl.eras)} eras, {len(tl.sectors)} sectors, "
          f"{len(tl.companies)} companies, {len(tl.figures)} figures, {len(tl.sources)} sources, "
          f"{len(tl.tours)} tours")
    for line in report(tl):
        print(printable(line))
    return EXIT_OK


def _forgiving_streams() -> None:
    """A terminal whose encoding lacks a character (Cyrillic on a Latin-1 console) gets an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _forgiving_streams()
    import faulthandler

    if not faulthandler.is_enabled():  # a native crash (in Qt, in a driver) leaves its Python stack on stderr
        faulthandler.enable(all_threads=True)
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader stopped reading (`kztimeline validate | head`): end quietly, and keep Python from
        # complaining again when it flushes standard output at exit
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INVALID


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "validate":
        return validate(args[1:])
    if args and args[0] == "export":
        return export(args[1:])
    if args and args[0] == "import":
        return import_timeline(args[1:])
    options = _viewer_parser().parse_args(args)
    from kztimeline.app import run_viewer

    return run_viewer(options)
