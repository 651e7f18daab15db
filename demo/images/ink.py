"""Ink-wash paintings, silk weave and seals."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .canvas import _chaikin, _mix, _shade, _smooth_noise, _texture, _vbands, _vignette
from .landscape import _ridge_pts
from .palette import BICUBIC


def _draw_painting(rnd, w, h, seed):
    silk = rnd.choice(((226, 212, 182), (220, 206, 172), (230, 220, 196)))
    portrait = h > w
    sw, sh = w // 2, h // 2  # the soft wash is painted at half size, then scaled up
    img = Image.new("RGB", (sw, sh), silk)
    layers = rnd.randint(4, 6)
    far, near = (176, 186, 190), (46, 52, 60)
    fg_side = rnd.choice((-1, 1))
    trees = []
    for i in range(layers):
        t = i / (layers - 1)
        color = _mix(far, near, t**0.8)
        if portrait:
            base, height = sh * (0.3 + 0.55 * t), sh * rnd.uniform(0.25, 0.4)
        else:
            base, height = sh * (0.42 + 0.42 * t), sh * rnd.uniform(0.18, 0.3)
        if i == layers - 1:  # foreground bank on one side only, leaving open water
            x0, x1 = (-10, sw * 0.42) if fg_side < 0 else (sw * 0.58, sw + 10)
            base, height = sh * 0.98, sh * rnd.uniform(0.2, 0.3)
            pts, tops = _ridge_pts(rnd, x0, x1, base, height, 2, 4, (0.3, 0.45))
            pts = [(-10, base)] + pts + [(sw + 10, base)]
        else:
            pts, tops = _ridge_pts(rnd, -10, sw + 10, base, height, rnd.randint(2, 5), 4)
        pts = [(x, y + rnd.uniform(-0.8, 0.8)) for x, y in pts]
        mask = Image.new("L", (sw, sh), 0)
        ImageDraw.Draw(mask).polygon(pts + [(sw + 10, sh + 10), (-10, sh + 10)], fill=255)
        # fade toward the base: mist between the layers
        top = max(0.0, min(y for _, y in pts))
        grad = Image.new("L", (sw, sh), 0)
        gd = ImageDraw.Draw(grad)
        gd.rectangle((0, 0, sw, top), fill=255)
        _vbands(gd, (0, top, sw, base), 255, 0, 32)
        mask = ImageChops.multiply(mask, grad)
        tex = _smooth_noise(rnd, (sw, sh), 18).point(lambda v: 150 + v * 105 // 255)
        mask = ImageChops.multiply(mask, tex)
        # darker brush contour along the elevated parts of the ridge, plus "Mi dots"
        ink = Image.new("L", (sw, sh), 0)
        idr = ImageDraw.Draw(ink)
        seg = []
        for x, y in pts:
            if y < base - 3:
                seg.append((x, y))
            else:
                if len(seg) > 1:
                    idr.line(seg, fill=170, width=2)
                seg = []
        if len(seg) > 1:
            idr.line(seg, fill=170, width=2)
        if t > 0.3:
            for px, ph, pw in tops:
                for _ in range(int(rnd.randint(10, 24) * t)):
                    x = px + rnd.uniform(-0.6, 0.6) * pw
                    y = (
                        base
                        - ph * (1 - min(1, (abs(x - px) / pw) ** 2)) ** 1.2
                        + rnd.uniform(1, ph * 0.3)
                    )
                    r = rnd.uniform(1.5, 3.5)
                    idr.ellipse(
                        (x - r, y - r * 0.35, x + r, y + r * 0.35), fill=rnd.randint(80, 170)
                    )
        ink = ImageChops.multiply(ink, grad.point(lambda v: min(255, v * 2)))
        mask = mask.filter(ImageFilter.GaussianBlur(1.5))
        img = Image.composite(Image.new("RGB", (sw, sh), color), img, mask)
        ink = ink.filter(ImageFilter.GaussianBlur(0.7))
        img = Image.composite(Image.new("RGB", (sw, sh), _shade(color, 0.62)), img, ink)
        if i == layers - 1:
            px, ph, pw = max(tops, key=lambda p: p[1])
            for _ in range(rnd.randint(1, 3)):
                tx = min(sw - 8.0, max(8.0, px + rnd.uniform(-0.3, 0.3) * pw))
                ty = min(pts, key=lambda p, tx=tx: abs(p[0] - tx))[1]
                trees.append((tx * 2, ty * 2 + 6, ph * 2))
    img = img.resize((w, h), BICUBIC)
    d = ImageDraw.Draw(img)
    pine = (44, 48, 50)
    for tx, ty, ph in trees:  # ink pines on the near bank
        th = ph * rnd.uniform(0.35, 0.5)
        lean = rnd.uniform(-0.15, 0.15) * th
        trunk = _chaikin(
            [(tx, ty), (tx + lean * 0.3, ty - th * 0.5), (tx + lean, ty - th)], 2, False
        )
        d.line(trunk, fill=pine, width=3)
        for j in range(5):
            t = 0.35 + j * 0.15
            cx, cy = tx + lean * t, ty - th * t
            ww = th * (0.26 - j * 0.04)
            for _ in range(3):
                ox, oy = rnd.uniform(-0.4, 0.4) * ww, rnd.uniform(-0.05, 0.05) * th
                r = ww * rnd.uniform(0.35, 0.55)
                d.ellipse(
                    (cx + ox - r, cy + oy - r * 0.3, cx + ox + r, cy + oy + r * 0.3), fill=pine
                )
    # boat with a fisherman in the open water
    lake = h * (0.8 if portrait else 0.86)
    bx = w * (rnd.uniform(0.55, 0.75) if fg_side < 0 else rnd.uniform(0.25, 0.45))
    by, s = lake + rnd.uniform(-0.03, 0.03) * h, min(w, h) * 0.05
    boat = (48, 44, 42)
    d.polygon(
        [
            (bx - s, by - s * 0.15),
            (bx + s, by - s * 0.25),
            (bx + s * 0.7, by + s * 0.05),
            (bx - s * 0.7, by + s * 0.05),
        ],
        fill=boat,
    )
    d.polygon(
        [
            (bx - s * 0.05, by - s * 0.15),
            (bx + s * 0.25, by - s * 0.15),
            (bx + s * 0.12, by - s * 0.55),
        ],
        fill=boat,
    )
    d.polygon(
        [
            (bx - s * 0.18, by - s * 0.5),
            (bx + s * 0.42, by - s * 0.5),
            (bx + s * 0.12, by - s * 0.68),
        ],
        fill=(70, 64, 58),
    )
    d.line((bx + s * 0.2, by - s * 0.3, bx + s * 1.5, by - s * 0.9), fill=boat, width=1)
    for k in range(3):
        yy = by + s * (0.2 + k * 0.12)
        d.line(
            (bx - s * (0.9 + k * 0.3), yy, bx + s * (0.9 + k * 0.2), yy),
            fill=_shade(silk, 0.86),
            width=1,
        )
    # distant birds
    for _ in range(rnd.randint(2, 5)):
        x, y, r = w * rnd.uniform(0.2, 0.8), h * rnd.uniform(0.08, 0.25), rnd.uniform(4, 8)
        d.line([(x - r, y - r * 0.3), (x, y), (x + r, y - r * 0.4)], fill=(70, 70, 72), width=2)
    # red seal
    ss = min(w, h) * 0.055
    sx, sy = (w * 0.08, h * 0.08) if fg_side > 0 else (w * 0.9 - ss, h * 0.08)
    seal = Image.new("RGB", (w, h), (0, 0, 0))
    _seal(ImageDraw.Draw(seal), rnd, sx, sy, ss, (178, 52, 40), silk)
    img = _texture(img, rnd, 14, (255, 248, 232))
    img = _weave(img, rnd)
    sm = Image.new("L", (w, h), 0)
    ImageDraw.Draw(sm).rectangle((sx, sy, sx + ss, sy + ss), fill=235)
    img = Image.composite(seal, img, sm)
    return _vignette(img, 0.35, (120, 96, 66), 2.6, 0.6)


def _weave(img, rnd):
    """Faint silk weave: a fine irregular cross-hatch."""
    w, h = img.size
    lines = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lines)
    for y in range(0, h, 2):
        d.line((0, y, w, y), fill=rnd.randint(0, 6))
    for x in range(0, w, 2):
        d.line((x, 0, x, h), fill=rnd.randint(0, 4))
    return ImageChops.subtract(img, Image.merge("RGB", (lines, lines, lines)))


def _seal(d, rnd, x, y, s, red, paper):
    """A square seal with an abstract carved pattern (white lines on red)."""
    d.rectangle((x, y, x + s, y + s), fill=red)
    b = s * 0.1
    d.rectangle(
        (x + b * 0.5, y + b * 0.5, x + s - b * 0.5, y + s - b * 0.5),
        outline=paper,
        width=max(1, round(s * 0.03)),
    )
    lw = max(1, round(s * 0.06))
    for col in range(2):
        cx0 = x + b + col * (s - 2 * b) / 2
        cw = (s - 2 * b) / 2
        for _ in range(rnd.randint(3, 5)):
            if rnd.random() < 0.5:
                yy = y + b + rnd.uniform(0.1, 0.9) * (s - 2 * b)
                d.line((cx0 + cw * 0.12, yy, cx0 + cw * 0.88, yy), fill=paper, width=lw)
            else:
                xx = cx0 + rnd.uniform(0.15, 0.85) * cw
                y0 = y + b + rnd.uniform(0.05, 0.4) * (s - 2 * b)
                d.line(
                    (xx, y0, xx, y0 + rnd.uniform(0.3, 0.55) * (s - 2 * b)), fill=paper, width=lw
                )
