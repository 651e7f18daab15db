"""Then and now: one street composition in sepia and in colour."""

from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .canvas import _canvas, _chaikin, _down, _grain, _lerp, _sepia, _shade, _vbands, _vignette
from .landscape import _frange
from .palette import SS


# then / now (same street composition)
# ----------------------------------------------------------------------------------------------
def _street_layout(seed, W, H):
    """Geometry shared by `then` and `now` for a seed (so the pair lines up)."""
    rg = random.Random(f"street-{seed}")
    lay = {"vx": W * rg.uniform(0.42, 0.58), "vy": H * rg.uniform(0.42, 0.5), "sides": []}
    for side in (-1, 1):
        edge = W * (rg.uniform(-0.08, 0.04) if side < 0 else rg.uniform(0.96, 1.08))
        blds = []
        z = rg.uniform(0.75, 0.95)
        while z < 9:
            wd = rg.uniform(0.3, 0.75) * (1 + z * 0.15)
            floors = rg.choice((2, 2, 3))
            hh = floors * rg.uniform(0.24, 0.3)
            blds.append(
                {
                    "z1": z,
                    "z2": z + wd,
                    "h": hh,
                    "floors": floors,
                    "wins": max(1, round(wd * 2.4)),
                    "lantern": rg.random() < 0.5,
                    "k": rg.random(),
                }
            )
            z += wd + (rg.uniform(0.05, 0.2) if rg.random() < 0.3 else 0)
        lay["sides"].append((side, edge, blds))
    lay["hill"] = [(rg.uniform(-1, 1), rg.uniform(0.3, 1)) for _ in range(5)]
    lay["people"] = [
        (rg.uniform(1.1, 4), rg.uniform(0.2, 0.8), rg.random()) for _ in range(rg.randint(3, 6))
    ]
    return lay


def _street(rnd, w, h, seed, modern):
    img, d, u = _canvas(w, h, (200, 200, 200))
    W, H = w * SS, h * SS
    lay = _street_layout(seed, W, H)
    vx, vy = lay["vx"], lay["vy"]

    def P(side, edge, z, hh, off=0.0):
        s = 1 / z
        ex = edge - side * off * W
        return (vx + (ex - vx) * s, vy + (H - vy) * s - hh * H * s)

    if modern:
        _vbands(d, (0, 0, W, vy + H * 0.05), (112, 160, 214), (206, 224, 236), 40)
        for _ in range(rnd.randint(2, 4)):
            cx, cy, r = rnd.uniform(0, W), rnd.uniform(0.05, 0.3) * H, rnd.uniform(30, 60) * u
            for k in range(4):
                d.ellipse(
                    (
                        cx + k * r * 0.6 - r,
                        cy - r * 0.5 - k % 2 * r * 0.2,
                        cx + k * r * 0.6 + r,
                        cy + r * 0.5,
                    ),
                    fill=(244, 246, 248),
                )
        hill_c, ground_c = (92, 136, 92), (176, 172, 164)
    else:
        _vbands(d, (0, 0, W, vy + H * 0.05), (236, 232, 224), (214, 210, 200), 20)
        hill_c, ground_c = (172, 170, 162), (150, 142, 128)
    # distant hill at the end of the street
    hill = [(vx - W * 0.5, vy + 4 * u)]
    for i, (dx, hgt) in enumerate(lay["hill"]):
        hill.append((vx + (i - 2) * W * 0.12 + dx * 20 * u, vy - hgt * H * 0.12))
    hill.append((vx + W * 0.5, vy + 4 * u))
    d.polygon(
        _chaikin(hill + [(vx + W * 0.5, vy + 40 * u), (vx - W * 0.5, vy + 40 * u)], 2), fill=hill_c
    )
    # street surface
    (_, le, _), (_, re, _) = lay["sides"]
    d.polygon([(le, H), P(-1, le, 12, 0), P(1, re, 12, 0), (re, H)], fill=ground_c)
    slab = _shade(ground_c, 0.86 if modern else 0.74)

    def gp(t, z):  # a point on the street surface: t = 0 (left kerb) .. 1 (right kerb)
        gx = _lerp(le, re, t)
        return (vx + (gx - vx) / z, vy + (H - vy) / z)

    z, row = 0.8, 0
    while z < 12:
        z2 = z * (1.25 if modern else 1.18)
        d.line((gp(0, z), gp(1, z)), fill=slab, width=round(1.5 * u))
        cols = 8 if modern else 6
        for j in range(cols + 1):
            t = (j + (0 if modern else 0.5 * (row % 2))) / cols
            if 0 < t < 1:
                d.line((gp(t, z), gp(t, z2)), fill=slab, width=max(1, round(1.5 * u / z)))
        z, row = z2, row + 1
    if modern:
        for side, edge, _ in lay["sides"]:
            d.polygon(
                [
                    P(side, edge, 0.6, 0),
                    P(side, edge, 12, 0),
                    P(side, edge, 12, 0, 0.08),
                    P(side, edge, 0.6, 0, 0.08),
                ],
                fill=(200, 196, 188),
            )
    walls_then = ((204, 192, 168), (132, 104, 76), (190, 180, 160), (112, 88, 66))
    walls_now = (
        (238, 228, 206),
        (214, 128, 96),
        (234, 204, 146),
        (186, 200, 210),
        (228, 232, 234),
        (200, 92, 72),
    )
    awnings = ((196, 52, 44), (44, 120, 80), (40, 96, 170), (230, 150, 40), (120, 60, 140))
    for side, edge, blds in lay["sides"]:
        for b in reversed(blds):
            z1, z2, hh = b["z1"], b["z2"], b["h"]
            k = b["k"]
            wall = (
                walls_now[int(k * len(walls_now))]
                if modern
                else walls_then[int(k * len(walls_then))]
            )
            q = [
                P(side, edge, z1, 0),
                P(side, edge, z1, hh),
                P(side, edge, z2, hh),
                P(side, edge, z2, 0),
            ]
            d.polygon(q, fill=wall, outline=_shade(wall, 0.7))
            fh = hh / b["floors"]
            # ground floor shop front
            n = b["wins"]
            for j in range(n):
                za = _lerp(z1, z2, (j + 0.12) / n)
                zb = _lerp(z1, z2, (j + 0.88) / n)
                shop = [
                    P(side, edge, za, 0),
                    P(side, edge, za, fh * 0.8),
                    P(side, edge, zb, fh * 0.8),
                    P(side, edge, zb, 0),
                ]
                if modern:
                    d.polygon(
                        shop, fill=(236, 214, 170) if (j + int(k * 7)) % 3 else (92, 116, 128)
                    )
                    aw = awnings[(j + int(k * 10)) % len(awnings)]
                    d.polygon(
                        [
                            P(side, edge, za, fh * 0.95),
                            P(side, edge, zb, fh * 0.95),
                            P(side, edge, zb, fh * 0.8, 0.03),
                            P(side, edge, za, fh * 0.8, 0.03),
                        ],
                        fill=aw,
                    )
                else:
                    d.polygon(shop, fill=(84, 64, 48))
                    for t in (0.25, 0.5, 0.75):
                        zt = _lerp(za, zb, t)
                        d.line(
                            (P(side, edge, zt, 0), P(side, edge, zt, fh * 0.8)),
                            fill=(120, 96, 72),
                            width=max(1, round(2 * u / zt)),
                        )
                # upper windows
                for f in range(1, b["floors"]):
                    hb, ht = fh * (f + 0.25), fh * (f + 0.8)
                    win = [
                        P(side, edge, za, hb),
                        P(side, edge, za, ht),
                        P(side, edge, zb, ht),
                        P(side, edge, zb, hb),
                    ]
                    if modern:
                        d.polygon(win, fill=(150, 186, 212), outline=(250, 250, 250))
                        zm = (za + zb) / 2
                        d.line(
                            (P(side, edge, zm, hb), P(side, edge, zm, ht)),
                            fill=(250, 250, 250),
                            width=max(1, round(3 * u / zm)),
                        )
                        if (j + f + int(k * 5)) % 3 == 0:
                            d.polygon(
                                [
                                    P(side, edge, za, hb - fh * 0.02),
                                    P(side, edge, za, hb - fh * 0.14),
                                    P(side, edge, _lerp(za, zb, 0.4), hb - fh * 0.14, 0.015),
                                    P(side, edge, _lerp(za, zb, 0.4), hb - fh * 0.02, 0.015),
                                ],
                                fill=(236, 236, 232),
                            )
                    else:
                        d.polygon(win, fill=(70, 56, 44))
                        for t in (0.33, 0.66):
                            zt = _lerp(za, zb, t)
                            lw = max(1, round(2 * u / zt))
                            d.line(
                                (P(side, edge, zt, hb), P(side, edge, zt, ht)),
                                fill=(150, 126, 98),
                                width=lw,
                            )
                            ht2 = _lerp(hb, ht, t)
                            d.line(
                                (P(side, edge, za, ht2), P(side, edge, zb, ht2)),
                                fill=(150, 126, 98),
                                width=lw,
                            )
            # tiled roof sloping back from the facade, with eaves over the street
            eave = (84, 86, 92) if modern else (62, 54, 48)
            d.polygon(
                [
                    P(side, edge, z1, hh),
                    P(side, edge, z2, hh),
                    P(side, edge, z2, hh + 0.025),
                    P(side, edge, z1, hh + 0.025),
                ],
                fill=_shade(eave, 0.8),
            )
            d.polygon(
                [
                    P(side, edge, z1, hh + 0.01),
                    P(side, edge, z2, hh + 0.01),
                    P(side, edge, z2, hh - 0.04, 0.08),
                    P(side, edge, z1, hh - 0.04, 0.08),
                ],
                fill=eave,
            )
            for t in _frange(0.0, 1.0, 1 / max(4, b["wins"] * 5)):
                zt = _lerp(z1, z2, t)
                d.line(
                    (P(side, edge, zt, hh + 0.01), P(side, edge, zt, hh - 0.04, 0.08)),
                    fill=_shade(eave, 1.25),
                    width=max(1, round(2 * u / zt)),
                )
            # a blank hanging signboard, perpendicular to the facade
            if b["k"] > 0.35:
                zs = _lerp(z1, z2, 0.85)
                board = [
                    P(side, edge, zs, fh * 1.9, 0.012),
                    P(side, edge, zs, fh * 1.9, 0.05),
                    P(side, edge, zs, fh * 1.05, 0.05),
                    P(side, edge, zs, fh * 1.05, 0.012),
                ]
                color = awnings[int(b["k"] * 50) % len(awnings)] if modern else (58, 42, 32)
                d.polygon(board, fill=color, outline=(240, 236, 226) if modern else (150, 120, 84))
            if b["lantern"]:
                zl = _lerp(z1, z2, 0.5)
                lx, ly = P(side, edge, zl, fh * 1.05, 0.05)
                r = 22 * u / zl
                d.line(
                    (lx, ly - r * 1.6, lx, ly), fill=(40, 40, 40), width=max(1, round(2 * u / zl))
                )
                col = (214, 40, 36) if modern else (120, 84, 60)
                d.ellipse((lx - r, ly - r * 0.8, lx + r, ly + r * 1.1), fill=col)
    # people (same places in both, different clothes)
    for z, lat, k in sorted(lay["people"], reverse=True):
        x, y = gp(lat, z)
        s = H * 0.3 / z
        if modern:
            shirt, trousers, skin = awnings[int(k * len(awnings))], (50, 60, 90), (206, 164, 132)
        else:
            shirt, trousers, skin = (88, 80, 72), (46, 42, 40), (130, 108, 90)
        lw = max(1, round(s * 0.07))
        d.line((x - s * 0.05, y - s * 0.45, x - s * 0.07, y), fill=trousers, width=lw)
        d.line((x + s * 0.05, y - s * 0.45, x + s * 0.07, y), fill=trousers, width=lw)
        d.rounded_rectangle(
            (x - s * 0.13, y - s * 0.82, x + s * 0.13, y - s * 0.4), radius=s * 0.05, fill=shirt
        )
        d.ellipse((x - s * 0.075, y - s * 0.97, x + s * 0.075, y - s * 0.82), fill=skin)
        if not modern and k < 0.5:  # straw hat and a carrying pole with two baskets
            d.polygon(
                [(x - s * 0.17, y - s * 0.9), (x + s * 0.17, y - s * 0.9), (x, y - s * 1.02)],
                fill=(170, 150, 112),
            )
            d.line(
                (x - s * 0.4, y - s * 0.8, x + s * 0.4, y - s * 0.76),
                fill=(96, 76, 56),
                width=max(1, lw // 2),
            )
            for bx in (x - s * 0.36, x + s * 0.36):
                d.line((bx, y - s * 0.78, bx, y - s * 0.4), fill=(96, 76, 56), width=1)
                d.polygon(
                    [
                        (bx - s * 0.09, y - s * 0.4),
                        (bx + s * 0.09, y - s * 0.4),
                        (bx + s * 0.07, y - s * 0.25),
                        (bx - s * 0.07, y - s * 0.25),
                    ],
                    fill=(120, 100, 72),
                )
        elif modern and k > 0.6:  # a shopping bag
            d.rectangle(
                (x + s * 0.14, y - s * 0.5, x + s * 0.26, y - s * 0.34), fill=(236, 236, 230)
            )
    if not modern:  # sagging wires across the street
        for z in (1.6, 2.6):
            a = P(-1, le, z, 0.62, 0.02)
            b2 = P(1, re, z, 0.62, 0.02)
            mid = ((a[0] + b2[0]) / 2, (a[1] + b2[1]) / 2 + H * 0.04 / z)
            d.line(
                _chaikin([a, mid, b2], 3, False), fill=(70, 64, 58), width=max(1, round(1.5 * u))
            )
    if modern:  # lamp posts
        for side, edge, _ in lay["sides"]:
            for z in (1.3, 2.4, 4.5):
                bx, by = P(side, edge, z, 0, 0.06)
                tx, ty = P(side, edge, z, 0.62, 0.06)
                d.line((bx, by, tx, ty), fill=(60, 64, 70), width=max(1, round(6 * u / z)))
                r = 10 * u / z
                d.ellipse((tx - r, ty - r, tx + r, ty + r), fill=(250, 244, 220))
    img = _down(img)
    if modern:
        img = ImageChops.multiply(img, Image.new("RGB", img.size, (255, 250, 242)))
        return _vignette(img, 0.2, (30, 30, 40), 2.5)
    gray = ImageOps.grayscale(img).filter(ImageFilter.GaussianBlur(0.8))
    gray = ImageOps.autocontrast(gray, cutoff=0.5).point(lambda v: int(24 + v * 0.84))
    photo = _sepia(gray)
    photo = _vignette(photo, 0.5, (60, 44, 30), 2.2)
    photo = _grain(photo, rnd, 9)
    pd = ImageDraw.Draw(photo)
    for _ in range(rnd.randint(6, 16)):
        x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(0.6, 2.0)
        pd.ellipse((x - r, y - r, x + r, y + r), fill=(236, 228, 212))
    return photo


def _draw_then(rnd, w, h, seed):
    return _street(rnd, w, h, seed, modern=False)


def _draw_now(rnd, w, h, seed):
    return _street(rnd, w, h, seed, modern=True)
