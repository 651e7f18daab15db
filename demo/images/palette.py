"""Colours, sizes and constants shared by every drawing."""

from __future__ import annotations

import math

from PIL import Image

SS = 2  # supersampling factor for crisp vector shapes
MAX_BYTES = 250_000

LANDSCAPE = (1200, 900)
PORTRAIT = (900, 1200)
WIDE = (1600, 900)

# Woodcut palette (綦江农民版画: saturated, flat colours with black outlines).
PAPER = (240, 231, 210)
INK = (30, 26, 24)
RED = (181, 48, 42)
DRED = (128, 32, 30)
ORANGE = (214, 104, 50)
OCHRE = (206, 146, 52)
YELLOW = (234, 192, 72)
GREEN = (62, 116, 70)
LGREEN = (128, 164, 80)
BLUE = (44, 86, 138)
LBLUE = (124, 166, 192)
SKIN = (224, 166, 114)
BROWN = (118, 72, 42)
WHITE = (246, 240, 224)
PINK = (222, 120, 112)

BICUBIC = Image.Resampling.BICUBIC
BILINEAR = Image.Resampling.BILINEAR
TAU = 2 * math.pi
