"""Objects on a backdrop, tapes and film."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .canvas import (
    _backdrop,
    _brush,
    _canvas,
    _chaikin,
    _down,
    _lerp,
    _place,
    _sepia,
    _shade,
    _speckle,
)
from .landscape import _frange
from .palette import BILINEAR, PAPER, SS, TAU
from .photo import _river_town
from .woodcut import _woodcut_scene


def _draw_object(rnd, w, h, seed):
    bg = _backdrop(w, h, rnd)
    if rnd.random() < 0.5:
        layer = _woodblock(rnd, w, h)
    else:
        layer = _bowl(rnd, w, h)
    return _place(bg, layer, rnd, (16, 22), 22, 0.5)


def _woodblock(rnd, w, h):
    layer, d, u = _canvas(w, h, (120, 80, 50, 0), "RGBA")
    W, H = w * SS, h * SS
    bw, bh = W * 0.62, H * 0.5
    x0, y0 = (W - bw) / 2, H * 0.2
    thick = H * 0.08
    wood = rnd.choice(((196, 150, 100), (180, 132, 86), (206, 164, 112)))
    # front face (side grain)
    d.rectangle((x0, y0 + bh, x0 + bw, y0 + bh + thick), fill=_shade(wood, 0.72) + (255,))
    for _ in range(14):
        yy = y0 + bh + rnd.uniform(0.1, 0.9) * thick
        pts = [(x, yy + math.sin(x / (40 * u) + yy) * 2 * u) for x in _frange(x0, x0 + bw, 20 * u)]
        d.line(pts, fill=_shade(wood, 0.6) + (255,), width=round(1.2 * u))
    # carved top: a mirrored woodcut motif, raised parts inked
    # the motif is drawn at half size (cheaper), scaled up and thresholded into raised lines
    motif = Image.new("RGB", (int(bw / 2), int(bh / 2)), PAPER)
    variant = rnd.choice(("terraces", "village", "plough"))
    _woodcut_scene(
        ImageDraw.Draw(motif), rnd, min(motif.size) / 900, motif.width, motif.height, variant
    )
    motif = (
        motif.convert("L")
        .resize((int(bw), int(bh)), BILINEAR)
        .transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    )
    raised = motif.point(lambda v: 255 if v < 130 else 0)
    inked = rnd.choice(((38, 30, 28), (60, 28, 24)))
    carved = Image.new("RGB", raised.size, _shade(wood, 0.9))
    cd = ImageDraw.Draw(carved)
    for _ in range(60):
        yy = rnd.uniform(0, bh)
        cd.line(
            [(x, yy + math.sin(x / (60 * u) + yy) * 4 * u) for x in _frange(0, bw, 24 * u)],
            fill=_shade(wood, 0.8),
            width=round(1.2 * u),
        )
    # carved-away areas catch a shadow next to the raised lines
    shadow = ImageChops.subtract(ImageChops.offset(raised, round(3 * u), round(3 * u)), raised)
    carved = Image.composite(Image.new("RGB", raised.size, _shade(wood, 0.62)), carved, shadow)
    top = Image.composite(Image.new("RGB", raised.size, inked), carved, raised)
    top = _speckle(top, rnd, _shade(wood, 1.05), 6, 0.3)
    layer.paste(top, (int(x0), int(y0)))
    d = ImageDraw.Draw(layer)
    d.rectangle((x0, y0, x0 + bw, y0 + bh), outline=_shade(wood, 1.1) + (255,), width=round(3 * u))
    d.line((x0, y0 + bh, x0 + bw, y0 + bh), fill=_shade(wood, 0.55) + (255,), width=round(2 * u))
    layer = _down(layer)
    return layer.rotate(rnd.uniform(-6, 6), resample=BILINEAR)


def _bowl(rnd, w, h):
    glaze = rnd.choice(("blue-white", "celadon", "tenmoku"))
    base = {"blue-white": (232, 234, 230), "celadon": (150, 178, 156), "tenmoku": (70, 46, 34)}[
        glaze
    ]
    layer, d, u = _canvas(w, h, base + (0,), "RGBA")
    W, H = w * SS, h * SS
    cx, cy = W / 2, H * 0.38
    rx, ry, depth = W * 0.3, H * 0.075, H * 0.36
    fw, fh = rx * 0.34, H * 0.022
    prof = [
        (cx + rx * math.cos(t), cy + depth * math.sin(t) ** 1.3)
        for t in _frange(0, math.pi + 1e-6, math.pi / 60)
    ]
    body = prof + [(cx - rx, cy)]
    d.polygon(
        [
            (cx - fw, cy + depth * 0.9),
            (cx + fw, cy + depth * 0.9),
            (cx + fw * 0.92, cy + depth + fh),
            (cx - fw * 0.92, cy + depth + fh),
        ],
        fill=_shade(base, 0.8) + (255,),
    )
    d.polygon(body, fill=base + (255,))
    d.chord((cx - rx, cy - ry, cx + rx, cy + ry), 0, 180, fill=base + (255,))
    if glaze == "blue-white":
        blue = (40, 64, 140, 255)
        for f, wd in ((0.12, 3), (0.2, 1.5), (0.72, 2.5), (0.8, 1.5)):
            yy = cy + depth * f
            rr = rx * math.sqrt(max(0.0, 1 - f ** (2 / 1.3))) * 0.99
            d.arc(
                (cx - rr, yy - ry * 0.9, cx + rr, yy + ry * 0.9),
                5,
                175,
                fill=blue,
                width=round(wd * u),
            )
        for t in _frange(0.15, math.pi - 0.15, math.pi / 9):
            f = 0.45
            rr = rx * math.sqrt(1 - f ** (2 / 1.3))
            px, py = cx + rr * math.cos(t), cy + depth * f + ry * 0.9 * math.sin(t)
            s = 16 * u * math.sin(t) + 6 * u
            d.ellipse(
                (px - s, py - s * 0.7, px + s, py + s * 0.7), outline=blue, width=round(2.5 * u)
            )
            d.arc(
                (px - s * 1.6, py - s * 1.4, px + s * 0.4, py + s * 0.6),
                200,
                330,
                fill=blue,
                width=round(2 * u),
            )
            d.ellipse((px - s * 0.3, py - s * 0.3, px + s * 0.3, py + s * 0.3), fill=blue)
    elif glaze == "celadon":
        for _ in range(80):
            t = rnd.uniform(0.1, math.pi - 0.1)
            f = rnd.uniform(0.1, 0.9)
            rr = rx * math.sqrt(max(0.0, 1 - f ** (2 / 1.3)))
            px, py = cx + rr * math.cos(t), cy + depth * f + ry * math.sin(t) * 0.8
            d.line(
                (px, py, px + rnd.uniform(-20, 20) * u, py + rnd.uniform(-12, 12) * u),
                fill=_shade(base, 0.8) + (255,),
                width=1,
            )
    else:
        for t in _frange(0.15, math.pi - 0.15, 0.07):
            px = cx + rx * math.cos(t) * 0.97
            y0 = cy + ry * math.sin(t) * 0.9
            ln = depth * rnd.uniform(0.2, 0.6) * math.sin(t) ** 0.5
            wd = rnd.uniform(3, 8) * u * math.sin(t)
            _brush(d, (px, y0), (px + (cx - px) * 0.08, y0 + ln), wd, wd * 0.2, (146, 84, 46, 255))
    # interior and rim
    inner = _shade(base, 0.82)
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=inner + (255,))
    d.ellipse(
        (cx - rx * 0.6, cy - ry * 0.2, cx + rx * 0.6, cy + ry * 0.75),
        fill=_shade(base, 0.9) + (255,),
    )
    d.ellipse(
        (cx - rx, cy - ry, cx + rx, cy + ry),
        outline=_shade(base, 1.15) + (255,),
        width=round(5 * u),
    )
    if glaze == "blue-white":
        d.ellipse(
            (cx - rx * 0.97, cy - ry * 0.9, cx + rx * 0.97, cy + ry * 0.9),
            outline=(40, 64, 140, 255),
            width=round(2 * u),
        )
    layer = _down(layer)
    # shading: darker on the right, highlight on the left
    lw, lh = layer.size
    shade = Image.new("L", (lw, lh), 0)
    sd = ImageDraw.Draw(shade)
    bx0, bx1 = (cx - rx) / SS, (cx + rx) / SS
    for i in range(40):
        x = _lerp(bx0, bx1, i / 40)
        sd.rectangle((x, 0, x + (bx1 - bx0) / 40 + 1, lh), fill=int(150 * (i / 39) ** 1.6))
    sd.rectangle((0, 0, lw, (cy + ry * 0.6) / SS), fill=0)
    shade = shade.filter(ImageFilter.GaussianBlur(8))
    rgb = Image.composite(
        Image.new("RGB", (lw, lh), _shade(base, 0.45)), layer.convert("RGB"), shade
    )
    hl = Image.new("L", (lw, lh), 0)
    hx, hy = (cx - rx * 0.55) / SS, (cy + depth * 0.35) / SS
    ImageDraw.Draw(hl).ellipse(
        (hx - rx * 0.06 / SS, hy - depth * 0.2 / SS, hx + rx * 0.06 / SS, hy + depth * 0.2 / SS),
        fill=150,
    )
    rgb = Image.composite(
        Image.new("RGB", (lw, lh), (255, 255, 255)), rgb, hl.filter(ImageFilter.GaussianBlur(10))
    )
    return Image.merge("RGBA", (*rgb.split(), layer.getchannel("A")))


def _draw_audio(rnd, w, h, seed):
    bg = _backdrop(w, h, rnd, (196, 196, 192), (226, 226, 222))
    layer = _cassette(rnd, w, h) if rnd.random() < 0.55 else _reel(rnd, w, h)
    return _place(bg, layer, rnd, (14, 18), 16, 0.5)


def _cassette(rnd, w, h):
    shell = rnd.choice(((44, 44, 48), (222, 220, 212), (60, 70, 86), (176, 58, 48)))
    layer, d, u = _canvas(w, h, shell + (0,), "RGBA")
    W, H = w * SS, h * SS
    bw = W * 0.7
    bh = bw * 0.63
    x0, y0 = (W - bw) / 2, (H - bh) / 2
    x1, y1 = x0 + bw, y0 + bh
    a = 255
    d.rounded_rectangle(
        (x0, y0, x1, y1),
        radius=bw * 0.04,
        fill=shell + (a,),
        outline=_shade(shell, 0.7) + (a,),
        width=round(2 * u),
    )
    # label with coloured stripes and blank writing lines
    lx0, ly0, lx1, ly1 = x0 + bw * 0.06, y0 + bh * 0.06, x1 - bw * 0.06, y0 + bh * 0.68
    label = rnd.choice(((240, 234, 214), (236, 236, 230), (246, 222, 160)))
    d.rounded_rectangle((lx0, ly0, lx1, ly1), radius=bw * 0.02, fill=label + (a,))
    stripes = rnd.choice(
        (
            ((214, 86, 40), (236, 170, 50)),
            ((40, 90, 160), (90, 160, 200)),
            ((180, 40, 50), (40, 40, 40)),
        )
    )
    for k, col in enumerate(stripes):
        yy = ly0 + (ly1 - ly0) * (0.6 + k * 0.1)
        d.rectangle((lx0, yy, lx1, yy + (ly1 - ly0) * 0.08), fill=col + (a,))
    for k in range(2):
        yy = ly0 + (ly1 - ly0) * (0.14 + k * 0.12)
        d.line(
            (lx0 + bw * 0.04, yy, lx1 - bw * 0.04, yy),
            fill=(170, 164, 150, a),
            width=round(1.5 * u),
        )
    # window with the two reels of tape
    wx0, wy0 = x0 + bw * 0.22, y0 + bh * 0.27
    wx1, wy1 = x1 - bw * 0.22, y0 + bh * 0.53
    win = Image.new("RGBA", (int(wx1 - wx0), int(wy1 - wy0)), (70, 62, 56, 255))
    wd = ImageDraw.Draw(win)
    fill_l = rnd.uniform(0.2, 1.0)
    for k, frac in ((0, fill_l), (1, 1.2 - fill_l)):
        cx = (wx1 - wx0) / 2 + (-1 if k == 0 else 1) * bw * 0.2
        cy = (wy1 - wy0) / 2
        r = bh * (0.085 + 0.16 * frac)
        wd.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(92, 58, 38, 255))
        for rr in _frange(bh * 0.08, r, 5 * u):
            wd.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=(104, 68, 44, 255), width=1)
    wm = Image.new("L", win.size, 0)
    ImageDraw.Draw(wm).rounded_rectangle(
        (0, 0, win.width - 1, win.height - 1), radius=win.height * 0.3, fill=255
    )
    layer.paste(win, (int(wx0), int(wy0)), wm)
    d = ImageDraw.Draw(layer)
    for k in (-1, 1):
        cx, cy = x0 + bw / 2 + k * bw * 0.2, (wy0 + wy1) / 2
        r = bh * 0.075
        d.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            fill=(236, 234, 226, a),
            outline=(120, 120, 120, a),
            width=round(1.5 * u),
        )
        for j in range(6):
            t = j * TAU / 6
            d.line(
                (
                    cx + math.cos(t) * r * 0.45,
                    cy + math.sin(t) * r * 0.45,
                    cx + math.cos(t) * r * 0.8,
                    cy + math.sin(t) * r * 0.8,
                ),
                fill=(90, 90, 90, a),
                width=round(3 * u),
            )
    d.rounded_rectangle(
        (wx0, wy0, wx1, wy1),
        radius=(wy1 - wy0) * 0.3,
        outline=_shade(label, 0.6) + (a,),
        width=round(2 * u),
    )
    # bottom trapezoid with holes
    tz = [
        (x0 + bw * 0.18, y1),
        (x0 + bw * 0.24, y1 - bh * 0.2),
        (x1 - bw * 0.24, y1 - bh * 0.2),
        (x1 - bw * 0.18, y1),
    ]
    d.polygon(tz, fill=_shade(shell, 0.85) + (a,), outline=_shade(shell, 0.6) + (a,))
    for fx in (0.32, 0.43, 0.57, 0.68):
        cx, cy, r = x0 + bw * fx, y1 - bh * 0.09, bh * 0.025
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(20, 20, 20, a))
    for fx, fy in ((0.03, 0.05), (0.97, 0.05), (0.03, 0.95), (0.97, 0.95), (0.5, 0.9)):
        cx, cy, r = x0 + bw * fx, y0 + bh * fy, bh * 0.018
        d.ellipse(
            (cx - r, cy - r, cx + r, cy + r), fill=(150, 150, 150, a), outline=(80, 80, 80, a)
        )
        d.line((cx - r * 0.7, cy, cx + r * 0.7, cy), fill=(60, 60, 60, a), width=round(1.2 * u))
    layer = _down(layer)
    return layer.rotate(rnd.uniform(-8, 8), resample=BILINEAR)


def _reel(rnd, w, h):
    flange = rnd.choice(((178, 180, 184), (160, 40, 40), (60, 90, 140)))
    layer, d, u = _canvas(w, h, flange + (0,), "RGBA")
    W, H = w * SS, h * SS
    cx, cy, R = W * 0.46, H * 0.5, H * 0.4
    a = 255
    clear = flange + (0,)
    tape = (74, 48, 32, a)
    d.ellipse(
        (cx - R, cy - R, cx + R, cy + R),
        fill=flange + (a,),
        outline=_shade(flange, 0.7) + (a,),
        width=round(3 * u),
    )
    off = rnd.uniform(0, 120)
    pack = R * rnd.uniform(0.6, 0.85)
    for k in range(3):
        s = off + k * 120
        d.pieslice(
            (cx - R * 0.86, cy - R * 0.86, cx + R * 0.86, cy + R * 0.86),
            s + 14,
            s + 106,
            fill=clear,
        )
        d.pieslice((cx - pack, cy - pack, cx + pack, cy + pack), s + 14, s + 106, fill=tape)
    d.ellipse((cx - R * 0.32, cy - R * 0.32, cx + R * 0.32, cy + R * 0.32), fill=flange + (a,))
    for rr in _frange(R * 0.36, pack, 7 * u):
        for k in range(3):
            s = off + k * 120
            d.arc(
                (cx - rr, cy - rr, cx + rr, cy + rr), s + 16, s + 104, fill=(88, 58, 38, a), width=1
            )
    d.ellipse(
        (cx - R * 0.16, cy - R * 0.16, cx + R * 0.16, cy + R * 0.16),
        fill=(222, 222, 218, a),
        outline=(100, 100, 100, a),
        width=round(2 * u),
    )
    d.regular_polygon((cx, cy, R * 0.06), 3, rotation=rnd.uniform(0, 120), fill=(40, 40, 40, a))
    d.ellipse(
        (cx - R * 0.95, cy - R * 0.95, cx + R * 0.95, cy + R * 0.95),
        outline=_shade(flange, 1.15) + (a,),
        width=round(2 * u),
    )
    # loose tape end
    pts = _chaikin(
        [
            (cx + pack * 0.7, cy + pack * 0.7),
            (cx + R * 1.1, cy + R * 0.8),
            (cx + R * 1.45, cy + R * 0.5),
            (cx + R * 1.6, cy + R * 0.85),
        ],
        3,
        False,
    )
    d.line(pts, fill=tape, width=round(5 * u), joint="curve")
    layer = _down(layer)
    return layer


def _draw_video(rnd, w, h, seed):
    bg = _backdrop(w, h, rnd, (190, 192, 196), (222, 224, 226))
    L, Hh = int(w * 1.3), h
    layer, d, u = _canvas(L, Hh, (30, 26, 24, 0), "RGBA")
    W, H = L * SS, Hh * SS
    sh = H * rnd.uniform(0.36, 0.42)
    y0 = (H - sh) / 2
    film = rnd.choice(((30, 26, 24), (92, 52, 30)))
    d.rectangle((0, y0, W, y0 + sh), fill=film + (255,))
    margin = sh * 0.14
    fh = sh - 2 * margin
    fw = fh * 4 / 3
    gap = fh * 0.12
    pitch = fw + gap
    x = rnd.uniform(0, pitch)
    scene_w, scene_h = int(fw / SS), int(fh / SS)
    base, _, su = _canvas(scene_w + scene_w // 8, scene_h, 200, "L")
    _river_town(base, random.Random(rnd.random()), su)
    base = base.filter(ImageFilter.GaussianBlur(2))
    base = (
        _sepia(base)
        if rnd.random() < 0.6
        else ImageOps.colorize(base, (20, 20, 22), (236, 236, 230))
    )
    k = 0
    while x < W:
        # consecutive frames: the same scene, panning slightly
        shift = int((k % 6) * fw * 0.02)
        layer.paste(base.crop((shift, 0, shift + int(fw), int(fh))), (int(x), int(y0 + margin)))
        x += pitch
        k += 1
    for sx in _frange(0, W, fw / 4):
        for sy in (y0 + margin * 0.3, y0 + sh - margin * 0.7):
            d.rounded_rectangle(
                (sx, sy, sx + fw * 0.1, sy + margin * 0.4), radius=margin * 0.08, fill=film + (0,)
            )
    layer = _down(layer).rotate(rnd.uniform(-12, 12), resample=BILINEAR)
    crop = layer.crop(((L - w) // 2, 0, (L - w) // 2 + w, h))
    if rnd.random() < 0.5:  # a film can in the corner
        can, cd, cu = _canvas(w, h, (170, 172, 176, 0), "RGBA")
        R = h * SS * 0.42
        cx, cy = (w * SS * rnd.choice((0.0, 1.0))), h * SS * rnd.choice((0.0, 1.0))
        for k, f in enumerate((1.0, 0.94, 0.7, 0.66, 0.2)):
            col = (176, 178, 182) if k % 2 == 0 else (148, 150, 156)
            cd.ellipse(
                (cx - R * f, cy - R * f, cx + R * f, cy + R * f),
                fill=col + (255,),
                outline=(110, 112, 118, 255),
                width=round(2 * cu),
            )
        bg = _place(bg, _down(can), rnd, (10, 14), 14, 0.45)
    return _place(bg, crop, rnd, (12, 16), 12, 0.5)


# ----------------------------------------------------------------------------------------------
