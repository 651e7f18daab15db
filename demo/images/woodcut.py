"""Farmers' woodcut prints, the hero banner and the poster."""

from __future__ import annotations

import math

from PIL import Image

from .canvas import _canvas, _down, _ellipse_pts, _fibres, _mix, _shape, _speckle, _stroke, _texture
from .figures import (
    _wc_bamboo,
    _wc_boat,
    _wc_duck,
    _wc_flower,
    _wc_frame,
    _wc_house,
    _wc_ox,
    _wc_person,
)
from .landscape import (
    _frange,
    _ridge_pts,
    _wc_cloud,
    _wc_mountains,
    _wc_river,
    _wc_sun,
    _wc_terraces,
)
from .palette import (
    BLUE,
    BROWN,
    DRED,
    GREEN,
    INK,
    LBLUE,
    LGREEN,
    OCHRE,
    ORANGE,
    PAPER,
    PINK,
    RED,
    SS,
    TAU,
    WHITE,
    YELLOW,
)


def _woodcut_scene(d, rnd, u, W, H, variant):
    sky = rnd.choice((PAPER, (243, 226, 170), (214, 226, 220)))
    d.rectangle((0, 0, W, H), fill=sky)
    horizon = H * rnd.uniform(0.32, 0.4)
    sun_x = W * rnd.choice((0.22, 0.5, 0.78)) + rnd.uniform(-0.05, 0.05) * W
    _wc_sun(d, rnd, u, sun_x, horizon * 0.42, min(W, H) * 0.075)
    for _ in range(rnd.randint(1, 2)):
        cx = W * rnd.uniform(0.12, 0.88)
        if abs(cx - sun_x) > W * 0.2:
            _wc_cloud(d, rnd, u, cx, horizon * rnd.uniform(0.4, 0.6), min(W, H) * 0.1, sky)
    _wc_mountains(
        d, rnd, u, -20 * u, W + 20 * u, horizon, H * 0.16, BLUE, LBLUE, peaks=rnd.randint(3, 6)
    )
    _wc_mountains(
        d,
        rnd,
        u,
        -20 * u,
        W + 20 * u,
        horizon + H * 0.04,
        H * 0.09,
        GREEN,
        LGREEN,
        peaks=rnd.randint(4, 7),
    )
    people = [RED, BLUE, ORANGE, GREEN]
    rnd.shuffle(people)
    s_person = H * 0.17

    if variant == "terraces":
        bands = _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.06, H * 0.86, rnd.randint(5, 7))
        top, _ = bands[0]
        slots = rnd.sample(range(5), rnd.randint(1, 3))
        for slot in slots:
            hx = W * (0.04 + slot * 0.19 + rnd.uniform(0, 0.04))
            _wc_house(
                d, rnd, u, hx, top(hx) + H * 0.03, W * 0.12, H * 0.07, rnd.choice((INK, BLUE, RED))
            )
        for i in range(rnd.randint(2, 3)):
            f, bh = bands[rnd.randint(2, len(bands) - 1)]
            px = W * (0.15 + 0.3 * i + rnd.uniform(0, 0.12))
            _wc_person(
                d,
                rnd,
                u,
                px,
                f(px) + bh * 0.9,
                s_person,
                people[i],
                rnd.choice(("hoe", "pole", "sheaf")),
                rnd.choice((-1, 1)),
            )
        _wc_river(d, rnd, u, 0, W, H * 0.87, H)
        for i in range(rnd.randint(1, 3)):
            _wc_flower(
                d,
                rnd,
                u,
                W * rnd.choice((0.08, 0.92)) + i * 20 * u,
                H * 0.77 - i * 30 * u,
                H * 0.035,
                rnd.choice((RED, PINK, ORANGE)),
            )
    elif variant == "village":
        _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.05, H * 0.52, 3)
        base = H * 0.6
        x = rnd.uniform(-0.05, 0.05) * W
        while x < W:
            if rnd.random() < 0.3:
                _wc_bamboo(d, rnd, u, x + W * 0.03, base, H * 0.28)
                x += W * 0.1
                continue
            hw = W * rnd.uniform(0.12, 0.2)
            _wc_house(
                d,
                rnd,
                u,
                x,
                base - rnd.uniform(0, 0.03) * H,
                hw,
                H * rnd.uniform(0.08, 0.13),
                rnd.choice((INK, INK, BLUE, RED)),
                rnd.choice((WHITE, YELLOW)),
                stilts=True,
            )
            x += hw + W * rnd.uniform(0.02, 0.06)
        _wc_river(d, rnd, u, 0, W, H * 0.66, H)
        _wc_boat(d, rnd, u, W * rnd.uniform(0.25, 0.75), H * 0.86, W * 0.2)
        for _ in range(rnd.randint(2, 4)):
            _wc_duck(
                d,
                rnd,
                u,
                W * rnd.uniform(0.08, 0.92),
                H * rnd.uniform(0.74, 0.95),
                H * 0.05,
                rnd.choice((-1, 1)),
            )
    elif variant == "plough":
        _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.05, H * 0.58, 4)
        field = [
            (x, H * 0.6 + math.sin(x / W * 5) * 8 * u) for x in _frange(-20 * u, W + 20 * u, 20 * u)
        ]
        _shape(d, rnd, field + [(W + 20 * u, H + 20 * u), (-20 * u, H + 20 * u)], OCHRE, u)
        for i in range(9):
            yy = H * (0.64 + i * 0.045)
            pts = [
                (x, yy + math.sin(x / W * 4 + i * 0.3) * 10 * u)
                for x in _frange(-10 * u, W + 10 * u, 30 * u)
            ]
            _stroke(d, pts, BROWN, 3 * u)
        flip = rnd.choice((-1, 1))
        ox_x = W * 0.5 + flip * W * 0.08
        k = _wc_ox(
            d, rnd, u, ox_x, H * 0.93, min(W * 0.42, H * 0.5), flip, rnd.choice((INK, BROWN))
        )
        fx = ox_x - flip * W * 0.34
        _stroke(
            d,
            [k(-0.38, 0.5), (fx + flip * s_person * 0.3, H * 0.93 - s_person * 0.45)],
            BROWN,
            4 * u,
        )
        _wc_person(d, rnd, u, fx, H * 0.95, s_person * 1.4, people[0], "cheer", flip)
        for i in range(rnd.randint(1, 2)):
            _wc_flower(
                d, rnd, u, W * (0.06 + 0.88 * i), H * 0.8, H * 0.04, rnd.choice((RED, PINK, YELLOW))
            )
    else:  # harvest
        field = [
            (x, horizon + H * 0.12 + math.sin(x / W * 4) * 10 * u)
            for x in _frange(-20 * u, W + 20 * u, 20 * u)
        ]
        _shape(d, rnd, field + [(W + 20 * u, H + 20 * u), (-20 * u, H + 20 * u)], YELLOW, u)
        for row in range(4):
            yy = horizon + H * (0.19 + row * 0.14 + row * row * 0.012)
            scale = 0.7 + row * 0.3
            offset = (row % 2) * W * 0.06 * scale + rnd.uniform(0, 30) * u
            for x in _frange(offset, W, W * 0.13 * scale):
                if rnd.random() < 0.2:
                    continue
                sh = H * 0.055 * scale
                _shape(
                    d, rnd, [(x, yy - sh), (x + sh * 0.45, yy), (x - sh * 0.45, yy)], OCHRE, u, 2.5
                )
                d.line(
                    (x - sh * 0.2, yy - sh * 0.45, x + sh * 0.2, yy - sh * 0.45),
                    fill=RED,
                    width=round(3 * u),
                )
        for i in range(rnd.randint(2, 3)):
            px = W * (0.2 + 0.3 * i + rnd.uniform(-0.05, 0.05))
            _wc_person(
                d,
                rnd,
                u,
                px,
                H * rnd.uniform(0.86, 0.93),
                s_person * 1.3,
                people[i],
                rnd.choice(("pole", "sheaf", "cheer")),
                rnd.choice((-1, 1)),
            )
        _wc_house(
            d, rnd, u, W * rnd.uniform(0.05, 0.75), horizon + H * 0.13, W * 0.14, H * 0.08, RED
        )


def _draw_print(rnd, w, h, seed):
    img, d, u = _canvas(w, h, PAPER)
    variant = rnd.choice(("terraces", "village", "plough", "harvest"))
    _woodcut_scene(d, rnd, u, w * SS, h * SS, variant)
    _wc_frame(img, rnd, u)
    img = _down(img)
    img = _speckle(img, rnd, PAPER)
    img = _texture(img, rnd, 16)
    return _fibres(img, rnd, 120, (214, 204, 182))


def _draw_hero(rnd, w, h, seed):
    img, d, u = _canvas(w, h, PAPER)
    W, H = w * SS, h * SS
    sky = rnd.choice(((243, 222, 160), PAPER, (214, 226, 220)))
    d.rectangle((0, 0, W, H), fill=sky)
    horizon = H * 0.36
    sun_x = W * rnd.uniform(0.55, 0.8)
    _wc_sun(d, rnd, u, sun_x, H * 0.17, H * 0.1)
    _wc_cloud(d, rnd, u, W * rnd.uniform(0.15, 0.35), H * 0.2, H * 0.12, sky)
    _wc_mountains(d, rnd, u, -20 * u, W + 20 * u, horizon, H * 0.2, BLUE, LBLUE, peaks=7)
    _wc_mountains(
        d, rnd, u, -20 * u, W + 20 * u, horizon + H * 0.05, H * 0.1, GREEN, LGREEN, peaks=9
    )
    bands = _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.08, H * 0.64, 5)
    x = W * rnd.uniform(0.42, 0.5)
    f, _ = bands[1]
    while x < W * 0.95:
        hw = W * rnd.uniform(0.07, 0.1)
        _wc_house(
            d,
            rnd,
            u,
            x,
            f(x) + H * 0.06,
            hw,
            H * 0.09,
            rnd.choice((INK, RED, BLUE)),
            rnd.choice((WHITE, YELLOW)),
        )
        x += hw + W * rnd.uniform(0.02, 0.05)
    _wc_bamboo(d, rnd, u, W * 0.38, bands[2][0](W * 0.38) + H * 0.05, H * 0.3)
    _wc_river(d, rnd, u, 0, W, H * 0.7, H)
    _wc_boat(d, rnd, u, W * rnd.uniform(0.6, 0.8), H * 0.9, H * 0.22)
    for _ in range(3):
        _wc_duck(
            d,
            rnd,
            u,
            W * rnd.uniform(0.4, 0.95),
            H * rnd.uniform(0.78, 0.95),
            H * 0.045,
            rnd.choice((-1, 1)),
        )
    k = _wc_ox(d, rnd, u, W * 0.27, H * 0.67, H * 0.36, 1)
    _stroke(d, [k(-0.38, 0.5), (W * 0.12, H * 0.56)], BROWN, 4 * u)
    _wc_person(d, rnd, u, W * 0.1, H * 0.68, H * 0.24, RED, "cheer", 1)
    _wc_person(d, rnd, u, W * 0.47, H * 0.63, H * 0.2, BLUE, "pole", -1)
    for fx in (0.41,):
        _wc_flower(d, rnd, u, W * fx, H * 0.58, H * 0.035, rnd.choice((PINK, RED, ORANGE)))
    if rnd.random() < 0.5:  # mirror the composition for variety
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    _wc_frame(img, rnd, u)
    img = _down(img)
    img = _speckle(img, rnd, PAPER, 1, 0.1)  # light: the wide banner must stay small as JPEG
    return _texture(img, rnd, 14, fine=0.15)


def _draw_poster(rnd, w, h, seed):
    bg, ray, sun, fig, band = rnd.choice(
        (
            (RED, DRED, YELLOW, INK, YELLOW),
            (YELLOW, OCHRE, RED, DRED, RED),
            ((32, 70, 120), BLUE, YELLOW, INK, RED),
        )
    )
    img, d, u = _canvas(w, h, bg)
    W, H = w * SS, h * SS
    cx, cy = W * rnd.uniform(0.4, 0.6), H * rnd.uniform(0.36, 0.46)
    n = 28
    reach = 2 * max(W, H)
    for i in range(0, n, 2):
        a0, a1 = TAU * i / n, TAU * (i + 1) / n
        d.polygon(
            [
                (cx, cy),
                (cx + math.cos(a0) * reach, cy + math.sin(a0) * reach),
                (cx + math.cos(a1) * reach, cy + math.sin(a1) * reach),
            ],
            fill=ray,
        )
    r = W * rnd.uniform(0.2, 0.26)
    _shape(
        d,
        rnd,
        _ellipse_pts(cx, cy, r * 1.12, r * 1.12, 60),
        ORANGE if sun == YELLOW else YELLOW,
        u,
        0,
    )
    _shape(d, rnd, _ellipse_pts(cx, cy, r, r, 60), sun, u, 0)
    for _ in range(rnd.randint(2, 4)):
        bx, by, bs = (
            W * rnd.uniform(0.1, 0.9),
            H * rnd.uniform(0.08, 0.3),
            W * rnd.uniform(0.04, 0.07),
        )
        if math.hypot(bx - cx, by - cy) < r * 1.3:
            continue
        _shape(
            d,
            rnd,
            [
                (bx - bs, by),
                (bx - bs * 0.3, by - bs * 0.2),
                (bx, by + bs * 0.15),
                (bx + bs * 0.3, by - bs * 0.2),
                (bx + bs, by),
                (bx, by + bs * 0.35),
            ],
            WHITE,
            u,
            0,
        )
    ground = H * 0.84
    pts, _ = _ridge_pts(rnd, -10 * u, W + 10 * u, ground - H * 0.06, H * 0.12, 5, 16 * u)
    _shape(d, rnd, pts + [(W + 10 * u, H), (-10 * u, H)], ray, u, 0)
    pts, _ = _ridge_pts(rnd, -10 * u, W + 10 * u, ground, H * 0.07, 6, 16 * u)
    _shape(d, rnd, pts + [(W + 10 * u, H), (-10 * u, H)], _mix(ray, fig, 0.5), u, 0)
    d.rectangle((0, ground, W, H), fill=fig)
    # a heroic figure in front of the sun, a small crowd on either side
    poses = ["cheer", "flag", "hoe", "pole", "sheaf"]
    rnd.shuffle(poses)
    _wc_person(
        d,
        rnd,
        u,
        cx,
        ground + H * 0.02,
        H * 0.4,
        pose=rnd.choice(("cheer", "flag")),
        flip=rnd.choice((-1, 1)),
        mono=fig,
    )
    count = rnd.randint(2, 3)
    for side in (-1, 1):
        for i in range(count):
            x = cx + side * (W * 0.2 + i * W * 0.13) + rnd.uniform(-0.02, 0.02) * W
            if -W * 0.02 < x < W * 1.02:
                s = H * rnd.uniform(0.15, 0.2) * (1 - i * 0.12)
                _wc_person(
                    d,
                    rnd,
                    u,
                    x,
                    ground + H * 0.01,
                    s,
                    pose=poses[(i + (side > 0) * 2) % 5],
                    flip=-side,
                    mono=fig,
                )
    # bottom band with a repeated wave/cloud motif
    by = H * 0.87
    d.rectangle((0, by, W, H), fill=band)
    motif = bg if band != bg else fig
    step = W / 10
    for i in range(11):
        mx = i * step
        d.arc(
            (mx - step * 0.4, by + H * 0.025, mx + step * 0.4, by + H * 0.09),
            180,
            360,
            fill=motif,
            width=round(6 * u),
        )
        rr = step * 0.12
        d.ellipse(
            (mx - rr + step / 2, by + H * 0.075 - rr, mx + rr + step / 2, by + H * 0.075 + rr),
            fill=motif,
        )
    d.rectangle((0, by - 7 * u, W, by), fill=motif)
    top = H * 0.035
    d.rectangle((0, 0, W, top), fill=band)
    for i in range(14):
        mx = (i + 0.5) * W / 14
        d.regular_polygon((mx, top / 2, top * 0.32), 4, fill=motif)
    img = _down(img)
    img = _speckle(img, rnd, (236, 224, 200), 3, 0.4)
    return _texture(img, rnd, 14)
