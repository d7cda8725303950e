"""Making Qt's SVG render the same in every viewer.

Qt's SVG generator leaves two things to the viewer that viewers do differently:

- **Text** is written as `<text font-family="Noto Sans">`, so a viewer without the bundled font substitutes another,
  whose wider letters overflow the boxes the layout measured. `text_to_paths` replaces each text with the glyph
  outlines Qt itself would draw (shaped by Qt, with its font fallback), each distinct glyph defined once and
  placed with `<use>`: the file looks the same everywhere and stays small.
- **Cosmetic pens** (the figures' lines, frames) are written with `vector-effect="non-scaling-stroke"` under the
  plot's transform, e.g. `matrix(4.5e-06,0,0,11,...)`; viewers that ignore the effect (librsvg) draw the line
  scaled, about 20 px thick. `bake_cosmetic_strokes` moves such shapes out of their transformed group with the
  transform applied to their coordinates, so the stroke width is in picture units as it was meant.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
Matrix = tuple[float, float, float, float, float, float]


def tag(name: str) -> str:
    return f"{{{SVG}}}{name}"


def parse_matrix(text: str | None) -> Matrix:
    if not text:
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    found = _MATRIX.fullmatch(text.strip())
    if not found:
        raise ValueError(f"unexpected transform {text!r}")
    a, b, c, d, e, f = (float(v) for v in _NUMBER.findall(found.group(1)))
    return (a, b, c, d, e, f)


def _fmt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _transform_path(d: str, m: Matrix) -> str:
    """Qt writes absolute commands only (M, L, C, Z): every coordinate pair is a point."""
    out: list[str] = []
    for command, args in re.findall(r"([MLCZmlcz])([^MLCZmlcz]*)", d):
        if command.islower():
            raise ValueError("relative path commands are not expected from Qt")
        numbers = [float(v) for v in _NUMBER.findall(args)]
        points = [_apply(m, numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)]
        out.append(command + " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in points))
    return " ".join(out)


def _baked(element: ET.Element, m: Matrix) -> ET.Element:
    name = element.tag.rpartition("}")[2]
    attrs = {k: v for k, v in element.attrib.items() if k != "vector-effect"}
    if name == "path":
        attrs["d"] = _transform_path(attrs["d"], m)
    elif name == "polyline" or name == "polygon":
        numbers = [float(v) for v in _NUMBER.findall(attrs["points"])]
        points = [_apply(m, numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)]
        attrs["points"] = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in points)
    elif name == "rect":
        x, y = float(attrs.pop("x", 0)), float(attrs.pop("y", 0))
        w, h = float(attrs.pop("width")), float(attrs.pop("height"))
        corners = [_apply(m, x, y), _apply(m, x + w, y), _apply(m, x + w, y + h), _apply(m, x, y + h)]
        name = "path"
        attrs = {k: v for k, v in attrs.items() if k not in ("rx", "ry")}
        attrs["d"] = "M" + " L".join(f"{_fmt(px)},{_fmt(py)}" for px, py in corners) + " Z"
    elif name == "line":
        x1, y1 = _apply(m, float(attrs["x1"]), float(attrs["y1"]))
        x2, y2 = _apply(m, float(attrs["x2"]), float(attrs["y2"]))
        attrs.update(x1=_fmt(x1), y1=_fmt(y1), x2=_fmt(x2), y2=_fmt(y2))
    else:
        raise ValueError(f"cannot bake a transform into <{name}>")
    baked = ET.Element(tag(name), attrs)
    baked.tail = element.tail
    return baked


def bake_cosmetic_strokes(root: ET.Element) -> int:
    """Give every non-scaling stroke its own untransformed group, with the group's transform applied to its
    coordinates (in painting order). Returns how many shapes were baked."""
    count = 0
    for parent in list(root.iter()):
        children = list(parent)
        if not any(child.tag == tag("g") and _has_cosmetic(child) for child in children):
            continue
        rebuilt: list[ET.Element] = []
        for child in children:
            if child.tag == tag("g") and _has_cosmetic(child):
                groups = list(_split(child))
                count += sum(1 for _ in child if _.get("vector-effect") == "non-scaling-stroke")
                rebuilt.extend(groups)
            else:
                rebuilt.append(child)
        for child in children:
            parent.remove(child)
        parent.extend(rebuilt)
    return count


def _has_cosmetic(group: ET.Element) -> bool:
    return any(child.get("vector-effect") == "non-scaling-stroke" for child in group)


def _split(group: ET.Element) -> Iterator[ET.Element]:
    m = parse_matrix(group.get("transform"))
    style = {k: v for k, v in group.attrib.items() if k != "transform"}
    current: ET.Element | None = None
    for child in group:
        cosmetic = child.get("vector-effect") == "non-scaling-stroke"
        if current is None or current.get("data-baked") != ("1" if cosmetic else "0"):
            attrs = dict(style) if cosmetic else dict(group.attrib)
            attrs["data-baked"] = "1" if cosmetic else "0"
            current = ET.Element(tag("g"), attrs)
            current.tail = "\n"
            yield current
        current.append(_baked(child, m) if cosmetic else child)
    if current is None:
        yield ET.Element(tag("g"), dict(group.attrib))


def clean(root: ET.Element) -> None:
    for element in root.iter():
        element.attrib.pop("data-baked", None)


def text_to_paths(root: ET.Element) -> int:
    """Replace every <text> with the outlines of its glyphs (defined once in <defs>, placed with <use>).
    Needs a QGuiApplication (fonts). Returns how many texts were converted."""
    from PySide6.QtGui import QFont, QTextLayout

    defs = root.find(tag("defs"))
    if defs is None:
        defs = ET.Element(tag("defs"))
        root.insert(0, defs)
    glyph_ids: dict[tuple[str, int, int], str] = {}
    count = 0
    for parent in list(root.iter()):
        for position, element in enumerate(list(parent)):
            if element.tag != tag("text"):
                continue
            text = "".join(element.itertext())
            font = QFont(element.get("font-family", "Noto Sans"))
            font.setPixelSize(max(1, round(float(element.get("font-size", "12")))))
            font.setWeight(QFont.Weight(int(element.get("font-weight", "400"))))
            font.setItalic(element.get("font-style") == "italic")
            font.setKerning(True)
            x0, y0 = float(element.get("x", "0")), float(element.get("y", "0"))
            layout = QTextLayout(text, font)
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()
            ascent = line.ascent() if line.isValid() else 0.0
            group = ET.Element(tag("g"), {k: v for k, v in element.attrib.items()
                                          if k in ("fill", "fill-opacity", "opacity", "transform")})
            group.set("stroke", "none")
            group.set("data-text", text)
            for run in layout.glyphRuns():
                raw = run.rawFont()
                if not raw.fontTable("head"):  # no font has these characters: Qt's fallback draws boxes, and asking
                    continue  # its raw font for a name or an outline crashes (a character of a script none covers)
                key_font = f"{raw.familyName()}|{raw.pixelSize():g}|{raw.weight()}|{raw.style().value}"
                for index, point in zip(run.glyphIndexes(), run.positions(), strict=True):
                    key = (key_font, int(raw.pixelSize() * 64), int(index))
                    gid = glyph_ids.get(key)
                    if gid is None:
                        outline = raw.pathForGlyph(index)
                        if outline.isEmpty():
                            continue
                        gid = glyph_ids[key] = f"g{len(glyph_ids)}"
                        ET.SubElement(defs, tag("path"), {"id": gid, "d": _qpath_d(outline)})
                    ET.SubElement(group, tag("use"), {f"{{{XLINK}}}href": f"#{gid}",
                                                      "x": _fmt(x0 + point.x()),
                                                      "y": _fmt(y0 + point.y() - ascent)})
            group.tail = element.tail
            parent.remove(element)
            parent.insert(position, group)
            count += 1
    return count


def _qpath_d(path: object) -> str:
    from PySide6.QtGui import QPainterPath

    assert isinstance(path, QPainterPath)
    parts: list[str] = []
    i, n = 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            if parts:
                parts.append("Z")
            parts.append(f"M{_fmt(e.x)},{_fmt(e.y)}")
            i += 1
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{_fmt(e.x)},{_fmt(e.y)}")
            i += 1
        else:  # a cubic: this element and the next two
            c1, c2 = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{_fmt(e.x)},{_fmt(e.y)} {_fmt(c1.x)},{_fmt(c1.y)} {_fmt(c2.x)},{_fmt(c2.y)}")
            i += 3
    if parts:
        parts.append("Z")
    return "".join(parts)


FONT_FILES = {("400", "normal"): "NotoSans-Regular.ttf", ("700", "normal"): "NotoSans-Bold.ttf",
              ("400", "italic"): "NotoSans-Italic.ttf"}


def embed_fonts(root: ET.Element) -> int:
    """Keep the text as text and embed the bundled font files it uses (CSS @font-face with data: addresses), for
    viewers that read embedded fonts (browsers, Inkscape); returns how many font files were embedded."""
    import base64
    from importlib import resources

    used = {(e.get("font-weight", "400"), e.get("font-style", "normal")) for e in root.iter(tag("text"))}
    folder = resources.files("kztimeline.resources").joinpath("fonts")
    rules = []
    for (weight, style), name in FONT_FILES.items():
        if (weight, style) in used:
            encoded = base64.b64encode(folder.joinpath(name).read_bytes()).decode("ascii")
            rules.append(f"@font-face {{ font-family: 'Noto Sans'; font-weight: {weight}; font-style: {style}; "
                         f"src: url(data:font/ttf;base64,{encoded}) format('truetype'); }}")
    if rules:
        element = ET.Element(tag("style"), {"type": "text/css"})
        element.text = "\n".join(rules)
        root.insert(0, element)
        root.set("version", "1.1")  # <style> is not in SVG Tiny 1.2
        root.attrib.pop("baseProfile", None)
    return len(rules)


def portable_svg(data: bytes, text_as_paths: bool) -> bytes:
    """Qt's SVG bytes made to render alike everywhere (see the module's notes): text as outlines, or as text with
    the font embedded."""
    root = ET.fromstring(data)
    view_box = root.get("viewBox", "").split()
    if len(view_box) == 4:  # a picture's size in pixels (Qt writes millimetres at 72 dpi, which viewers read at 96)
        root.set("width", view_box[2])
        root.set("height", view_box[3])
    bake_cosmetic_strokes(root)
    if text_as_paths:
        text_to_paths(root)
    else:
        embed_fonts(root)
    clean(root)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="utf-8",
                                                                                       xml_declaration=False)
