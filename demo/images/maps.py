"""Hand-drawn maps."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFilter

from .canvas import _canvas, _chaikin, _down, _mix, _shade, _stroke
from .palette import SS, TAU
from .writing import _aged_paper


def _meander(rnd, x, y, heading, step, n, wander=0.12, pull=0.06, bounds=None):
    """A smooth wandering path; `bounds` (xmin, xmax) steers it back inside."""
    pts = [(x, y)]
    a, da = heading, 0.0
    for _ in range(n):
        target = heading
        if bounds and x < bounds[0]:
            target = heading + 0.8
        elif bounds and x > bounds[1]:
            target = heading - 0.8
        da = da * 0.88 + rnd.gauss(0, wander)
        a += da + (target - a) * pull
        a = max(heading - 1.3, min(heading + 1.3, a))  # never double back
        x += math.cos(a) * step
        y += math.sin(a) * step
        pts.append((x, y))
    return _chaikin(pts, 2, closed=False)


def _draw_map(rnd, w, h, seed):
    paper = rnd.choice(((230, 214, 176), (226, 210, 168), (234, 220, 186)))
    img, d, u = _canvas(w, h, paper)
    W, H = w * SS, h * SS
    ink = (64, 46, 34)
    water, water_edge = (150, 184, 196), (70, 104, 130)
    m = min(W, H) * 0.06
    # main river flowing roughly south to north, with tributaries
    start_x = W * rnd.uniform(0.3, 0.7)
    river = _meander(
        rnd,
        start_x,
        H + 20 * u,
        -math.pi / 2,
        22 * u,
        int(H / (8 * u)),
        0.1,
        0.1,
        (W * 0.25, W * 0.75),
    )
    exit_i = next((i for i, (_, y) in enumerate(river) if y < -20 * u), len(river) - 1)
    river = river[: exit_i + 1]
    tribs = []
    for _ in range(rnd.randint(3, 6)):
        i = rnd.randrange(len(river) // 6, len(river) * 5 // 6)
        x, y = river[i]
        heading = rnd.choice((0, math.pi)) + rnd.uniform(-0.5, 0.5)
        tribs.append(_meander(rnd, x, y, heading, 18 * u, rnd.randint(12, 30), 0.07, 0.12))
    # hills (avoid the water)
    wet = river[::4] + [p for t in tribs for p in t[::4]]

    R = min(W, H) * 0.09
    corner = rnd.choice(
        ((W - m - R * 1.5, m + R * 1.5), (m + R * 1.5, H - m - R * 1.5), (m + R * 1.5, m + R * 1.5))
    )
    sbx, sby = W - m * 2 - W * 0.2, H - m * 1.6
    keep_out = [
        (corner[0] - R * 1.4, corner[1] - R * 1.4, corner[0] + R * 1.4, corner[1] + R * 1.4),
        (sbx - 30 * u, sby - 30 * u, sbx + W * 0.2 + 30 * u, sby + 30 * u),
    ]

    def dry(x, y, r):
        if any(x0 - r < x < x1 + r and y0 - r < y < y1 + r for x0, y0, x1, y1 in keep_out):
            return False
        return all((x - px) ** 2 + (y - py) ** 2 > r * r for px, py in wet)

    hill_fill = _mix(paper, (150, 160, 110), 0.35)
    for _ in range(rnd.randint(12, 18)):
        cx, cy = rnd.uniform(m, W - m), rnd.uniform(m, H - m)
        a = rnd.uniform(0, TAU)
        for _ in range(rnd.randint(5, 11)):
            s = rnd.uniform(16, 32) * u
            x, y = cx + rnd.gauss(0, 60 * u), cy + rnd.gauss(0, 30 * u)
            cx += math.cos(a) * s * 1.2
            cy += math.sin(a) * s * 0.5
            if not (m + s < x < W - m - s and m + s < y < H - m) or not dry(x, y, s * 2):
                continue
            ridge = _chaikin(
                [
                    (x - s * 1.3, y),
                    (x - s * 0.4, y - s * 0.8),
                    (x, y - s * 1.1),
                    (x + s * 0.5, y - s * 0.7),
                    (x + s * 1.3, y),
                ],
                2,
                False,
            )
            d.polygon(ridge, fill=hill_fill)
            for j in range(1, 5):
                t = j / 5
                px, py = ridge[int(len(ridge) * (0.5 + t * 0.4))]
                d.line(
                    (px, py, px - s * 0.15, py + s * 0.35 * (1 - t) + 2 * u),
                    fill=ink,
                    width=round(1.3 * u),
                )
            d.line(ridge, fill=ink, width=round(2 * u), joint="curve")
    # forests: clusters of little tree symbols
    for _ in range(rnd.randint(3, 6)):
        cx, cy = rnd.uniform(m * 2, W - m * 2), rnd.uniform(m * 2, H - m * 2)
        for _ in range(rnd.randint(8, 16)):
            x, y = cx + rnd.gauss(0, 40 * u), cy + rnd.gauss(0, 22 * u)
            if dry(x, y, 20 * u) and m < x < W - m and m < y < H - m:
                r = 5.5 * u
                d.line((x, y, x, y + r * 1.8), fill=ink, width=round(1.5 * u))
                d.ellipse(
                    (x - r, y - r, x + r, y + r),
                    fill=(120, 142, 90),
                    outline=ink,
                    width=round(1.3 * u),
                )
    # roads and towns
    towns = []
    for _ in range(rnd.randint(5, 8)):
        for _ in range(20):
            px, py = rnd.choice(river[5:-5])
            x, y = px + rnd.choice((-1, 1)) * rnd.uniform(30, 90) * u, py
            if m * 2 < x < W - m * 2 and m * 2 < y < H - m * 2 and dry(x, y, 18 * u):
                towns.append((x, y))
                break
    towns.sort(key=lambda p: p[1])
    road = (150, 70, 50)
    for (xa, ya), (xb, yb) in zip(towns, towns[1:], strict=False):
        pts = _chaikin(
            [(xa, ya), ((xa + xb) / 2 + rnd.uniform(-40, 40) * u, (ya + yb) / 2), (xb, yb)],
            3,
            False,
        )
        for j in range(0, len(pts) - 1, 2):
            d.line((pts[j], pts[j + 1]), fill=road, width=round(2 * u))
    # water on top of roads
    for t in tribs:  # tapering toward the source
        k = int(len(t) * 0.6)
        _stroke(d, t, water_edge, 5 * u)
        _stroke(d, t[:k], water_edge, 8 * u)
        _stroke(d, t, water, 2.5 * u)
        _stroke(d, t[:k], water, 4.5 * u)
    _stroke(d, river, water_edge, 18 * u)
    _stroke(d, river, water, 14 * u)
    for j in range(0, len(river) - 3, 3):
        (xa, ya), (xb, yb) = river[j], river[j + 2]
        d.line((xa, ya, xb, yb), fill=_shade(water, 1.1), width=round(1.5 * u))
    for i, (x, y) in enumerate(towns):
        r = 9 * u
        if i == len(towns) // 2:  # county seat: walled square
            d.rectangle(
                (x - r * 1.8, y - r * 1.8, x + r * 1.8, y + r * 1.8),
                fill=(196, 72, 52),
                outline=ink,
                width=round(3 * u),
            )
            d.rectangle((x - r, y - r, x + r, y + r), outline=paper, width=round(2 * u))
        else:
            d.ellipse(
                (x - r, y - r, x + r, y + r), fill=(196, 72, 52), outline=ink, width=round(2.5 * u)
            )
    # compass rose
    cx, cy = corner
    d.ellipse(
        (cx - R * 0.8, cy - R * 0.8, cx + R * 0.8, cy + R * 0.8), outline=ink, width=round(2 * u)
    )
    d.ellipse(
        (cx - R * 0.72, cy - R * 0.72, cx + R * 0.72, cy + R * 0.72),
        outline=ink,
        width=round(1 * u),
    )
    for i in (1, 3, 5, 7, 0, 2, 4, 6):
        a = -math.pi / 2 + i * math.pi / 4
        length = R if i % 2 == 0 else R * 0.55
        tip = (cx + math.cos(a) * length, cy + math.sin(a) * length)
        for sgn, fill in ((1, ink), (-1, paper)):
            side = (
                cx + math.cos(a + sgn * math.pi / 4) * R * 0.14,
                cy + math.sin(a + sgn * math.pi / 4) * R * 0.14,
            )
            if i == 0 and sgn == 1:
                fill = (178, 50, 40)
            d.polygon([(cx, cy), tip, side], fill=fill, outline=ink)
    # scale bar
    for i in range(5):
        d.rectangle(
            (sbx + i * W * 0.04, sby, sbx + (i + 1) * W * 0.04, sby + 11 * u),
            fill=ink if i % 2 == 0 else paper,
            outline=ink,
            width=round(1.3 * u),
        )
    # clear the margin, then a frame with a graduated border
    for box in (
        (0, 0, W, m * 0.5),
        (0, H - m * 0.5, W, H),
        (0, 0, m * 0.5, H),
        (W - m * 0.5, 0, W, H),
    ):
        d.rectangle(box, fill=paper)
    d.rectangle((m * 0.5, m * 0.5, W - m * 0.5, H - m * 0.5), outline=ink, width=round(4 * u))
    d.rectangle((m * 0.8, m * 0.8, W - m * 0.8, H - m * 0.8), outline=ink, width=round(1.5 * u))
    step = (W - 1.6 * m) / 24
    for i in range(0, 24, 2):
        x = m * 0.8 + i * step
        d.rectangle((x, m * 0.5, x + step, m * 0.8), fill=ink)
        d.rectangle((x, H - m * 0.8, x + step, H - m * 0.5), fill=ink)
    step = (H - 1.6 * m) / 18
    for i in range(0, 18, 2):
        y = m * 0.8 + i * step
        d.rectangle((m * 0.5, y, m * 0.8, y + step), fill=ink)
        d.rectangle((W - m * 0.8, y, W - m * 0.5, y + step), fill=ink)
    img = _down(img)
    # fold lines (folded in 2 x 3)
    shade = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(shade)
    for fx in (w / 3, 2 * w / 3):
        sd.line((fx, 0, fx, h), fill=70, width=4)
    sd.line((0, h / 2, w, h / 2), fill=70, width=4)
    img = Image.composite(
        Image.new("RGB", (w, h), (140, 110, 70)), img, shade.filter(ImageFilter.GaussianBlur(2.5))
    )
    return _aged_paper(img, rnd, (255, 246, 226), rnd.randint(2, 5))
