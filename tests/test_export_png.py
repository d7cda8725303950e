"""The PNG encoder of exports: what it writes decodes to the pixels it was given, read back by a plain reader here
(chunks, checksums, zlib) and by Qt, and a picture written through it has the pixels QImage.save gives."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kztimeline.export import png
from kztimeline.export.png import adler32_combine, encode_png
from kztimeline.export.render import png_bytes
from kztimeline.export.verify import check_png


def read_png(data: bytes) -> tuple[np.ndarray, dict[bytes, bytes]]:
    """A PNG of 8-bit RGBA rows with filter 0, as pixels, and its other chunks by kind; every CRC checked."""
    assert data.startswith(png.SIGNATURE)
    at, idat, chunks, sizes = 8, b"", {}, []
    while at < len(data):
        (length,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        body = data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        assert crc == zlib.crc32(body, zlib.crc32(kind)), kind
        if kind == b"IDAT":
            idat += body
            sizes.append(length)
        else:
            assert kind not in chunks, f"two {kind!r} chunks"
            chunks[kind] = body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour, interlace) == (8, 6, 0)
    rows = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, 1 + 4 * width)  # checks Adler-32
    assert not rows[:, 0].any(), "every row unfiltered"
    assert set(sizes[:-1]) <= {png.IDAT_BYTES}, "the stream in chunks of IDAT_BYTES, the last shorter"
    assert 0 < sizes[-1] <= png.IDAT_BYTES
    assert list(chunks)[0] == b"IHDR"
    assert list(chunks)[-1] == b"IEND"
    return rows[:, 1:].reshape(height, width, 4), chunks


def encode(pixels: np.ndarray, dots_per_metre: int = 0) -> bytes:
    """`pixels` (rows x width x 4) through the encoder, which reads them a strip at a time; each row read once."""
    asked: list[int] = []

    def read(top: int, out: np.ndarray) -> None:
        asked.extend(range(top, top + len(out)))
        out[...] = pixels[top:top + len(out)]

    data = encode_png(pixels.shape[1], pixels.shape[0], read, dots_per_metre)
    assert sorted(asked) == list(range(pixels.shape[0]))
    return data


def qt_pixels(data: bytes) -> np.ndarray:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), -1)
    return rows[:, :4 * image.width()].reshape(image.height(), image.width(), 4).copy()


@pytest.mark.parametrize("height", [1, 3, 33, 700])  # 33: two strips; 700 rows: in bands side by side
def test_the_encoder_writes_the_pixels_it_is_given(height, monkeypatch):
    monkeypatch.setattr(png, "IDAT_BYTES", 4096)  # the stream over several chunks, a piece over two
    pixels = np.random.default_rng(height).integers(0, 256, size=(height, 37, 4), dtype=np.uint8)
    pixels[: height // 2, :20] = (250, 248, 240, 255)  # flat colour, as most of an export
    data = encode(pixels, dots_per_metre=5345)
    check_png(data)
    read, chunks = read_png(data)
    assert np.array_equal(read, pixels)
    assert np.array_equal(qt_pixels(data), pixels)
    assert struct.unpack(">IIB", chunks[b"pHYs"]) == (5345, 5345, 1)


def test_the_encoder_uses_as_many_bands_as_it_may_and_the_same_pixels_in_any(monkeypatch):
    pixels = np.random.default_rng(1).integers(0, 256, size=(1100, 9, 4), dtype=np.uint8)
    monkeypatch.setattr(png.os, "cpu_count", lambda: 1)
    one = encode(pixels)
    monkeypatch.setattr(png.os, "cpu_count", lambda: 8)
    several = encode(pixels)  # 1100 rows: 4 bands of at least MIN_BAND_ROWS
    assert one != several  # (the bands' flushes are in the stream)
    assert np.array_equal(read_png(one)[0], pixels)
    assert np.array_equal(read_png(several)[0], pixels)
    assert b"pHYs" not in read_png(one)[1]


def test_the_encoder_refuses_an_empty_picture():
    with pytest.raises(ValueError, match="cannot be"):
        encode_png(0, 4, lambda top, out: None)
    with pytest.raises(ValueError, match="cannot be"):
        encode_png(4, 0, lambda top, out: None)


@given(st.binary(max_size=300), st.binary(max_size=300))
def test_adler32_of_two_runs_is_combined_as_zlib_computes_it_over_both(first, second):
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(first + second)


def test_adler32_combines_runs_whose_sums_wrap():
    first, second = bytes([255]) * 70_000, bytes(range(256)) * 300
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(first + second)


@pytest.mark.parametrize("transparent", [False, True])
def test_a_drawn_picture_has_the_pixels_qimage_save_gives(qapp, transparent):
    """Antialiased shapes and text over a background, or half-transparent over nothing (premultiplied in the
    image, straight in the file): the same pixels as Qt's own PNG writer, at the same resolution."""
    image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("#f7f4ec"))
    image.setDotsPerMeterX(5345)
    image.setDotsPerMeterY(5345)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(QColor(200, 40, 90, 120))
    painter.setPen(QColor(20, 90, 200, 200))
    painter.drawEllipse(QPointF(120, 90), 70, 50)
    painter.setPen(QColor(Qt.GlobalColor.black))
    painter.drawText(QPointF(20, 180), "Қазақстан 2011 [3, 12–14]")
    painter.end()
    ours = png_bytes(image)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    theirs = bytes(buffer.data().data())
    assert np.array_equal(qt_pixels(ours), qt_pixels(theirs))
    assert np.array_equal(read_png(ours)[0], qt_pixels(theirs))
    back = QImage()
    back.loadFromData(ours, "PNG")
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (5345, 5345)
    if transparent:
        assert 0 < qt_pixels(ours)[90, 120, 3] < 255  # half-transparent pixels were written
