"""Checks that an export's bytes are what they claim to be, before they may replace a file. Qt-free.

Each check raises ValueError with a short reason. They are cheap (no full decode of an 8K image): a PNG must have
its signature, a header and its closing chunk; an SVG must parse as XML with an <svg> root; a PDF must have its
header, a page and its end-of-file marker after the cross-reference data.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"


def check_png(data: bytes) -> None:
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0:
        raise ValueError("the PNG image is empty")
    if not data.endswith(PNG_END):
        raise ValueError("the PNG image is cut off")


def check_svg(data: bytes) -> None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(f"the SVG does not parse: {exc}") from None
    if root.tag.rpartition("}")[2] != "svg":
        raise ValueError("the file is not an SVG")
    if len(root) == 0:
        raise ValueError("the SVG is empty")


def check_pdf(data: bytes) -> None:
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    tail = data[-1024:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise ValueError("the PDF is cut off")
    if b"/Type /Page" not in data and b"/Type/Page" not in data:
        raise ValueError("the PDF has no page")


VERIFY: dict[str, Callable[[bytes], None]] = {"png": check_png, "svg": check_svg, "pdf": check_pdf}
