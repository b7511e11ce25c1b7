#!/usr/bin/env python3
"""Draws the portal's app icons (portal/src/main/resources/META-INF/resources/static/icons/telerehab-{192,512}.png):
a white "T" on the brand blue, with a safe margin so a maskable crop keeps it whole. Standard library only (zlib)."""
import pathlib
import struct
import zlib

BLUE = (0x0B, 0x5C, 0xAD)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = pathlib.Path(__file__).resolve().parent.parent / "portal/src/main/resources/META-INF/resources/static/icons"


def pixel(x, y, size):
    u, v = x / size, y / size
    bar = 0.28 <= u <= 0.72 and 0.28 <= v <= 0.40      # the T's top bar
    stem = 0.43 <= u <= 0.57 and 0.28 <= v <= 0.74     # its stem
    return WHITE if bar or stem else BLUE


def png(size):
    rows = b"".join(b"\x00" + bytes(c for x in range(size) for c in pixel(x, y, size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (OUT / f"telerehab-{size}.png").write_bytes(png(size))
