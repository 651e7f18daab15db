"""Newspapers and thread-bound books."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageOps

from .canvas import _backdrop, _canvas, _down, _place, _shade, _smooth_noise
from .palette import BILINEAR, SS
from .photo import _river_town
from .writing import _aged_paper, _glyph


def _text_lines(d, rnd, x0, x1, y0, y1, pitch, fill, para=0.12):
    y = y0
    indent = True
    while y + pitch * 0.6 < y1:
        start = x0 + (pitch * 2 if indent else 0)
        end = x1 if rnd.random() > para else x0 + rnd.uniform(0.2, 0.8) * (x1 - x0)
        indent = end < x1
        x = start
        while x < end:
            seg = min(end, x + rnd.uniform(4, 16) * pitch * 0.7)
            d.rectangle((x, y, seg, y + pitch * 0.5), fill=fill)
            x = seg + pitch * 0.7
        y += pitch


def _halftone(d, rnd, box, cell, ink, u):
    """A newspaper halftone: dots sized by the darkness of a small river-town scene."""
    x0, y0, x1, y1 = box
    cols, rows = int((x1 - x0) / cell), int((y1 - y0) / cell)
    sw = 360
    sh = max(8, round(sw * rows / cols))
    scene, _, su = _canvas(sw, sh, 200, "L")
    _river_town(scene, rnd, su)
    small = ImageOps.autocontrast(scene.resize((cols, rows), Image.Resampling.BOX), cutoff=2)
    data = small.tobytes()
    for j in range(rows):
        for i in range(cols):
            dark = ((255 - data[j * cols + i]) / 255) ** 1.4
            r = cell * 0.68 * math.sqrt(dark)
            if r > 0.5:
                cx, cy = x0 + (i + 0.5) * cell, y0 + (j + 0.5) * cell
                d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
    d.rectangle(box, outline=ink, width=round(1.5 * u))


def _draw_newspaper(rnd, w, h, seed):
    paper = rnd.choice(((226, 214, 184), (232, 220, 190), (222, 208, 174)))
    img, d, u = _canvas(w, h, paper)
    W, H = w * SS, h * SS
    ink, grey = (38, 34, 30), (128, 120, 106)
    m = W * 0.055
    # masthead: bold brush "title" marks, a date block and rules
    mh = H * 0.12
    red = rnd.random() < 0.5
    n = rnd.randint(3, 4)
    cw = mh * 0.8
    for i in range(n):
        _glyph(
            d,
            rnd,
            m + cw * (i + 0.55),
            m + mh * 0.5,
            cw * 0.9,
            cw * 0.12,
            (170, 40, 34) if red else ink,
        )
    bx = W - m - W * 0.28
    d.rectangle((bx, m + mh * 0.15, W - m, m + mh * 0.85), outline=ink, width=round(1.5 * u))
    _text_lines(d, rnd, bx + 8 * u, W - m - 8 * u, m + mh * 0.25, m + mh * 0.8, 9 * u, grey, 0)
    y = m + mh + 6 * u
    d.rectangle((m, y, W - m, y + 5 * u), fill=ink)
    d.rectangle((m, y + 9 * u, W - m, y + 10.5 * u), fill=ink)
    y += 22 * u
    cols = rnd.choice((4, 5))
    gap = 14 * u
    col_w = (W - 2 * m - gap * (cols - 1)) / cols
    bottom = H - m
    pitch = 10.5 * u

    def col_x(i):
        return m + i * (col_w + gap)

    # lead story across several columns, with a halftone picture
    span = rnd.randint(2, cols - 1)
    lx0, lx1 = col_x(0), col_x(span - 1) + col_w
    hy = y
    for k in range(2):
        cx = lx0 + 14 * u
        while cx < lx1 - 40 * u and cx < lx0 + (lx1 - lx0) * (0.95 - 0.25 * k):
            _glyph(d, rnd, cx + 14 * u, hy + 16 * u, 30 * u, 4.6 * u, ink)
            cx += 34 * u
        hy += 40 * u
    pic_h = (lx1 - lx0) * 0.62
    _halftone(d, rnd, (lx0, hy, lx1, hy + pic_h), 6.5 * u, ink, u)
    ty = hy + pic_h + 12 * u
    lead_bottom = ty + H * rnd.uniform(0.12, 0.2)
    for i in range(span):
        _text_lines(d, rnd, col_x(i), col_x(i) + col_w, ty, lead_bottom, pitch, grey)
    d.line((lx0, lead_bottom + 6 * u, lx1, lead_bottom + 6 * u), fill=ink, width=round(1.5 * u))
    # other stories fill the columns
    for i in range(cols):
        cy = y if i >= span else lead_bottom + 18 * u
        while cy < bottom - 80 * u:
            story = min(bottom, cy + H * rnd.uniform(0.14, 0.32))
            for _ in range(rnd.randint(1, 2)):
                cx = col_x(i) + 10 * u
                while cx < col_x(i) + col_w - 24 * u:
                    _glyph(d, rnd, cx + 9 * u, cy + 11 * u, 19 * u, 3.3 * u, ink)
                    cx += 22 * u
                cy += 26 * u
            cy += 6 * u
            if story - cy > 120 * u and rnd.random() < 0.2:
                ph = min(story - cy - 40 * u, col_w * 0.8)
                _halftone(d, rnd, (col_x(i), cy, col_x(i) + col_w, cy + ph), 6 * u, ink, u)
                cy += ph + 10 * u
            _text_lines(d, rnd, col_x(i), col_x(i) + col_w, cy, story, pitch, grey)
            cy = story + 8 * u
            if cy < bottom - 80 * u:
                d.line(
                    (col_x(i), cy - 4 * u, col_x(i) + col_w, cy - 4 * u),
                    fill=ink,
                    width=round(1.2 * u),
                )
                cy += 8 * u
        if i:
            x = col_x(i) - gap / 2
            d.line(
                (x, y if i >= span else lead_bottom + 12 * u, x, bottom),
                fill=ink,
                width=round(1 * u),
            )
    img = _down(img)
    return _aged_paper(img, rnd, (255, 246, 222), rnd.randint(1, 4))


def _draw_book(rnd, w, h, seed):
    bg = _backdrop(w, h, rnd, (196, 190, 180), (226, 220, 210))
    layer, d, u = _canvas(w, h, (60, 60, 70, 0), "RGBA")
    W, H = w * SS, h * SS
    bw, bh = W * rnd.uniform(0.62, 0.7), H * rnd.uniform(0.72, 0.78)
    x0, y0 = (W - bw) / 2, (H - bh) / 2 - H * 0.01
    x1, y1 = x0 + bw, y0 + bh
    cover = rnd.choice(((34, 48, 84), (40, 56, 92), (30, 40, 70), (58, 70, 96)))
    # page block thickness
    d.rectangle((x0 + 4 * u, y0 + 8 * u, x1 + 3 * u, y1 + 12 * u), fill=(226, 216, 190, 255))
    for k in range(1, 6):
        d.line(
            (x0 + 4 * u, y1 + k * 2 * u, x1 + 3 * u, y1 + k * 2 * u),
            fill=(200, 188, 160, 255),
            width=1,
        )
    d.rectangle((x0, y0, x1, y1), fill=cover + (255,))
    for _ in range(500):
        x, y = rnd.uniform(x0 + 8 * u, x1 - 8 * u), rnd.uniform(y0 + 2 * u, y1 - 2 * u)
        d.line(
            (x, y, x + rnd.uniform(-6, 6) * u, y + rnd.uniform(-1, 1) * u),
            fill=_shade(cover, rnd.choice((0.8, 1.25))) + (255,),
            width=1,
        )
    d.rectangle((x0, y0, x1, y1), outline=_shade(cover, 1.4) + (255,), width=round(2 * u))
    # title slip at the upper left, with a few ink marks
    sw_, sh_ = bw * 0.17, bh * rnd.uniform(0.45, 0.58)
    sx, sy = x0 + bw * 0.07, y0 + bh * 0.05
    slip = rnd.choice(((238, 230, 208), (232, 222, 196)))
    d.rectangle(
        (sx, sy, sx + sw_, sy + sh_),
        fill=slip + (255,),
        outline=_shade(slip, 0.8) + (255,),
        width=round(1.5 * u),
    )
    d.rectangle(
        (sx + 6 * u, sy + 6 * u, sx + sw_ - 6 * u, sy + sh_ - 6 * u),
        outline=(150, 60, 50, 255),
        width=round(1.2 * u),
    )
    c = sw_ * 0.5
    gy = sy + c * 0.9
    for _ in range(rnd.randint(3, 5)):
        if gy > sy + sh_ - c * 1.5:
            break
        _glyph(d, rnd, sx + sw_ / 2, gy, c, c * 0.12, (30, 26, 24, 255))
        gy += c * 1.2
    if rnd.random() < 0.6:
        _glyph(d, rnd, sx + sw_ * 0.62, sy + sh_ - c * 0.9, c * 0.55, c * 0.07, (30, 26, 24, 255))
    # stitching along the right edge (four-hole binding) and silk corner guards
    thread = (226, 220, 204, 255)
    hx = x1 - bw * 0.07
    holes = [y0 + bh * t for t in (0.07, 0.36, 0.64, 0.93)]
    for cy in (y0, y1 - bh * 0.04):
        d.rectangle(
            (x1 - bw * 0.04, cy, x1, cy + bh * 0.04),
            fill=rnd.choice(((150, 60, 48), (120, 96, 60))) + (255,),
        )
    tw = round(3 * u)
    d.line((hx, y0, hx, y1), fill=thread, width=tw)
    for hy in holes:
        d.line((hx, hy, x1, hy), fill=thread, width=tw)
        r = 3.4 * u
        d.ellipse((hx - r, hy - r, hx + r, hy + r), fill=(20, 20, 26, 255))
    d.line(
        (x1 - bw * 0.1, y0, x1 - bw * 0.1, y1),
        fill=_shade(cover, 0.7) + (255,),
        width=round(1.5 * u),
    )
    layer = _down(layer)
    # mottled paper-and-cloth texture over the whole book
    tex = _smooth_noise(rnd, layer.size, 15).point(lambda v: 205 + v // 5)
    rgb = ImageChops.multiply(layer.convert("RGB"), Image.merge("RGB", (tex, tex, tex)))
    layer = Image.merge("RGBA", (*rgb.split(), layer.getchannel("A")))
    if rnd.random() < 0.7:
        layer = layer.rotate(rnd.uniform(-4, 4), resample=BILINEAR)
    return _place(bg, layer, rnd, (12, 16), 16, 0.55)
