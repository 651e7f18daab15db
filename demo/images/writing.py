"""Manuscripts and letters: brush-mark columns, never real characters."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFilter

from .canvas import (
    _brush,
    _canvas,
    _chaikin,
    _down,
    _ellipse_pts,
    _fibres,
    _rough,
    _shade,
    _stains,
    _stroke,
    _texture,
    _vignette,
)
from .ink import _seal
from .palette import SS


def _glyph(d, rnd, cx, cy, c, w, fill):
    """A character-like cluster of brush strokes in a cell of size c (not real text)."""
    if rnd.random() < 0.3:  # an enclosed box component
        bx, by = cx + rnd.uniform(-0.25, 0.05) * c, cy + rnd.uniform(-0.3, 0.1) * c
        bw, bh = rnd.uniform(0.25, 0.4) * c, rnd.uniform(0.2, 0.35) * c
        _brush(d, (bx, by), (bx, by + bh), w, w * 0.8, fill)
        _brush(d, (bx, by), (bx + bw, by), w * 0.8, w, fill)
        _brush(d, (bx + bw, by), (bx + bw, by + bh), w, w * 0.9, fill)
        _brush(d, (bx, by + bh), (bx + bw, by + bh), w * 0.8, w * 0.8, fill)
    for _ in range(rnd.randint(3, 6)):
        t = rnd.random()
        if t < 0.36:  # horizontal
            y = cy + rnd.uniform(-0.42, 0.42) * c
            x0, x1 = cx - rnd.uniform(0.1, 0.44) * c, cx + rnd.uniform(0.1, 0.44) * c
            _brush(d, (x0, y), (x1, y - 0.04 * c), w * 0.8, w * 1.05, fill)
        elif t < 0.6:  # vertical
            x = cx + rnd.uniform(-0.35, 0.35) * c
            y0, y1 = cy - rnd.uniform(0.1, 0.46) * c, cy + rnd.uniform(0.1, 0.46) * c
            _brush(d, (x, y0), (x, y1), w * 1.05, w * 0.7, fill)
        elif t < 0.74:  # left-falling
            x0, y0 = cx + rnd.uniform(-0.05, 0.3) * c, cy + rnd.uniform(-0.45, 0.0) * c
            _brush(
                d,
                (x0, y0),
                (x0 - rnd.uniform(0.2, 0.4) * c, y0 + rnd.uniform(0.25, 0.45) * c),
                w,
                w * 0.3,
                fill,
            )
        elif t < 0.86:  # right-falling
            x0, y0 = cx + rnd.uniform(-0.3, 0.05) * c, cy + rnd.uniform(-0.3, 0.1) * c
            _brush(
                d,
                (x0, y0),
                (x0 + rnd.uniform(0.25, 0.4) * c, y0 + rnd.uniform(0.2, 0.35) * c),
                w * 0.5,
                w * 1.3,
                fill,
            )
        else:  # dot
            x0, y0 = cx + rnd.uniform(-0.35, 0.35) * c, cy + rnd.uniform(-0.4, 0.4) * c
            _brush(d, (x0, y0), (x0 + 0.06 * c, y0 + 0.09 * c), w * 1.2, w * 0.8, fill)


def _aged_paper(img, rnd, tint, stains=4):
    img = _texture(img, rnd, 20, tint)
    img = _fibres(img, rnd, 160, _shade(tint, 0.86))
    img = _stains(img, rnd, stains, (150, 112, 64), 55)
    return _vignette(img, 0.55, (120, 84, 44), 3.0, 0.7)


def _draw_manuscript(rnd, w, h, seed):
    paper = rnd.choice(((228, 206, 160), (222, 200, 150), (232, 214, 176)))
    img, d, u = _canvas(w, h, paper)
    W, H = w * SS, h * SS
    ink = rnd.choice(((34, 28, 24), (44, 34, 28)))
    mx, top, bottom = W * 0.09, H * 0.08, H * 0.9
    cols = rnd.randint(9, 12)
    col_w = (W - 2 * mx) / cols
    c = col_w * 0.62
    if rnd.random() < 0.6:
        rule = _shade(paper, 0.8)
        d.rectangle(
            (mx - col_w * 0.1, top - c * 0.6, W - mx + col_w * 0.1, bottom + c * 0.4),
            outline=rule,
            width=round(2 * u),
        )
        for i in range(1, cols):
            x = mx + i * col_w
            d.line((x, top - c * 0.6, x, bottom + c * 0.4), fill=rule, width=round(1.2 * u))
    # text columns run right to left; the leftmost column holds a short signature and a seal
    for i in range(cols - 1):
        cx = W - mx - (i + 0.5) * col_w
        size = c * 1.1 if i == 0 else c
        n = rnd.randint(4, 7) if i == 0 else int((bottom - top) / (c * 1.15))
        if i > 0 and rnd.random() < 0.12:
            continue  # blank column between sections
        if i > 0 and (rnd.random() < 0.3 or i == cols - 2):
            n = rnd.randint(3, n)
        y = top + size / 2 + (size * 2 if i > 0 and rnd.random() < 0.2 else 0)
        for _ in range(n):
            if y > bottom:
                break
            if rnd.random() < 0.1 and i > 0:  # small double-column annotation
                for dx in (-0.22, 0.22):
                    _glyph(d, rnd, cx + dx * col_w, y, size * 0.42, size * 0.06, ink)
            else:
                _glyph(d, rnd, cx, y, size, size * 0.11 * rnd.uniform(0.85, 1.15), ink)
            y += size * rnd.uniform(1.08, 1.22)
    cx = mx + 0.5 * col_w
    ss = col_w * 0.8
    y = bottom - ss * 1.3 - c * 3.6
    for _ in range(3):
        _glyph(d, rnd, cx, y, c * 0.85, c * 0.09, ink)
        y += c * 1.1
    _seal(d, rnd, cx - ss / 2, bottom - ss * 1.1, ss, (176, 46, 36), paper)
    if rnd.random() < 0.5:  # a collector's seal near the title
        _seal(d, rnd, W - mx - col_w * 0.05, top - c * 0.4, ss * 0.6, (170, 50, 40), paper)
    img = _down(img)
    # worm holes
    hd = ImageDraw.Draw(img)
    for _ in range(rnd.randint(0, 6)):
        x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(2, 6)
        hd.polygon(
            _rough(rnd, _ellipse_pts(x, y, r, r * rnd.uniform(0.5, 1), 8), r * 0.3, 0),
            fill=(92, 70, 46),
        )
    return _aged_paper(img, rnd, (255, 244, 220), rnd.randint(2, 6))


def _cursive(rnd, x, y, c):
    """Running-script-like strokes for one character cell centred at (x, y) (not real text)."""
    strokes = []
    for _ in range(rnd.randint(1, 3)):
        px, py = x + rnd.uniform(-0.35, 0.1) * c, y + rnd.uniform(-0.45, 0.0) * c
        pts = [(px, py)]
        for _ in range(rnd.randint(2, 5)):
            move = rnd.random()
            if move < 0.4:  # across
                px, py = px + rnd.uniform(0.25, 0.6) * c, py + rnd.uniform(-0.1, 0.04) * c
            elif move < 0.68:  # down
                px, py = px + rnd.uniform(-0.1, 0.1) * c, py + rnd.uniform(0.2, 0.45) * c
            elif move < 0.86:  # down-left sweep
                px, py = px - rnd.uniform(0.2, 0.45) * c, py + rnd.uniform(0.15, 0.35) * c
            else:  # down-right
                px, py = px + rnd.uniform(0.15, 0.35) * c, py + rnd.uniform(0.15, 0.3) * c
            px = min(x + 0.45 * c, max(x - 0.45 * c, px))
            py = min(y + 0.5 * c, max(y - 0.5 * c, py))
            pts.append((px, py))
        strokes.append(_chaikin(pts, 2, closed=False))
    return strokes


def _draw_letter(rnd, w, h, seed):
    paper = rnd.choice(((244, 236, 216), (240, 230, 206), (238, 234, 222)))
    red = rnd.choice(((196, 64, 52), (186, 78, 60), (170, 60, 56)))
    img, d, u = _canvas(w, h, paper)
    W, H = w * SS, h * SS
    x0, x1, y0, y1 = W * 0.1, W * 0.9, H * 0.1, H * 0.88
    d.rectangle((x0, y0, x1, y1), outline=red, width=round(2.4 * u))
    d.line((x0, y0 + 8 * u, x1, y0 + 8 * u), fill=red, width=round(1.2 * u))
    d.line((x0, y1 - 8 * u, x1, y1 - 8 * u), fill=red, width=round(1.2 * u))
    col_w = (x1 - x0) / 8
    for i in range(1, 8):
        d.line(
            (x0 + i * col_w, y0 + 8 * u, x0 + i * col_w, y1 - 8 * u), fill=red, width=round(1.3 * u)
        )
    if rnd.random() < 0.5:  # small printed motif in the corner of the sheet
        cx, cy, r = x1 - col_w * 0.5, y1 + H * 0.045, H * 0.018
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=round(2 * u))
        d.regular_polygon((cx, cy, r * 0.6), 4, rotation=45, fill=red)
    ink = rnd.choice(((34, 40, 66), (30, 28, 26), (56, 40, 34)))
    c = col_w * 0.52
    lw = 3.4 * u
    n_cols = rnd.randint(5, 7)
    for i in range(n_cols):
        cx = x1 - (i + 0.5) * col_w
        y = y0 + 20 * u + c * 0.6 + (c if i == 0 else 0)
        end = y1 - 20 * u - (rnd.uniform(0.1, 0.6) * (y1 - y0) if i == n_cols - 1 else 0)
        prev = None
        while y < end - c * 0.5:
            cc = c * rnd.uniform(0.8, 1.1)
            strokes = _cursive(rnd, cx + rnd.uniform(-0.08, 0.08) * col_w, y, cc)
            if prev is not None and rnd.random() < 0.3:  # a linking hairline
                link = _chaikin(
                    [
                        prev,
                        (
                            (prev[0] + strokes[0][0][0]) / 2 + 4 * u,
                            (prev[1] + strokes[0][0][1]) / 2,
                        ),
                        strokes[0][0],
                    ],
                    2,
                    False,
                )
                _stroke(d, link, ink, lw * 0.5)
            for pts in strokes:
                _stroke(d, pts, ink, lw * rnd.uniform(0.85, 1.15))
            prev = strokes[-1][-1]
            y += cc * rnd.uniform(1.05, 1.25)
            if rnd.random() < 0.06:
                y += cc * 0.8
                prev = None
    # signature block at the lower left
    sx = x1 - (n_cols + 0.5) * col_w
    if sx > x0:
        y = y1 - H * 0.22
        for _ in range(3):
            for pts in _cursive(rnd, sx, y, c * 0.8):
                _stroke(d, pts, ink, lw)
            y += c * 0.9
    img = _down(img)
    # fold creases: letters were folded in three across and once down
    shade = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(shade)
    folds_y = [h * 0.36 + rnd.uniform(-8, 8), h * 0.68 + rnd.uniform(-8, 8)]
    fold_x = w * 0.5 + rnd.uniform(-6, 6)
    for fy in folds_y:
        sd.line((0, fy, w, fy + rnd.uniform(-4, 4)), fill=70, width=5)
    sd.line((fold_x, 0, fold_x + rnd.uniform(-4, 4), h), fill=60, width=5)
    shade = shade.filter(ImageFilter.GaussianBlur(3))
    img = Image.composite(Image.new("RGB", (w, h), (150, 130, 100)), img, shade)
    hl = ImageDraw.Draw(img)
    for fy in folds_y:
        hl.line((0, fy + 2, w, fy + 2), fill=_shade(paper, 1.03), width=1)
    hl.line((fold_x + 2, 0, fold_x + 2, h), fill=_shade(paper, 1.03), width=1)
    img = _texture(img, rnd, 14, (255, 250, 236))
    img = _fibres(img, rnd, 100, _shade(paper, 0.9))
    img = _stains(img, rnd, rnd.randint(0, 3), (170, 140, 90), 40)
    return _vignette(img, 0.4, (140, 110, 70), 3.0, 0.7)
