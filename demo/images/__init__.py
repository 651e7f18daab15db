"""Sample pictures for the demo content of the Qijiang local-history collection.

Every picture is drawn from scratch with Pillow: shapes, lines, textures and noise only.
Nothing is downloaded and no text is rendered (no fonts are needed, so the output is the
same on any machine).  Each *kind* stands in for a type of digitised object - a peasant
woodcut print, an old photograph, a manuscript, a map, a cassette... - and the result is
deterministic for a given ``(kind, seed)``.

Usage::

    jpeg_bytes = draw("print", 3)
"""

from __future__ import annotations

import io
import random

from PIL import Image

from .ink import _draw_painting
from .maps import _draw_map
from .objects import _draw_audio, _draw_object, _draw_video
from .palette import LANDSCAPE, MAX_BYTES, PORTRAIT, WIDE
from .photo import _draw_photograph
from .printed import _draw_book, _draw_newspaper
from .street import _draw_now, _draw_then
from .woodcut import _draw_hero, _draw_poster, _draw_print
from .writing import _draw_letter, _draw_manuscript

KINDS = (
    "print",
    "photograph",
    "painting",
    "manuscript",
    "letter",
    "map",
    "newspaper",
    "book",
    "poster",
    "object",
    "audio",
    "video",
    "then",
    "now",
    "hero",
)


def draw(kind: str, seed: int, size: tuple[int, int] | None = None) -> bytes:
    """Return JPEG bytes (quality ~82, progressive) of a picture of `kind`.

    The result is deterministic for ``(kind, seed)``.  ``size`` is ``(width, height)``; by
    default it is about 1200x900 or 900x1200 depending on the kind (1600x900 for ``hero``).
    """
    if kind not in _DRAWERS:
        raise ValueError(f"unknown image kind {kind!r}; expected one of {', '.join(KINDS)}")
    rnd = random.Random(f"{kind}-{seed}")
    w, h = size or _default_size(kind, seed)
    img = _DRAWERS[kind](rnd, int(w), int(h), seed)
    return _jpeg(img.convert("RGB"))


def _default_size(kind: str, seed: int) -> tuple[int, int]:
    if kind == "hero":
        return WIDE
    if kind in ("manuscript", "letter", "poster", "book", "newspaper"):
        return PORTRAIT
    if kind in ("print", "painting"):
        return random.Random(f"{kind}-{seed}-size").choice((LANDSCAPE, PORTRAIT))
    return LANDSCAPE


def _jpeg(img: Image.Image) -> bytes:
    data = b""
    for quality in (82, 76, 70, 62, 54):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, progressive=True, optimize=True)
        data = buf.getvalue()
        if len(data) <= MAX_BYTES:
            break
    return data


_DRAWERS = {
    "print": _draw_print,
    "photograph": _draw_photograph,
    "painting": _draw_painting,
    "manuscript": _draw_manuscript,
    "letter": _draw_letter,
    "map": _draw_map,
    "newspaper": _draw_newspaper,
    "book": _draw_book,
    "poster": _draw_poster,
    "object": _draw_object,
    "audio": _draw_audio,
    "video": _draw_video,
    "then": _draw_then,
    "now": _draw_now,
    "hero": _draw_hero,
}
