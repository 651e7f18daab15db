"""Canvas, shape, brush and texture helpers."""

from __future__ import annotations

import functools
import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .palette import BICUBIC, INK, SS, TAU


def _canvas(w, h, color, mode="RGB"):
    """A supersampled canvas, its ImageDraw and the line-width unit ``u``."""
    img = Image.new(mode, (w * SS, h * SS), color)
    return img, ImageDraw.Draw(img), min(w, h) * SS / 900


def _down(img):
    return img.reduce(SS)


def _lerp(a, b, t):
    return a + (b - a) * t


def _mix(c1, c2, t):
    """Blend two colours (tuples or ints)."""
    if isinstance(c1, int):
        return round(_lerp(c1, c2, t))
    return tuple(round(_lerp(a, b, t)) for a, b in zip(c1, c2, strict=False))


def _shade(c, f):
    """Darken (f < 1) or lighten (f > 1) a colour."""
    if isinstance(c, int):
        return max(0, min(255, round(c * f)))
    return tuple(max(0, min(255, round(v * f))) for v in c)


def _ellipse_pts(cx, cy, rx, ry, n=40, rot=0.0, start=0.0, end=TAU):
    cr, sr = math.cos(rot), math.sin(rot)
    closed = abs(end - start - TAU) < 1e-9
    count = n if closed else n + 1
    pts = []
    for i in range(count):
        a = start + (end - start) * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + x * cr - y * sr, cy + x * sr + y * cr))
    return pts


def _chaikin(pts, iters=2, closed=True):
    """Round the corners of a polyline / polygon (Chaikin's corner cutting)."""
    for _ in range(iters):
        out = [] if closed else [pts[0]]
        n = len(pts)
        rng = n if closed else n - 1
        for i in range(rng):
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
            out.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            out.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        if not closed:
            out.append(pts[-1])
        pts = out
    return pts


def _rough(rnd, pts, amount, step, closed=True):
    """Subdivide a polygon's edges every ~`step` px and jitter the points by `amount`."""
    out = []
    n = len(pts)
    for i in range(n if closed else n - 1):
        (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
        k = max(1, int(math.hypot(x1 - x0, y1 - y0) / step)) if step else 1
        for j in range(k):
            t = j / k
            out.append(
                (
                    _lerp(x0, x1, t) + rnd.uniform(-amount, amount),
                    _lerp(y0, y1, t) + rnd.uniform(-amount, amount),
                )
            )
    if not closed:
        out.append(pts[-1])
    return out


def _shape(d, rnd, pts, fill, u, width=3.0, rough=1.0, outline=INK):
    """A woodcut-style filled polygon: slightly wobbly edges and a thick ink outline."""
    pts = _rough(rnd, pts, rough * u, 14 * u)
    if fill is not None:
        d.polygon(pts, fill=fill)
    if outline is not None and width > 0:
        w = max(1, round(width * u))
        d.line(pts + [pts[0], pts[1]], fill=outline, width=w, joint="curve")
    return pts


def _stroke(d, pts, fill, width, closed=False):
    """A thick polyline with round joints and caps."""
    w = max(1, round(width))
    if closed:
        pts = list(pts) + [pts[0], pts[1]]
    d.line(pts, fill=fill, width=w, joint="curve")
    if not closed and w > 2:
        r = w / 2
        for x, y in (pts[0], pts[-1]):
            d.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _brush(d, p0, p1, w0, w1, fill):
    """A tapered brush stroke from p0 (width w0) to p1 (width w1)."""
    (x0, y0), (x1, y1) = p0, p1
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    d.polygon(
        [
            (x0 + nx * w0 / 2, y0 + ny * w0 / 2),
            (x1 + nx * w1 / 2, y1 + ny * w1 / 2),
            (x1 - nx * w1 / 2, y1 - ny * w1 / 2),
            (x0 - nx * w0 / 2, y0 - ny * w0 / 2),
        ],
        fill=fill,
    )
    for (x, y), w in ((p0, w0), (p1, w1)):
        d.ellipse((x - w / 2, y - w / 2, x + w / 2, y + w / 2), fill=fill)


def _vbands(d, box, c0, c1, n=48):
    """Vertical gradient drawn as thin bands (works for L and RGB)."""
    x0, y0, x1, y1 = box
    for i in range(n):
        ya = y0 + (y1 - y0) * i / n
        yb = y0 + (y1 - y0) * (i + 1) / n
        d.rectangle((x0, ya, x1, yb + 1), fill=_mix(c0, c1, i / (n - 1)))


def _smooth_noise(rnd, size, cell):
    """Blotchy noise in 0..255: random values on a coarse grid, smoothly upscaled."""
    w, h = size
    sw, sh = max(2, w // cell + 2), max(2, h // cell + 2)
    small = Image.frombytes("L", (sw, sh), rnd.randbytes(sw * sh))
    return small.resize(size, BICUBIC)


def _mottle(rnd, size, fine=0.35):
    """Large soft blotches plus a fine paper tooth."""
    big = _smooth_noise(rnd, size, max(size) // 5)
    tooth = _smooth_noise(rnd, size, 3)
    return Image.blend(big, tooth, fine)


def _texture(img, rnd, depth=16, tint=(255, 246, 226), fine=0.35):
    """Multiply an image by a mottled, slightly tinted near-white (paper texture)."""
    n = ImageOps.autocontrast(_mottle(rnd, img.size, fine), cutoff=1)
    dark = tuple(max(0, t - depth) for t in tint)
    return ImageChops.multiply(img, ImageOps.colorize(n, dark, tint))


def _fibres(img, rnd, n, color, length=14):
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        a = rnd.uniform(0, TAU)
        pts = [(x, y)]
        for _ in range(3):
            a += rnd.uniform(-0.6, 0.6)
            x += math.cos(a) * length / 3
            y += math.sin(a) * length / 3
            pts.append((x, y))
        d.line(pts, fill=color, width=1)
    return img


def _edge_mask(size, power=2.5, rect=0.6):
    """L mask: 0 in the middle rising to 255 at the edges/corners."""
    return _edge_mask_small(power, rect).resize(size, BICUBIC)


@functools.lru_cache(maxsize=32)
def _edge_mask_small(power, rect):
    sw, sh = 64, 48
    data = bytearray()
    for j in range(sh):
        dy = (j + 0.5) / sh * 2 - 1
        for i in range(sw):
            dx = (i + 0.5) / sw * 2 - 1
            radial = math.hypot(dx, dy) / math.sqrt(2)
            square = max(abs(dx), abs(dy))
            v = _lerp(radial, square, rect)
            data.append(min(255, int(255 * v**power)))
    return Image.frombytes("L", (sw, sh), bytes(data))


def _vignette(img, strength=0.5, color=(0, 0, 0), power=2.5, rect=0.2):
    mask = _edge_mask(img.size, power, rect).point(lambda v: int(v * strength))
    return Image.composite(Image.new(img.mode, img.size, color), img, mask)


def _stains(img, rnd, n, color, strength=60):
    """Soft water/foxing stains with faint tide rings."""
    w, h = img.size
    sw, sh = max(8, w // 4), max(8, h // 4)
    m = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(m)
    for _ in range(n):
        cx, cy = rnd.uniform(0, sw), rnd.uniform(0, sh)
        r = rnd.uniform(0.02, 0.12) * sw
        pts = _chaikin(
            _rough(rnd, _ellipse_pts(cx, cy, r, r * rnd.uniform(0.6, 1), 12), r * 0.2, 0)
        )
        a = rnd.randint(strength // 3, strength)
        d.polygon(pts, fill=a // 2, outline=a)
    m = m.filter(ImageFilter.GaussianBlur(1.2)).resize((w, h), BICUBIC)
    return Image.composite(Image.new("RGB", (w, h), color), img, m)


def _grain(img, rnd, amount=8, scale=1):
    """Add monochrome film grain of +/- `amount`."""
    w, h = img.size
    gw, gh = max(1, w // scale), max(1, h // scale)
    n = Image.frombytes("L", (gw, gh), rnd.randbytes(gw * gh))
    if scale > 1:
        n = n.resize((w, h), BICUBIC)
    n = n.point(lambda v: v * 2 * amount // 255)
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(img, n, 1.0, -amount)


def _speckle(img, rnd, paper, density=2, wear=0.4):
    """Woodcut printing texture: tiny white specks and small worn spots where ink is thin."""
    w, h = img.size
    gw, gh = w // 2, h // 2
    n = Image.frombytes("L", (gw, gh), rnd.randbytes(gw * gh)).resize((w, h))
    specks = n.point(lambda v: 255 if v > 255 - density else 0)
    spots = _smooth_noise(rnd, (w, h), 4).point(lambda v: int(min(255, max(0, v - 226) * 9) * wear))
    mask = ImageChops.lighter(specks, spots)
    light = ImageChops.lighter(img, Image.new("RGB", (w, h), paper))
    return Image.composite(light, img, mask)


def _sepia(gray, black=(40, 28, 18), mid=(142, 110, 76), white=(240, 226, 196)):
    return ImageOps.colorize(gray, black, white, mid)


def _backdrop(w, h, rnd, top=(206, 202, 194), bottom=(232, 228, 220)):
    """Seamless photographic backdrop with a soft light spot."""
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    _vbands(d, (0, 0, w, h), top, bottom, 64)
    img = _vignette(img, 0.35, _shade(top, 0.7), 2.0, 0.1)
    return _grain(img, rnd, 3, 2)


def _place(bg, layer, rnd, offset=(14, 18), blur=18, strength=0.55):
    """Composite an RGBA object layer (same size as bg) with a soft drop shadow."""
    alpha = layer.getchannel("A")
    shadow = Image.new("L", bg.size, 0)
    shadow.paste(alpha, offset)
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: int(v * strength))
    bg = Image.composite(Image.new("RGB", bg.size, (40, 34, 30)), bg, shadow)
    bg.paste(layer.convert("RGB"), (0, 0), alpha)
    return bg
