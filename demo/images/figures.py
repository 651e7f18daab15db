"""Woodcut figures and things: houses, people, ox, trees, boats, frame."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .canvas import _chaikin, _ellipse_pts, _lerp, _rough, _shape, _stroke
from .landscape import _frange
from .palette import (
    BLUE,
    BROWN,
    GREEN,
    INK,
    LGREEN,
    OCHRE,
    ORANGE,
    PAPER,
    RED,
    SKIN,
    TAU,
    WHITE,
    YELLOW,
)


def _wc_house(d, rnd, u, x, y, w, h, roof=INK, wall=WHITE, stilts=False):
    """House with upturned eaves; (x, y) is the bottom-left corner."""
    if stilts:
        for sx in _frange(x + w * 0.08, x + w, w * 0.28):
            _stroke(d, [(sx, y), (sx, y + h * 0.45)], BROWN, 4 * u)
        d.line((x, y + h * 0.2, x + w, y + h * 0.2), fill=INK, width=round(2 * u))
    _shape(d, rnd, [(x, y), (x + w, y), (x + w, y - h), (x, y - h)], wall, u)
    # timber frame
    for fx in (x + w * 0.33, x + w * 0.66):
        d.line((fx, y - h, fx, y), fill=BROWN, width=round(2.5 * u))
    ov, rh = w * 0.16, h * 0.62
    roof_pts = [
        (x - ov, y - h - rh * 0.3),
        (x - ov * 0.4, y - h),
        (x + w + ov * 0.4, y - h),
        (x + w + ov, y - h - rh * 0.3),
        (x + w - ov * 0.2, y - h - rh),
        (x + ov * 0.2, y - h - rh),
    ]
    _shape(d, rnd, roof_pts, roof, u)
    carve = WHITE if roof in (INK, BLUE, GREEN, BROWN) else INK
    for tx in _frange(x + ov * 0.5, x + w - ov * 0.2, 11 * u):
        d.line((tx, y - h - rh * 0.85, tx, y - h - rh * 0.2), fill=carve, width=round(1.6 * u))
    dw = w * 0.22
    _shape(
        d,
        rnd,
        [
            (x + w * 0.4, y),
            (x + w * 0.4 + dw, y),
            (x + w * 0.4 + dw, y - h * 0.62),
            (x + w * 0.4, y - h * 0.62),
        ],
        RED,
        u,
        2.5,
    )
    if w > 60 * u:
        wx, wy, ws = x + w * 0.1, y - h * 0.75, min(w * 0.2, h * 0.35)
        _shape(d, rnd, [(wx, wy), (wx + ws, wy), (wx + ws, wy + ws), (wx, wy + ws)], YELLOW, u, 2.5)
        d.line((wx + ws / 2, wy, wx + ws / 2, wy + ws), fill=INK, width=round(2 * u))
        d.line((wx, wy + ws / 2, wx + ws, wy + ws / 2), fill=INK, width=round(2 * u))


def _wc_person(d, rnd, u, x, y, s, shirt=BLUE, pose="hoe", flip=1, mono=None):
    """A farmer made of simple shapes; (x, y) is where the feet touch the ground."""

    def k(dx, dy):
        return (x + flip * dx * s, y - dy * s)

    ow = 0 if mono else 2.6
    trousers = mono or rnd.choice((INK, BLUE, BROWN))
    shirt = mono or shirt
    skin = mono or SKIN
    hat = mono or rnd.choice((YELLOW, OCHRE))
    arm_w = s * 0.065

    def limb(pts, color):
        if not mono:
            _stroke(d, pts, INK, arm_w + 2 * ow * u)
        _stroke(d, pts, color, arm_w)

    # tools behind the body
    if pose == "hoe":
        _stroke(d, [k(0.42, 0.2), k(-0.2, 1.02)], mono or BROWN, s * 0.03)
        _shape(
            d, rnd, [k(0.36, 0.26), k(0.52, 0.1), k(0.56, 0.16), k(0.44, 0.3)], mono or INK, u, ow
        )
    elif pose == "flag":
        _stroke(d, [k(0.24, 0.5), k(0.24, 1.5)], mono or BROWN, s * 0.03)
        _shape(
            d,
            rnd,
            [k(0.24, 1.48), k(0.8, 1.36), k(0.74, 1.22), k(0.86, 1.08), k(0.24, 1.14)],
            RED if not mono else mono,
            u,
            ow,
        )
    # legs
    _shape(d, rnd, [k(-0.12, 0.42), k(0.0, 0.42), k(-0.07, 0.0), k(-0.18, 0.0)], trousers, u, ow)
    _shape(d, rnd, [k(0.0, 0.42), k(0.12, 0.42), k(0.18, 0.0), k(0.07, 0.0)], trousers, u, ow)
    # body
    _shape(d, rnd, [k(-0.14, 0.78), k(0.14, 0.78), k(0.13, 0.38), k(-0.13, 0.38)], shirt, u, ow)
    # arms
    if pose == "hoe":
        limb([k(0.1, 0.74), k(0.2, 0.55), k(0.3, 0.42)], shirt)
        limb([k(-0.08, 0.74), k(0.02, 0.72), k(0.14, 0.62)], shirt)
    elif pose == "pole":
        _stroke(d, [k(-0.5, 0.8), k(0.5, 0.8)], mono or BROWN, s * 0.035)
        for side in (-0.46, 0.46):
            _stroke(d, [k(side, 0.8), k(side - 0.08, 0.42)], mono or INK, 1.8 * u)
            _stroke(d, [k(side, 0.8), k(side + 0.08, 0.42)], mono or INK, 1.8 * u)
            _shape(
                d,
                rnd,
                [
                    k(side - 0.12, 0.44),
                    k(side + 0.12, 0.44),
                    k(side + 0.09, 0.24),
                    k(side - 0.09, 0.24),
                ],
                mono or OCHRE,
                u,
                ow,
            )
            if not mono:
                for j in range(3):
                    cx, cy = k(side - 0.06 + j * 0.06, 0.47)
                    r = s * 0.035
                    d.ellipse(
                        (cx - r, cy - r, cx + r, cy + r),
                        fill=YELLOW,
                        outline=INK,
                        width=round(1.5 * u),
                    )
        limb([k(0.1, 0.74), k(0.22, 0.7), k(0.26, 0.8)], shirt)
        limb([k(-0.1, 0.74), k(-0.16, 0.58), k(-0.2, 0.46)], shirt)
    elif pose == "sheaf":
        for j in range(7):
            a = -0.5 + j / 6
            _stroke(d, [k(0.18, 0.45), k(0.2 + a * 0.22, 0.95)], mono or OCHRE, 3.2 * u)
        _shape(d, rnd, _ellipse_pts(*k(0.2, 0.86), s * 0.12, s * 0.09), mono or YELLOW, u, ow)
        limb([k(0.1, 0.74), k(0.2, 0.6), k(0.18, 0.62)], shirt)
        limb([k(-0.1, 0.74), k(0.06, 0.62), k(0.16, 0.6)], shirt)
    else:  # cheer / flag: one arm up high
        limb([k(0.1, 0.74), k(0.2, 0.92), k(0.24, 1.12)], shirt)
        limb([k(-0.1, 0.74), k(-0.24, 0.62), k(-0.3, 0.5)], shirt)
    # head and hat
    hx, hy = k(0.0, 0.87)
    r = s * 0.075
    d.ellipse(
        (hx - r, hy - r, hx + r, hy + r),
        fill=skin,
        outline=None if mono else INK,
        width=round(ow * u),
    )
    if pose != "cheer" or rnd.random() < 0.5:
        _shape(d, rnd, [k(-0.2, 0.88), k(0.2, 0.88), k(0.0, 1.02)], hat, u, ow)
    else:
        _shape(
            d,
            rnd,
            [k(-0.08, 0.93), k(0.08, 0.93), k(0.07, 0.97), k(-0.07, 0.97)],
            mono or RED,
            u,
            ow,
        )


def _wc_ox(d, rnd, u, x, y, length, flip=1, body=INK, carve=WHITE):
    """A water buffalo/ox; (x, y) is the ground point under its middle."""

    def k(dx, dy):
        return (x + flip * dx * length, y - dy * length)

    for lx, lean in ((-0.3, -0.04), (-0.18, 0.03), (0.2, -0.03), (0.32, 0.04)):
        _shape(
            d,
            rnd,
            [
                k(lx - 0.04, 0.34),
                k(lx + 0.04, 0.34),
                k(lx + 0.035 + lean, 0.0),
                k(lx - 0.035 + lean, 0.0),
            ],
            body,
            u,
            2.5,
            outline=carve if body == INK else INK,
        )
    _stroke(d, [k(-0.43, 0.5), k(-0.5, 0.36), k(-0.49, 0.22)], body, 3 * u)
    pts = _chaikin(
        [
            k(-0.44, 0.32),
            k(-0.47, 0.52),
            k(-0.36, 0.6),
            k(0.0, 0.6),
            k(0.24, 0.66),
            k(0.4, 0.6),
            k(0.44, 0.44),
            k(0.36, 0.28),
            k(0.0, 0.26),
        ],
        2,
    )
    _shape(d, rnd, pts, body, u, 3, outline=INK)
    head = _chaikin(
        [k(0.34, 0.62), k(0.5, 0.64), k(0.62, 0.46), k(0.64, 0.36), k(0.56, 0.32), k(0.42, 0.42)], 1
    )
    _shape(d, rnd, head, body, u, 3, outline=INK)
    # sweeping crescent horns
    hx, hy = k(0.45, 0.6)
    rx, ry = length * 0.14, length * 0.11
    box = (hx - rx, hy - ry, hx + rx, hy + ry)
    d.arc(box, 190, 350, fill=INK, width=round(length * 0.045 + 5 * u))
    d.arc(box, 191, 349, fill=WHITE, width=round(length * 0.045))
    ex, ey = k(0.53, 0.52)
    r = 4 * u
    d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=carve)
    # carved white lines on the hide
    cx, cy = k(0.0, 0.44)
    for i in range(4):
        rx, ry = length * (0.12 + 0.06 * i), length * (0.06 + 0.03 * i)
        a0 = 200 if flip > 0 else 270
        d.arc((cx - rx, cy - ry, cx + rx, cy + ry), a0, a0 + 70, fill=carve, width=round(2.2 * u))
    return k


def _wc_tree(d, rnd, u, x, y, s):
    _shape(
        d,
        rnd,
        [
            (x - s * 0.05, y),
            (x + s * 0.05, y),
            (x + s * 0.03, y - s * 0.55),
            (x - s * 0.03, y - s * 0.55),
        ],
        BROWN,
        u,
    )
    for dx, dy, r in ((-0.16, 0.62, 0.2), (0.16, 0.64, 0.2), (0.0, 0.82, 0.24)):
        cx, cy = x + dx * s, y - dy * s
        _shape(d, rnd, _ellipse_pts(cx, cy, r * s, r * s * 0.9, 28), rnd.choice((GREEN, LGREEN)), u)
        d.arc(
            (cx - r * s * 0.5, cy - r * s * 0.5, cx + r * s * 0.5, cy + r * s * 0.5),
            200,
            320,
            fill=WHITE,
            width=round(2 * u),
        )


def _wc_bamboo(d, rnd, u, x, y, s):
    for j in range(rnd.randint(2, 3)):
        bx = x + j * s * 0.09
        top = y - s * rnd.uniform(0.8, 1.0)
        _stroke(d, [(bx, y), (bx + s * 0.04, top)], INK, 7 * u)
        _stroke(d, [(bx, y), (bx + s * 0.04, top)], GREEN, 4 * u)
        for t in _frange(0.15, 0.95, 0.2):
            nx, ny = _lerp(bx, bx + s * 0.04, t), _lerp(y, top, t)
            d.line((nx - 4 * u, ny, nx + 4 * u, ny), fill=INK, width=round(2 * u))
            if t > 0.4:
                side = rnd.choice((-1, 1))
                lx = nx + side * s * 0.18
                _shape(
                    d,
                    rnd,
                    [(nx, ny), (lx, ny + s * 0.05), (nx + side * s * 0.04, ny + s * 0.03)],
                    LGREEN,
                    u,
                    2,
                )


def _wc_flower(d, rnd, u, cx, cy, r, color):
    _stroke(d, [(cx, cy), (cx + r * 0.3, cy + r * 2.6)], GREEN, 4 * u)
    for side in (-1, 1):
        _shape(
            d,
            rnd,
            _ellipse_pts(cx + side * r * 0.55, cy + r * 1.7, r * 0.55, r * 0.2, 20, side * 0.5),
            GREEN,
            u,
            2.5,
        )
    n = rnd.randint(5, 7)
    for i in range(n):
        a = TAU * i / n
        _shape(
            d,
            rnd,
            _ellipse_pts(
                cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55, r * 0.5, r * 0.3, 20, a
            ),
            color,
            u,
            2.5,
        )
    _shape(d, rnd, _ellipse_pts(cx, cy, r * 0.32, r * 0.32, 20), YELLOW, u, 2.5)


def _wc_boat(d, rnd, u, x, y, s):
    hull = [
        (x - s * 0.55, y - s * 0.22),
        (x + s * 0.55, y - s * 0.26),
        (x + s * 0.42, y),
        (x - s * 0.4, y),
    ]
    _shape(d, rnd, _ellipse_pts(x, y - s * 0.2, s * 0.22, s * 0.2, 24, 0, math.pi, TAU), INK, u)
    _shape(d, rnd, hull, OCHRE, u)
    d.line((x - s * 0.45, y - s * 0.12, x + s * 0.45, y - s * 0.14), fill=INK, width=round(2 * u))
    _stroke(d, [(x + s * 0.35, y - s * 0.25), (x + s * 0.62, y + s * 0.35)], BROWN, 3 * u)


def _wc_duck(d, rnd, u, x, y, s, flip=1):
    _shape(d, rnd, _ellipse_pts(x, y, s * 0.5, s * 0.26, 24), WHITE, u, 2.5)
    hx, hy = x + flip * s * 0.42, y - s * 0.32
    _shape(d, rnd, _ellipse_pts(hx, hy, s * 0.18, s * 0.16, 20), WHITE, u, 2.5)
    _shape(
        d,
        rnd,
        [
            (hx + flip * s * 0.14, hy - s * 0.02),
            (hx + flip * s * 0.36, hy + s * 0.04),
            (hx + flip * s * 0.14, hy + s * 0.08),
        ],
        ORANGE,
        u,
        2,
    )


def _wc_frame(img, rnd, u, paper=PAPER):
    """Paper margin around the printed block, with a rough ink border."""
    w, h = img.size
    d = ImageDraw.Draw(img)
    m = 0.04 * min(w, h)
    inner = _rough(rnd, [(m, m), (w - m, m), (w - m, h - m), (m, h - m)], 1.5 * u, 20 * u)
    mask = Image.new("L", img.size, 255)
    ImageDraw.Draw(mask).polygon(inner, fill=0)
    img.paste(Image.new("RGB", img.size, paper), (0, 0), mask)
    d.line(inner + [inner[0], inner[1]], fill=INK, width=round(5 * u), joint="curve")
