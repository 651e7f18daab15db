"""Woodcut landscape motifs: sun, clouds, mountains, terraces, river."""

from __future__ import annotations

import math

from .canvas import _ellipse_pts, _shade, _shape, _stroke
from .palette import BLUE, BROWN, GREEN, INK, LBLUE, LGREEN, OCHRE, RED, TAU, WHITE, YELLOW


def _wc_sun(d, rnd, u, cx, cy, r, ray_colors=(RED, YELLOW), core=RED, ring=YELLOW):
    n = rnd.choice((12, 14, 16, 18))
    off = rnd.uniform(0, TAU)
    half = math.pi / n * 0.6
    for i in range(n):
        a = off + TAU * i / n
        reach = r * (rnd.uniform(1.55, 1.8) if i % 2 else rnd.uniform(1.85, 2.15))
        pts = [
            (cx + math.cos(a - half) * r * 1.05, cy + math.sin(a - half) * r * 1.05),
            (cx + math.cos(a) * reach, cy + math.sin(a) * reach),
            (cx + math.cos(a + half) * r * 1.05, cy + math.sin(a + half) * r * 1.05),
        ]
        _shape(d, rnd, pts, ray_colors[i % 2], u)
    _shape(d, rnd, _ellipse_pts(cx, cy, r * 1.08, r * 1.08), ring, u)
    _shape(d, rnd, _ellipse_pts(cx, cy, r * 0.86, r * 0.86), core, u)
    # carved spiral-ish arcs inside the sun
    for k in range(3):
        rr = r * (0.28 + 0.16 * k)
        a0 = rnd.uniform(0, 360)
        d.arc((cx - rr, cy - rr, cx + rr, cy + rr), a0, a0 + 200, fill=ring, width=round(2.5 * u))


def _wc_cloud(d, rnd, u, cx, cy, s, sky, fill=WHITE):
    """A flat-bottomed woodcut cloud made of overlapping circles; (cx, cy) is its base."""
    n = rnd.randint(4, 5)
    circles = []
    for i in range(n):
        r = s * (0.3 if i in (0, n - 1) else rnd.uniform(0.4, 0.52))
        circles.append((cx + (i - (n - 1) / 2) * s * 0.42, cy - r * 0.4, r))
    w = round(3 * u)
    for x, y, r in circles:
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill, outline=INK, width=w)
    for x, y, r in circles:
        rr = r - w
        d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=fill)
    (xa, ya, ra), (xb, yb, rb) = circles[0], circles[-1]
    d.rectangle((xa - ra - w, cy, xb + rb + w, cy + s), fill=sky)
    left = xa - math.sqrt(max(0.0, ra * ra - (cy - ya) ** 2))
    right = xb + math.sqrt(max(0.0, rb * rb - (cy - yb) ** 2))
    d.line((left, cy, right, cy), fill=INK, width=w)
    for x, y, r in circles[1:-1]:
        rr = r * 0.45
        d.arc(
            (x - rr, y - rr * 0.6, x + rr, y + rr * 1.4), 200, 340, fill=LBLUE, width=round(2.5 * u)
        )


def _ridge_pts(rnd, x0, x1, base, height, peaks, step, widths=(0.08, 0.2)):
    """A mountain ridge line as points, and its peaks as (x, height, half-width)."""
    tops = [
        (rnd.uniform(x0, x1), rnd.uniform(0.55, 1.0) * height, rnd.uniform(*widths) * (x1 - x0))
        for _ in range(peaks)
    ]
    pts = []
    x = x0
    while x <= x1 + step:
        y = 0.0
        for px, ph, pw in tops:
            t = abs(x - px) / pw
            if t < 1:
                y = max(y, ph * (1 - t * t) ** 1.2)
        pts.append((x, base - y))
        x += step
    return pts, tops


def _wc_mountains(d, rnd, u, x0, x1, base, height, fill, carve=WHITE, peaks=5):
    pts, tops = _ridge_pts(rnd, x0, x1, base, height, peaks, 16 * u)
    _shape(d, rnd, pts + [(x1, base + height), (x0, base + height)], fill, u)

    def ridge_y(x):
        y = 0.0
        for px, ph, pw in tops:
            t = abs(x - px) / pw
            if t < 1:
                y = max(y, ph * (1 - t * t) ** 1.2)
        return base - y

    # carved contour chevrons under each peak (white-line woodcut style)
    for px, ph, pw in tops:
        for k in range(1, rnd.randint(2, 4)):
            drop = ph * 0.17 * k
            seg = []
            for x in _frange(px - pw * 0.45, px + pw * 0.45, 8 * u):
                t = abs(x - px) / pw
                y = base - ph * (1 - t * t) ** 1.2 + drop
                if y < base - 5 * u and y > ridge_y(x) + 6 * u:
                    seg.append((x, y))
                elif len(seg) > 1:
                    _stroke(d, seg, carve, 2.4 * u)
                    seg = []
                else:
                    seg = []
            if len(seg) > 1:
                _stroke(d, seg, carve, 2.4 * u)


def _wave_y(rnd, amp, period):
    ph, ph2 = rnd.uniform(0, TAU), rnd.uniform(0, TAU)
    f = TAU / period

    def y_at(x):
        return amp * math.sin(f * x + ph) + amp * 0.4 * math.sin(2.3 * f * x + ph2)

    return y_at


def _wc_terraces(d, rnd, u, x0, x1, y0, y1, n, colors=(LGREEN, YELLOW, GREEN, OCHRE)):
    """Stacked terraced fields; returns the list of (top-curve function, band height)."""
    bh = (y1 - y0) / n
    start = rnd.randrange(len(colors))
    bands = []
    for i in range(n):
        yb = y0 + i * bh
        f = _wave_y(rnd, bh * 0.3, (x1 - x0) * rnd.uniform(0.45, 0.9))
        top = [(x, yb + f(x)) for x in _frange(x0 - 20 * u, x1 + 20 * u, 18 * u)]
        color = colors[(start + i) % len(colors)]
        bottom = y1 + (y1 - y0)  # later elements cover the overflow
        _shape(d, rnd, top + [(x1 + 20 * u, bottom), (x0 - 20 * u, bottom)], color, u)
        # crop rows: seedlings on green bands, grain dots on yellow ones
        mark = _shade(color, 0.62)
        for row in (0.38, 0.72):
            for x in _frange(x0 + rnd.uniform(0, 20 * u), x1, 24 * u):
                y = yb + f(x) + bh * row
                if color in (YELLOW, OCHRE):
                    r = 2.6 * u
                    d.ellipse((x - r, y - r, x + r, y + r), fill=RED if color == YELLOW else BROWN)
                else:
                    _stroke(
                        d, [(x - 5 * u, y - 7 * u), (x, y), (x + 5 * u, y - 7 * u)], mark, 2.4 * u
                    )
        bands.append((lambda x, yb=yb, f=f: yb + f(x), bh))
    return bands


def _frange(a, b, step):
    out = []
    x = a
    while x <= b:
        out.append(x)
        x += step
    return out


def _wc_river(d, rnd, u, x0, x1, y0, y1, fill=BLUE, wave=LBLUE):
    f = _wave_y(rnd, (y1 - y0) * 0.06, (x1 - x0) * 0.5)
    top = [(x, y0 + f(x)) for x in _frange(x0 - 20 * u, x1 + 20 * u, 18 * u)]
    _shape(d, rnd, top + [(x1 + 20 * u, y1 + 40 * u), (x0 - 20 * u, y1 + 40 * u)], fill, u)
    row_h = 26 * u
    y = y0 + row_h * 1.2
    k = 0
    while y < y1:
        ww = rnd.uniform(34, 48) * u
        x = x0 - ww + (k % 2) * ww / 2
        while x < x1:
            if rnd.random() < 0.75:
                d.arc((x, y, x + ww, y + row_h), 195, 345, fill=wave, width=round(2.6 * u))
            x += ww * 1.05
        y += row_h * 1.1
        k += 1
