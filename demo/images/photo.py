"""Old photographs of a river town."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from .canvas import (
    _canvas,
    _chaikin,
    _down,
    _grain,
    _lerp,
    _sepia,
    _shade,
    _texture,
    _vbands,
    _vignette,
)
from .landscape import _frange, _ridge_pts


def _river_town(img, rnd, u):
    """Draw a greyscale river town (stacked houses, arch bridge, boats) on an L canvas."""
    W, H = img.size
    d = ImageDraw.Draw(img)
    water = H * rnd.uniform(0.6, 0.66)
    _vbands(d, (0, 0, W, water), 240, 214, 24)
    ridge, _ = _ridge_pts(rnd, -10, W + 10, water - H * 0.2, H * 0.16, 5, 12 * u)
    d.polygon(ridge + [(W + 10, water), (-10, water)], fill=196)
    ridge, _ = _ridge_pts(rnd, -10, W + 10, water - H * 0.08, H * 0.14, 6, 12 * u)
    d.polygon(ridge + [(W + 10, water), (-10, water)], fill=170)

    side = rnd.choice((-1, 1))

    def sx(x):  # mirror horizontally when the town is on the right
        return x if side < 0 else W - x

    peak_x, peak_y = W * rnd.uniform(0.08, 0.2), water - H * rnd.uniform(0.4, 0.5)
    end_x = W * rnd.uniform(0.6, 0.7)

    def hill_y(x):
        if x <= peak_x:
            return peak_y + (peak_x - x) / W * H * 0.2
        t = (x - peak_x) / (end_x - peak_x)
        return _lerp(peak_y, water, min(1.0, t) ** 1.3)

    hill = [(sx(x), hill_y(x) + rnd.uniform(-3, 3) * u) for x in _frange(-10, end_x, 14 * u)]
    d.polygon(hill + [(sx(end_x + 40 * u), water), (sx(-10), water)], fill=118)
    for _ in range(70):
        x = rnd.uniform(0, end_x)
        y = hill_y(x) + rnd.uniform(0, 10) * u
        r = rnd.uniform(8, 20) * u
        d.ellipse((sx(x) - r, y - r, sx(x) + r, y + r * 0.8), fill=rnd.randint(56, 90))

    # stacked houses climbing the hill, back rows first
    row_h = H * 0.06
    rows = int((water - peak_y) / row_h) - 1
    for row in range(rows, -1, -1):
        base = water - H * 0.012 - row * row_h
        x = rnd.uniform(0, 20) * u
        while x < end_x:
            hw = W * rnd.uniform(0.035, 0.07)
            hh = row_h * rnd.uniform(1.0, 1.6)
            fits = hill_y(x) < base - hh * 0.3 and hill_y(x + hw) < base - hh * 0.3
            if fits and rnd.random() < 0.85:
                wall = rnd.choice((232, 222, 206, 150, 126))
                x0, x1 = sorted((sx(x), sx(x + hw)))
                if row == 0:  # stilts of the riverside houses
                    for px in _frange(x0 + 4 * u, x1, 16 * u):
                        d.line((px, base, px, water + 2 * u), fill=50, width=round(2 * u))
                d.rectangle((x0, base - hh, x1, base), fill=wall)
                d.rectangle((x0, base - hh, x0 + 3 * u, base), fill=_shade(wall, 0.8))
                ov = hw * 0.08
                roof = [
                    (x0 - ov, base - hh),
                    (x1 + ov, base - hh),
                    (x1 - hw * 0.1, base - hh * 1.38),
                    (x0 + hw * 0.1, base - hh * 1.38),
                ]
                d.polygon(roof, fill=rnd.randint(34, 60))
                for wx in _frange(x0 + hw * 0.15, x1 - hw * 0.2, hw * 0.3):
                    d.rectangle((wx, base - hh * 0.75, wx + hw * 0.12, base - hh * 0.45), fill=44)
                if row == 0 and rnd.random() < 0.5:  # a balcony
                    d.rectangle((x0, base - hh * 0.35, x1, base - hh * 0.3), fill=60)
            x += hw + rnd.uniform(1, 12) * u

    # stone arch bridge across a side stream on the other bank
    n_arch = rnd.choice((1, 3, 3, 5))
    blen = W * rnd.uniform(0.16, 0.22) * (1 + 0.15 * n_arch)
    bx_start = W * rnd.uniform(0.7, 0.74)
    bx0, bx1 = (bx_start, bx_start + blen) if side < 0 else (W - bx_start - blen, W - bx_start)
    span = blen / n_arch
    arches = []
    for i in range(n_arch):
        rw = span * 0.4 * (1.2 if i == n_arch // 2 and n_arch > 1 else 1)
        arches.append((bx0 + span * (i + 0.5), rw, rw * 0.92))
    top_arch = max(rh for _, _, rh in arches)
    deck = water - top_arch - 12 * u
    hump = top_arch * (0.35 if n_arch == 1 else 0.15)
    ramp = 26 * u

    def deck_y(x):
        return deck - hump * math.sin(math.pi * min(1.0, max(0.0, (x - bx0) / (bx1 - bx0))))

    top = [(x, deck_y(x)) for x in _frange(bx0, bx1, 6 * u)]
    d.polygon([(bx0 - ramp, water)] + top + [(bx1 + ramp, water)], fill=156)
    d.line([(x, y - 6 * u) for x, y in top], fill=104, width=round(5 * u), joint="curve")
    for x, y in top[::4]:
        d.line((x, y - 9 * u, x, y), fill=104, width=round(2 * u))
    for mx, rw, rh in arches:
        d.chord((mx - rw, water - rh, mx + rw, water + rh), 180, 360, fill=38)
        d.arc(
            (mx - rw - 4 * u, water - rh - 4 * u, mx + rw + 4 * u, water + rh + 4 * u),
            180,
            360,
            fill=130,
            width=round(4 * u),
        )
    for y in _frange(deck + 6 * u, water - 4 * u, 11 * u):
        d.line((bx0 - ramp * (1 - (water - y) / (water - deck)), y, bx1, y), fill=142, width=1)

    # water: gradient, a soft mirrored reflection, ripples
    wtop = int(water)
    _vbands(d, (0, wtop, W, H), 176, 150, 24)
    h_ref = min(wtop, H - wtop)
    above = img.crop((0, wtop - h_ref, W, wtop)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    below = img.crop((0, wtop, W, wtop + h_ref))
    fade = Image.new("L", above.size)
    _vbands(ImageDraw.Draw(fade), (0, 0, W, h_ref), 120, 0, 16)
    blurred = above.filter(ImageFilter.GaussianBlur(3 * u))
    img.paste(Image.composite(blurred, below, fade), (0, wtop))
    d = ImageDraw.Draw(img)
    for _ in range(320):
        y = rnd.uniform(water + 3 * u, H)
        x = rnd.uniform(0, W)
        ln = rnd.uniform(10, 70) * u * (0.4 + (y - water) / H)
        d.line((x, y, x + ln, y), fill=rnd.choice((200, 186, 120)), width=round(1.5 * u))

    for _ in range(rnd.randint(1, 3)):
        bx = rnd.uniform(0.2, 0.8) * W
        by = water + rnd.uniform(0.1, 0.28) * H
        s = W * rnd.uniform(0.06, 0.09) * (1 + (by - water) / H)
        d.polygon(
            [
                (bx - s, by - s * 0.12),
                (bx + s, by - s * 0.16),
                (bx + s * 0.8, by),
                (bx - s * 0.8, by),
            ],
            fill=34,
        )
        d.chord((bx - s * 0.4, by - s * 0.45, bx + s * 0.3, by + s * 0.1), 180, 360, fill=56)
        d.line(
            (bx + s * 0.6, by - s * 0.5, bx + s * 0.9, by + s * 0.3), fill=34, width=round(2 * u)
        )
        d.line((bx - s * 0.8, by + 2 * u, bx + s * 0.8, by + 2 * u), fill=110, width=round(2 * u))


def _draw_photograph(rnd, w, h, seed):
    m = round(min(w, h) * 0.05)
    pw, ph = w - 2 * m, h - 2 * m
    img, _, u = _canvas(pw, ph, 200, "L")
    _river_town(img, rnd, u)
    gray = _down(img).filter(ImageFilter.GaussianBlur(0.9))
    gray = ImageOps.autocontrast(gray, cutoff=0.5).point(lambda v: int(20 + v * 0.86))
    if rnd.random() < 0.65:
        photo = _sepia(gray)
    else:
        photo = _sepia(gray, (26, 26, 28), (124, 122, 116), (238, 236, 228))
    photo = _vignette(photo, 0.4, (50, 36, 24), 2.4)
    photo = _grain(photo, rnd, 8, 1)
    pd = ImageDraw.Draw(photo)
    for _ in range(rnd.randint(8, 20)):
        x, y, r = rnd.uniform(0, pw), rnd.uniform(0, ph), rnd.uniform(0.6, 2.0)
        pd.ellipse((x - r, y - r, x + r, y + r), fill=(232, 224, 206))
    if rnd.random() < 0.5:  # a faint scratch
        x, y = rnd.uniform(0.1, 0.9) * pw, rnd.uniform(0, 0.5) * ph
        pts = _chaikin(
            [
                (x, y),
                (x + rnd.uniform(-20, 20), y + ph * 0.2),
                (x + rnd.uniform(-30, 30), y + ph * 0.4),
            ],
            3,
            False,
        )
        pd.line(pts, fill=(184, 172, 150), width=1)
    card = Image.new("RGB", (w, h), (242, 238, 226))
    card.paste(photo, (m, m))
    card = _texture(card, rnd, 12)
    return _vignette(card, 0.3, (150, 130, 100), 3.0, 0.8)
