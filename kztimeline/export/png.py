"""A PNG file from RGBA pixels: 8-bit RGBA rows, unfiltered, compressed with zlib at level 1, in bands on as
many threads as there are cores. Qt-free.

Qt's PNG writer (libpng with its adaptive filters) took 0.3 s for a 4K export even at zlib level 1, most of an
export's time after the drawing; unfiltered rows at level 1 are written in a third of that and come out a little
smaller, since an export's picture is mostly flat colour. The pixels are the same: only the encoding differs.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1
STRIP_ROWS = 32  # rows read and compressed at a time (half a megabyte at 4K)
MIN_BAND_ROWS = 256  # a band on a thread of its own is worth it from about a megabyte of pixels
MAX_BANDS = 8
ADLER_BASE = 65521
IDAT_BYTES = 1 << 20  # the compressed stream in chunks of a megabyte, as readers that stream a file expect


Reader = Callable[[int, np.ndarray], None]  # (first row, out): writes rows first.. of RGBA pixels into out


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))


def _idat(stream: list[bytes]) -> list[bytes | memoryview]:
    """The compressed stream, given in pieces, as IDAT chunks of IDAT_BYTES (the last shorter), themselves in
    pieces: the file is joined once, at the end, not copied chunk by chunk."""
    groups: list[list[memoryview]] = [[]]
    room = IDAT_BYTES
    for piece in stream:
        view = memoryview(piece)
        while len(view):
            if not room:
                groups.append([])
                room = IDAT_BYTES
            groups[-1].append(view[:room])
            room -= len(groups[-1][-1])
            view = view[len(groups[-1][-1]):]
    out: list[bytes | memoryview] = []
    for group in groups:
        crc = zlib.crc32(b"IDAT")
        for part in group:
            crc = zlib.crc32(part, crc)
        out.extend([struct.pack(">I", sum(len(part) for part in group)), b"IDAT", *group, struct.pack(">I", crc)])
    return out


def _deflate(width: int, top: int, bottom: int, read: Reader, last: bool) -> tuple[list[bytes], int, int]:
    """Rows top to bottom as PNG rows in raw deflate data that the next band's can follow (a full flush:
    byte-aligned, and no match reaches back into it), the last band closing the stream; with the rows' Adler-32
    and length. The pixels are read a strip at a time into one buffer: a band never holds a copy of its picture."""
    squeeze = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    buffer = np.zeros((min(STRIP_ROWS, bottom - top), 1 + 4 * width), dtype=np.uint8)  # filter type 0: none
    deflated, checksum = [], 1
    for at in range(top, bottom, STRIP_ROWS):
        rows = buffer[:min(STRIP_ROWS, bottom - at)]
        read(at, rows[:, 1:].reshape(len(rows), width, 4))
        view = rows.data  # the strip's bytes (a memoryview), not a copy
        deflated.append(squeeze.compress(view))
        checksum = zlib.adler32(view, checksum)
    deflated.append(squeeze.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH))
    return deflated, checksum, (bottom - top) * buffer.shape[1]


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings one after the other, from each one's (zlib has this; Python's does not)."""
    a1, b1, a2, b2 = first & 0xFFFF, first >> 16, second & 0xFFFF, second >> 16
    a = (a1 + a2 - 1) % ADLER_BASE
    b = (b1 + b2 + second_length * (a1 - 1)) % ADLER_BASE
    return (b << 16) | a


def encode_png(width: int, height: int, read: Reader, dots_per_metre: int = 0) -> bytes:
    """A picture `width` x `height` whose rows `read(top, out)` writes into `out` (rows x width x 4 bytes: red,
    green, blue and alpha, not premultiplied). `dots_per_metre`, when given, is written as the picture's
    resolution (the pHYs chunk)."""
    if not (0 < width < 2**31 and 0 < height < 2**31):
        raise ValueError(f"a PNG cannot be {width} x {height} pixels")
    bands = max(1, min(MAX_BANDS, os.cpu_count() or 1, height // MIN_BAND_ROWS))
    edges = [height * n // bands for n in range(bands + 1)]
    if bands == 1:
        done = [_deflate(width, 0, height, read, last=True)]
    else:  # zlib lets go of the interpreter while it compresses: the bands are compressed side by side
        with ThreadPoolExecutor(bands) as pool:
            done = list(pool.map(lambda n: _deflate(width, edges[n], edges[n + 1], read, n == bands - 1),
                                 range(bands)))
    checksum = done[0][1]
    for _deflated, adler, length in done[1:]:
        checksum = adler32_combine(checksum, adler, length)
    stream = [b"\x78\x01", *(piece for d in done for piece in d[0]), struct.pack(">I", checksum)]  # deflate, level 1
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    chunks: list[bytes | memoryview] = [SIGNATURE, _chunk(b"IHDR", header)]
    if dots_per_metre > 0:
        chunks.append(_chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)))
    chunks.extend(_idat(stream))
    chunks.append(_chunk(b"IEND", b""))
    return b"".join(chunks)
