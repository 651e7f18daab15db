"""Sample pictures for the demo content of the Qijiang local-history collection.

Every picture is drawn from scratch with Pillow: shapes, lines, textures and noise only.
Nothing is downloaded and no text is rendered (no fonts are needed, so the output is the
same on any machine).  Each *kind* stands in for a type of digitised object - a peasant
woodcut print, an old photograph, a manuscript, a map, a cassette... - and the result is
deterministic for a given ``(kind, seed)``.

Usage::

    jpeg_bytes = draw("print", 3)
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

KINDS = (
    "print",
    "photograph",
    "painting",
    "manuscript",
    "letter",
    "map",
    "newspaper",
    "book",
    "poster",
    "object",
    "audio",
    "video",
    "then",
    "now",
    "hero",
)

SS = 2  # supersampling factor for crisp vector shapes
MAX_BYTES = 250_000

LANDSCAPE = (1200, 900)
PORTRAIT = (900, 1200)
WIDE = (1600, 900)

# Woodcut palette (綦江农民版画: saturated, flat colours with black outlines).
PAPER = (240, 231, 210)
INK = (30, 26, 24)
RED = (181, 48, 42)
DRED = (128, 32, 30)
ORANGE = (214, 104, 50)
OCHRE = (206, 146, 52)
YELLOW = (234, 192, 72)
GREEN = (62, 116, 70)
LGREEN = (128, 164, 80)
BLUE = (44, 86, 138)
LBLUE = (124, 166, 192)
SKIN = (224, 166, 114)
BROWN = (118, 72, 42)
WHITE = (246, 240, 224)
PINK = (222, 120, 112)

BICUBIC = Image.Resampling.BICUBIC
TAU = 2 * math.pi


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------
def draw(kind: str, seed: int, size: tuple[int, int] | None = None) -> bytes:
    """Return JPEG bytes (quality ~82, progressive) of a picture of `kind`.

    The result is deterministic for ``(kind, seed)``.  ``size`` is ``(width, height)``; by
    default it is about 1200x900 or 900x1200 depending on the kind (1600x900 for ``hero``).
    """
    if kind not in _DRAWERS:
        raise ValueError(f"unknown image kind {kind!r}; expected one of {', '.join(KINDS)}")
    rnd = random.Random(f"{kind}-{seed}")
    w, h = size or _default_size(kind, seed)
    img = _DRAWERS[kind](rnd, int(w), int(h), seed)
    return _jpeg(img.convert("RGB"))


def _default_size(kind: str, seed: int) -> tuple[int, int]:
    if kind == "hero":
        return WIDE
    if kind in ("manuscript", "letter", "poster", "book", "newspaper"):
        return PORTRAIT
    if kind in ("print", "painting"):
        return random.Random(f"{kind}-{seed}-size").choice((LANDSCAPE, PORTRAIT))
    return LANDSCAPE


def _jpeg(img: Image.Image) -> bytes:
    data = b""
    for quality in (82, 76, 70, 62, 54):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, progressive=True, optimize=True)
        data = buf.getvalue()
        if len(data) <= MAX_BYTES:
            break
    return data


# ----------------------------------------------------------------------------------------------
# Generic helpers: canvas, geometry, textures
# ----------------------------------------------------------------------------------------------
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
    return tuple(round(_lerp(a, b, t)) for a, b in zip(c1, c2))


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


def _mottle(rnd, size, coarse=0.5):
    """Two octaves of smooth noise (for paper, silk, wash textures)."""
    cell = max(size) // 7
    return Image.blend(_smooth_noise(rnd, size, cell), _smooth_noise(rnd, size, cell // 6), coarse)


def _texture(img, rnd, depth=24, tint=(255, 246, 226), coarse=0.6):
    """Multiply an image by a mottled, slightly tinted near-white (paper / fibre texture)."""
    n = _mottle(rnd, img.size, coarse)
    n = ImageOps.autocontrast(n, cutoff=1)
    dark = tuple(max(0, t - depth) for t in tint)
    tex = ImageOps.colorize(n, dark, tint)
    return ImageChops.multiply(img, tex)


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
    return Image.frombytes("L", (sw, sh), bytes(data)).resize(size, BICUBIC)


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
        pts = _chaikin(_rough(rnd, _ellipse_pts(cx, cy, r, r * rnd.uniform(0.6, 1), 12), r * 0.2, 0))
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


def _speckle(img, rnd, paper, density=6, wear=0.35):
    """Woodcut printing texture: small white specks and worn patches where the ink is thin."""
    w, h = img.size
    gw, gh = w // 2, h // 2
    n = Image.frombytes("L", (gw, gh), rnd.randbytes(gw * gh)).resize((w, h))
    specks = n.point(lambda v: 255 if v > 255 - density else 0)
    blot = _smooth_noise(rnd, (w, h), 9).point(lambda v: int(max(0, v - 170) * 3 * wear))
    mask = ImageChops.lighter(specks, blot)
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


# ----------------------------------------------------------------------------------------------
# Woodcut motifs (used by print, poster, hero, object)
# ----------------------------------------------------------------------------------------------
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


def _wc_cloud(d, rnd, u, cx, cy, s, fill=WHITE):
    n = rnd.randint(3, 4)
    circles = []
    for i in range(n):
        x = cx + (i - (n - 1) / 2) * s * 0.55
        r = s * (0.42 if i in (0, n - 1) else rnd.uniform(0.5, 0.62))
        circles.append((x, cy - r * 0.4, r))
    w = round(3 * u)
    for x, y, r in circles:
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill, outline=INK, width=w)
    for x, y, r in circles:
        rr = r - w
        d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=fill)
    base = cy - 0.4 * s * 0.2
    d.rectangle((circles[0][0], base, circles[-1][0], base + s * 0.18), fill=fill)
    d.line((circles[0][0], base + s * 0.18, circles[-1][0], base + s * 0.18), fill=INK, width=w)
    for x, y, r in circles:
        rr = r * 0.45
        d.arc((x - rr, y - rr, x + rr, y + rr), 150, 400, fill=LBLUE, width=round(2.5 * u))


def _ridge_pts(rnd, x0, x1, base, height, peaks, step):
    tops = [(rnd.uniform(x0, x1), rnd.uniform(0.55, 1.0) * height, rnd.uniform(0.08, 0.2) * (x1 - x0)) for _ in range(peaks)]
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
    for px, ph, pw in tops:
        for k in range(rnd.randint(2, 4)):
            sx = px + (k + 1) * pw * 0.12
            sy = base - ph * 0.82 + (k + 1) * ph * 0.1
            if sy < base - 6 * u:
                _stroke(d, [(sx, sy), (sx + pw * 0.14, min(base - 2 * u, sy + ph * 0.28))], carve, 2.5 * u)


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
        _shape(d, rnd, top + [(x1 + 20 * u, y1 + bh), (x0 - 20 * u, y1 + bh)], color, u)
        # crop rows: seedlings on green bands, grain dots on yellow ones
        mark = _shade(color, 0.62)
        for row in (0.38, 0.72):
            for x in _frange(x0 + rnd.uniform(0, 20 * u), x1, 24 * u):
                y = yb + f(x) + bh * row
                if color in (YELLOW, OCHRE):
                    r = 2.6 * u
                    d.ellipse((x - r, y - r, x + r, y + r), fill=RED if color == YELLOW else BROWN)
                else:
                    _stroke(d, [(x - 5 * u, y - 7 * u), (x, y), (x + 5 * u, y - 7 * u)], mark, 2.4 * u)
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
    _shape(d, rnd, [(x + w * 0.4, y), (x + w * 0.4 + dw, y), (x + w * 0.4 + dw, y - h * 0.62), (x + w * 0.4, y - h * 0.62)], RED, u, 2.5)
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
        _shape(d, rnd, [k(0.36, 0.26), k(0.52, 0.1), k(0.56, 0.16), k(0.44, 0.3)], mono or INK, u, ow)
    elif pose == "flag":
        _stroke(d, [k(0.24, 0.5), k(0.24, 1.5)], mono or BROWN, s * 0.03)
        _shape(d, rnd, [k(0.24, 1.48), k(0.8, 1.36), k(0.74, 1.22), k(0.86, 1.08), k(0.24, 1.14)], RED if not mono else mono, u, ow)
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
            _shape(d, rnd, [k(side - 0.12, 0.44), k(side + 0.12, 0.44), k(side + 0.09, 0.24), k(side - 0.09, 0.24)], mono or OCHRE, u, ow)
            if not mono:
                for j in range(3):
                    cx, cy = k(side - 0.06 + j * 0.06, 0.47)
                    r = s * 0.035
                    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=YELLOW, outline=INK, width=round(1.5 * u))
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
    d.ellipse((hx - r, hy - r, hx + r, hy + r), fill=skin, outline=None if mono else INK, width=round(ow * u))
    if pose != "cheer" or rnd.random() < 0.5:
        _shape(d, rnd, [k(-0.2, 0.88), k(0.2, 0.88), k(0.0, 1.02)], hat, u, ow)
    else:
        _shape(d, rnd, [k(-0.08, 0.93), k(0.08, 0.93), k(0.07, 0.97), k(-0.07, 0.97)], mono or RED, u, ow)


def _wc_ox(d, rnd, u, x, y, length, flip=1, body=INK, carve=WHITE):
    """A water buffalo/ox; (x, y) is the ground point under its middle."""

    def k(dx, dy):
        return (x + flip * dx * length, y - dy * length)

    for lx, lean in ((-0.3, -0.04), (-0.18, 0.03), (0.2, -0.03), (0.32, 0.04)):
        _shape(d, rnd, [k(lx - 0.04, 0.34), k(lx + 0.04, 0.34), k(lx + 0.035 + lean, 0.0), k(lx - 0.035 + lean, 0.0)], body, u, 2.5, outline=carve if body == INK else INK)
    _stroke(d, [k(-0.43, 0.5), k(-0.5, 0.36), k(-0.49, 0.22)], body, 3 * u)
    pts = _chaikin([k(-0.44, 0.32), k(-0.47, 0.52), k(-0.36, 0.6), k(0.0, 0.6), k(0.24, 0.66), k(0.4, 0.6), k(0.44, 0.44), k(0.36, 0.28), k(0.0, 0.26)], 2)
    _shape(d, rnd, pts, body, u, 3, outline=INK)
    head = _chaikin([k(0.34, 0.62), k(0.5, 0.64), k(0.62, 0.46), k(0.64, 0.36), k(0.56, 0.32), k(0.42, 0.42)], 1)
    _shape(d, rnd, head, body, u, 3, outline=INK)
    horn = _chaikin([k(0.45, 0.62), k(0.36, 0.74), k(0.22, 0.76), k(0.3, 0.7), k(0.4, 0.6)], 1)
    _shape(d, rnd, horn, WHITE, u, 2.5)
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
    _shape(d, rnd, [(x - s * 0.05, y), (x + s * 0.05, y), (x + s * 0.03, y - s * 0.55), (x - s * 0.03, y - s * 0.55)], BROWN, u)
    for dx, dy, r in ((-0.16, 0.62, 0.2), (0.16, 0.64, 0.2), (0.0, 0.82, 0.24)):
        cx, cy = x + dx * s, y - dy * s
        _shape(d, rnd, _ellipse_pts(cx, cy, r * s, r * s * 0.9, 28), rnd.choice((GREEN, LGREEN)), u)
        d.arc((cx - r * s * 0.5, cy - r * s * 0.5, cx + r * s * 0.5, cy + r * s * 0.5), 200, 320, fill=WHITE, width=round(2 * u))


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
                _shape(d, rnd, [(nx, ny), (lx, ny + s * 0.05), (nx + side * s * 0.04, ny + s * 0.03)], LGREEN, u, 2)


def _wc_flower(d, rnd, u, cx, cy, r, color):
    _stroke(d, [(cx, cy), (cx + r * 0.3, cy + r * 2.6)], GREEN, 4 * u)
    for side in (-1, 1):
        _shape(d, rnd, _ellipse_pts(cx + side * r * 0.55, cy + r * 1.7, r * 0.55, r * 0.2, 20, side * 0.5), GREEN, u, 2.5)
    n = rnd.randint(5, 7)
    for i in range(n):
        a = TAU * i / n
        _shape(d, rnd, _ellipse_pts(cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55, r * 0.5, r * 0.3, 20, a), color, u, 2.5)
    _shape(d, rnd, _ellipse_pts(cx, cy, r * 0.32, r * 0.32, 20), YELLOW, u, 2.5)


def _wc_boat(d, rnd, u, x, y, s):
    hull = [(x - s * 0.55, y - s * 0.22), (x + s * 0.55, y - s * 0.26), (x + s * 0.42, y), (x - s * 0.4, y)]
    _shape(d, rnd, _ellipse_pts(x, y - s * 0.2, s * 0.22, s * 0.2, 24, 0, math.pi, TAU), INK, u)
    _shape(d, rnd, hull, OCHRE, u)
    d.line((x - s * 0.45, y - s * 0.12, x + s * 0.45, y - s * 0.14), fill=INK, width=round(2 * u))
    _stroke(d, [(x + s * 0.35, y - s * 0.25), (x + s * 0.62, y + s * 0.35)], BROWN, 3 * u)


def _wc_duck(d, rnd, u, x, y, s, flip=1):
    _shape(d, rnd, _ellipse_pts(x, y, s * 0.5, s * 0.26, 24), WHITE, u, 2.5)
    hx, hy = x + flip * s * 0.42, y - s * 0.32
    _shape(d, rnd, _ellipse_pts(hx, hy, s * 0.18, s * 0.16, 20), WHITE, u, 2.5)
    _shape(d, rnd, [(hx + flip * s * 0.14, hy - s * 0.02), (hx + flip * s * 0.36, hy + s * 0.04), (hx + flip * s * 0.14, hy + s * 0.08)], ORANGE, u, 2)


def _wc_frame(img, rnd, u, paper=PAPER):
    """Paper margin around the printed block, with a rough ink border."""
    w, h = img.size
    d = ImageDraw.Draw(img)
    m = 0.04 * min(w, h)
    inner = _rough(rnd, [(m, m), (w - m, m), (w - m, h - m), (m, h - m)], 1.5 * u, 20 * u)
    outer = [(-10, -10), (w + 10, -10), (w + 10, h + 10), (-10, h + 10)]
    mask = Image.new("L", img.size, 255)
    ImageDraw.Draw(mask).polygon(inner, fill=0)
    img.paste(Image.new("RGB", img.size, paper), (0, 0), mask)
    d.line(inner + [inner[0], inner[1]], fill=INK, width=round(5 * u), joint="curve")
    del outer


# ----------------------------------------------------------------------------------------------
# print / hero / poster
# ----------------------------------------------------------------------------------------------
def _woodcut_scene(d, rnd, u, W, H, variant):
    sky = rnd.choice((PAPER, (243, 226, 170), (214, 226, 220)))
    d.rectangle((0, 0, W, H), fill=sky)
    horizon = H * rnd.uniform(0.32, 0.4)
    sun_x = W * rnd.choice((0.22, 0.5, 0.78)) + rnd.uniform(-0.05, 0.05) * W
    _wc_sun(d, rnd, u, sun_x, horizon * 0.42, min(W, H) * 0.075)
    for _ in range(rnd.randint(1, 2)):
        cx = W * rnd.uniform(0.12, 0.88)
        if abs(cx - sun_x) > W * 0.2:
            _wc_cloud(d, rnd, u, cx, horizon * rnd.uniform(0.3, 0.55), min(W, H) * 0.08)
    _wc_mountains(d, rnd, u, -20 * u, W + 20 * u, horizon, H * 0.16, BLUE, LBLUE, peaks=rnd.randint(3, 6))
    _wc_mountains(d, rnd, u, -20 * u, W + 20 * u, horizon + H * 0.04, H * 0.09, GREEN, LGREEN, peaks=rnd.randint(4, 7))
    people = [RED, BLUE, ORANGE, GREEN]
    rnd.shuffle(people)
    s_person = H * 0.17

    if variant == "terraces":
        bands = _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.06, H * 0.86, rnd.randint(5, 7))
        top, _ = bands[0]
        for _ in range(rnd.randint(1, 3)):
            hx = W * rnd.uniform(0.05, 0.8)
            _wc_house(d, rnd, u, hx, top(hx) + H * 0.03, W * 0.12, H * 0.07, rnd.choice((INK, BLUE, RED)))
        for i in range(rnd.randint(2, 3)):
            f, bh = bands[rnd.randint(2, len(bands) - 1)]
            px = W * (0.15 + 0.3 * i + rnd.uniform(0, 0.12))
            _wc_person(d, rnd, u, px, f(px) + bh * 0.9, s_person, people[i], rnd.choice(("hoe", "pole", "sheaf")), rnd.choice((-1, 1)))
        _wc_river(d, rnd, u, 0, W, H * 0.87, H)
        for i in range(rnd.randint(1, 3)):
            _wc_flower(d, rnd, u, W * rnd.choice((0.08, 0.92)) + i * 20 * u, H * 0.83 - i * 30 * u, H * 0.035, rnd.choice((RED, PINK, ORANGE)))
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
            _wc_house(d, rnd, u, x, base - rnd.uniform(0, 0.03) * H, hw, H * rnd.uniform(0.08, 0.13), rnd.choice((INK, INK, BLUE, RED)), rnd.choice((WHITE, YELLOW)), stilts=True)
            x += hw + W * rnd.uniform(0.02, 0.06)
        _wc_river(d, rnd, u, 0, W, H * 0.66, H)
        _wc_boat(d, rnd, u, W * rnd.uniform(0.25, 0.75), H * 0.86, W * 0.2)
        for _ in range(rnd.randint(2, 4)):
            _wc_duck(d, rnd, u, W * rnd.uniform(0.08, 0.92), H * rnd.uniform(0.74, 0.95), H * 0.05, rnd.choice((-1, 1)))
    elif variant == "plough":
        _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.05, H * 0.58, 4)
        field = [(x, H * 0.6 + math.sin(x / W * 5) * 8 * u) for x in _frange(-20 * u, W + 20 * u, 20 * u)]
        _shape(d, rnd, field + [(W + 20 * u, H + 20 * u), (-20 * u, H + 20 * u)], OCHRE, u)
        for i in range(9):
            yy = H * (0.64 + i * 0.045)
            pts = [(x, yy + math.sin(x / W * 4 + i * 0.3) * 10 * u) for x in _frange(-10 * u, W + 10 * u, 30 * u)]
            _stroke(d, pts, BROWN, 3 * u)
        flip = rnd.choice((-1, 1))
        ox_x = W * 0.5 + flip * W * 0.08
        k = _wc_ox(d, rnd, u, ox_x, H * 0.93, min(W * 0.42, H * 0.5), flip, rnd.choice((INK, BROWN)))
        fx = ox_x - flip * W * 0.34
        _stroke(d, [k(-0.38, 0.5), (fx + flip * s_person * 0.3, H * 0.93 - s_person * 0.45)], BROWN, 4 * u)
        _wc_person(d, rnd, u, fx, H * 0.95, s_person * 1.4, people[0], "cheer", flip)
        for i in range(rnd.randint(1, 2)):
            _wc_flower(d, rnd, u, W * (0.06 + 0.88 * i), H * 0.8, H * 0.04, rnd.choice((RED, PINK, YELLOW)))
    else:  # harvest
        field = [(x, horizon + H * 0.12 + math.sin(x / W * 4) * 10 * u) for x in _frange(-20 * u, W + 20 * u, 20 * u)]
        _shape(d, rnd, field + [(W + 20 * u, H + 20 * u), (-20 * u, H + 20 * u)], YELLOW, u)
        for row in range(4):
            yy = horizon + H * (0.2 + row * 0.15)
            for x in _frange(rnd.uniform(0, 40) * u, W, W * 0.12):
                sh = H * 0.05 * (1 + row * 0.25)
                _shape(d, rnd, [(x, yy - sh), (x + sh * 0.45, yy), (x - sh * 0.45, yy)], OCHRE, u, 2.5)
                d.line((x - sh * 0.2, yy - sh * 0.45, x + sh * 0.2, yy - sh * 0.45), fill=RED, width=round(3 * u))
        for i in range(rnd.randint(2, 3)):
            px = W * (0.2 + 0.3 * i + rnd.uniform(-0.05, 0.05))
            _wc_person(d, rnd, u, px, H * rnd.uniform(0.86, 0.93), s_person * 1.3, people[i], rnd.choice(("pole", "sheaf", "cheer")), rnd.choice((-1, 1)))
        _wc_house(d, rnd, u, W * rnd.uniform(0.05, 0.75), horizon + H * 0.13, W * 0.14, H * 0.08, RED)


def _draw_print(rnd, w, h, seed):
    img, d, u = _canvas(w, h, PAPER)
    variant = rnd.choice(("terraces", "village", "plough", "harvest"))
    _woodcut_scene(d, rnd, u, w * SS, h * SS, variant)
    _wc_frame(img, rnd, u)
    img = _down(img)
    img = _speckle(img, rnd, PAPER, 5, 0.35)
    img = _texture(img, rnd, 22)
    return _fibres(img, rnd, 120, (214, 204, 182))


def _draw_hero(rnd, w, h, seed):
    img, d, u = _canvas(w, h, PAPER)
    W, H = w * SS, h * SS
    d.rectangle((0, 0, W, H), fill=rnd.choice(((243, 222, 160), PAPER)))
    horizon = H * 0.36
    sun_x = W * rnd.uniform(0.55, 0.8)
    _wc_sun(d, rnd, u, sun_x, H * 0.17, H * 0.1)
    _wc_cloud(d, rnd, u, W * rnd.uniform(0.12, 0.3), H * 0.14, H * 0.09)
    _wc_mountains(d, rnd, u, -20 * u, W + 20 * u, horizon, H * 0.2, BLUE, LBLUE, peaks=7)
    _wc_mountains(d, rnd, u, -20 * u, W + 20 * u, horizon + H * 0.05, H * 0.1, GREEN, LGREEN, peaks=9)
    bands = _wc_terraces(d, rnd, u, 0, W, horizon + H * 0.08, H * 0.64, 5)
    x = W * rnd.uniform(0.42, 0.5)
    f, _ = bands[1]
    while x < W * 0.95:
        hw = W * rnd.uniform(0.07, 0.1)
        _wc_house(d, rnd, u, x, f(x) + H * 0.06, hw, H * 0.09, rnd.choice((INK, RED, BLUE)), rnd.choice((WHITE, YELLOW)))
        x += hw + W * rnd.uniform(0.02, 0.05)
    _wc_bamboo(d, rnd, u, W * 0.38, bands[2][0](W * 0.38) + H * 0.05, H * 0.3)
    _wc_river(d, rnd, u, 0, W, H * 0.7, H)
    _wc_boat(d, rnd, u, W * rnd.uniform(0.6, 0.8), H * 0.9, H * 0.22)
    for _ in range(3):
        _wc_duck(d, rnd, u, W * rnd.uniform(0.4, 0.95), H * rnd.uniform(0.78, 0.95), H * 0.045, rnd.choice((-1, 1)))
    k = _wc_ox(d, rnd, u, W * 0.24, H * 0.66, H * 0.42, 1)
    _stroke(d, [k(-0.38, 0.5), (W * 0.07, H * 0.58)], BROWN, 4 * u)
    _wc_person(d, rnd, u, W * 0.04, H * 0.68, H * 0.24, RED, "cheer", 1)
    _wc_person(d, rnd, u, W * 0.47, H * 0.63, H * 0.2, BLUE, "pole", -1)
    _wc_flower(d, rnd, u, W * 0.36, H * 0.8, H * 0.04, PINK)
    _wc_frame(img, rnd, u)
    img = _down(img)
    img = _speckle(img, rnd, PAPER, 5, 0.3)
    return _texture(img, rnd, 18)


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
        d.polygon([(cx, cy), (cx + math.cos(a0) * reach, cy + math.sin(a0) * reach), (cx + math.cos(a1) * reach, cy + math.sin(a1) * reach)], fill=ray)
    r = W * rnd.uniform(0.2, 0.26)
    _shape(d, rnd, _ellipse_pts(cx, cy, r * 1.12, r * 1.12, 60), ORANGE if sun == YELLOW else YELLOW, u, 0)
    _shape(d, rnd, _ellipse_pts(cx, cy, r, r, 60), sun, u, 0)
    for _ in range(rnd.randint(2, 4)):
        bx, by, bs = W * rnd.uniform(0.1, 0.9), H * rnd.uniform(0.08, 0.3), W * rnd.uniform(0.04, 0.07)
        _shape(d, rnd, [(bx - bs, by), (bx - bs * 0.3, by - bs * 0.2), (bx, by + bs * 0.15), (bx + bs * 0.3, by - bs * 0.2), (bx + bs, by), (bx, by + bs * 0.35)], WHITE, u, 0)
    ground = H * 0.8
    pts, _ = _ridge_pts(rnd, -10 * u, W + 10 * u, ground - H * 0.08, H * 0.14, 5, 16 * u)
    _shape(d, rnd, pts + [(W + 10 * u, H), (-10 * u, H)], _shade(fig, 1.6) if fig == INK else _shade(fig, 1.25), u, 0)
    d.rectangle((0, ground, W, H), fill=fig)
    count = rnd.randint(5, 8)
    for i in range(count):
        x = W * (0.08 + 0.84 * i / (count - 1)) + rnd.uniform(-0.03, 0.03) * W
        s = H * rnd.uniform(0.2, 0.3) * (1.15 if i in (count // 2, count // 2 - 1) else 1)
        pose = rnd.choice(("cheer", "flag", "hoe", "pole", "sheaf"))
        _wc_person(d, rnd, u, x, ground + H * 0.02, s, pose=pose, flip=1 if x < cx else -1, mono=fig)
    # bottom band with a repeated wave/cloud motif
    by = H * 0.87
    d.rectangle((0, by, W, H), fill=band)
    motif = bg if band != bg else fig
    step = W / 10
    for i in range(11):
        mx = i * step
        d.arc((mx - step * 0.4, by + H * 0.025, mx + step * 0.4, by + H * 0.09), 180, 360, fill=motif, width=round(6 * u))
        rr = step * 0.12
        d.ellipse((mx - rr + step / 2, by + H * 0.075 - rr, mx + rr + step / 2, by + H * 0.075 + rr), fill=motif)
    d.rectangle((0, by - 7 * u, W, by), fill=motif)
    top = H * 0.035
    d.rectangle((0, 0, W, top), fill=band)
    for i in range(14):
        mx = (i + 0.5) * W / 14
        d.regular_polygon((mx, top / 2, top * 0.32), 4, fill=motif)
    img = _down(img)
    img = _speckle(img, rnd, (236, 224, 200), 4, 0.25)
    return _texture(img, rnd, 20)


# ----------------------------------------------------------------------------------------------
# photograph (river town with a stone bridge)
# ----------------------------------------------------------------------------------------------
def _river_town(d, rnd, W, H, u):
    """Draw a greyscale river-town scene on an L canvas."""
    water = H * rnd.uniform(0.6, 0.68)
    _vbands(d, (0, 0, W, water), 232, 206, 24)
    ridge, _ = _ridge_pts(rnd, -10, W + 10, water - H * 0.2, H * 0.16, 5, 12 * u)
    d.polygon(ridge + [(W + 10, water), (-10, water)], fill=192)
    ridge, _ = _ridge_pts(rnd, -10, W + 10, water - H * 0.08, H * 0.14, 6, 12 * u)
    d.polygon(ridge + [(W + 10, water), (-10, water)], fill=168)

    side = rnd.choice((-1, 1))

    def sx(x):  # mirror horizontally when the town is on the right
        return x if side < 0 else W - x

    peak_x, peak_y, end_x = W * rnd.uniform(0.08, 0.2), water - H * rnd.uniform(0.4, 0.5), W * rnd.uniform(0.6, 0.72)

    def hill_y(x):
        if x <= peak_x:
            return peak_y + (peak_x - x) / W * H * 0.2
        t = (x - peak_x) / (end_x - peak_x)
        return _lerp(peak_y, water, min(1.0, t) ** 1.3)

    hill = [(sx(x), hill_y(x) + rnd.uniform(-3, 3) * u) for x in _frange(-10, end_x, 14 * u)]
    d.polygon(hill + [(sx(end_x + 40 * u), water), (sx(-10), water)], fill=128)
    for _ in range(60):
        x = rnd.uniform(0, end_x)
        y = hill_y(x) + rnd.uniform(0, 10) * u
        r = rnd.uniform(8, 18) * u
        d.ellipse((sx(x) - r, y - r, sx(x) + r, y + r * 0.8), fill=rnd.randint(70, 100))

    # stacked houses climbing the hill, back rows first
    row_h = H * 0.06
    rows = int((water - peak_y) / row_h) - 1
    for row in range(rows, -1, -1):
        base = water - H * 0.012 - row * row_h
        x = rnd.uniform(0, 20) * u
        while x < end_x:
            hw = W * rnd.uniform(0.035, 0.07)
            hh = row_h * rnd.uniform(1.0, 1.6)
            if hill_y(x) < base - hh * 0.3 and hill_y(x + hw) < base - hh * 0.3 and rnd.random() < 0.85:
                wall = rnd.choice((222, 214, 200, 150, 130))
                x0, x1 = sorted((sx(x), sx(x + hw)))
                if row == 0:
                    for px in _frange(x0 + 4 * u, x1, 16 * u):
                        d.line((px, base, px, water + 6 * u), fill=60, width=round(2 * u))
                d.rectangle((x0, base - hh, x1, base), fill=wall)
                ov = hw * 0.08
                d.polygon([(x0 - ov, base - hh), (x1 + ov, base - hh), (x1 - hw * 0.1, base - hh - hh * 0.38), (x0 + hw * 0.1, base - hh - hh * 0.38)], fill=rnd.randint(48, 72))
                for wx in _frange(x0 + hw * 0.15, x1 - hw * 0.2, hw * 0.3):
                    d.rectangle((wx, base - hh * 0.75, wx + hw * 0.12, base - hh * 0.45), fill=55)
            x += hw + rnd.uniform(1, 12) * u

    # water with ripples
    _vbands(d, (0, water, W, H), 178, 146, 24)
    for _ in range(260):
        y = rnd.uniform(water + 4 * u, H)
        x = rnd.uniform(0, W)
        ln = rnd.uniform(10, 60) * u * (0.4 + (y - water) / H)
        d.line((x, y, x + ln, y), fill=rnd.choice((196, 128, 160)), width=round(1.5 * u))
    for x in _frange(0, end_x, 9 * u):
        if rnd.random() < 0.5:
            y0 = water + rnd.uniform(2, 12) * u
            d.line((sx(x), y0, sx(x), y0 + rnd.uniform(10, 50) * u), fill=110, width=round(3 * u))

    # stone arch bridge across a side stream on the other bank
    bx0 = sx(W * rnd.uniform(0.7, 0.74))
    blen = W * rnd.uniform(0.2, 0.26)
    bx0, bx1 = (bx0, bx0 + blen) if side < 0 else (bx0 - blen, bx0)
    deck = water - H * rnd.uniform(0.07, 0.1)
    d.polygon([(bx0 - 30 * u, water), (bx0, deck), (bx1, deck), (bx1 + 30 * u, water)], fill=150)
    d.rectangle((bx0, deck - 8 * u, bx1, deck), fill=120)
    n_arch = rnd.choice((1, 3, 3, 5))
    span = (bx1 - bx0) / n_arch
    for i in range(n_arch):
        mx = bx0 + span * (i + 0.5)
        rw = span * (0.42 if n_arch > 1 else 0.38) * (1.15 if i == n_arch // 2 else 1)
        rh = min(rw, (water - deck) * 0.8)
        d.chord((mx - rw, water - rh, mx + rw, water + rh), 180, 360, fill=45)
        d.chord((mx - rw, water - rh * 0.7, mx + rw, water + rh * 0.95), 0, 180, fill=112)
    for y in _frange(deck + 10 * u, water - 4 * u, 12 * u):
        d.line((bx0, y, bx1, y), fill=138, width=1)

    for _ in range(rnd.randint(1, 3)):
        bx = rnd.uniform(0.2, 0.8) * W
        by = water + rnd.uniform(0.08, 0.25) * H
        s = W * rnd.uniform(0.06, 0.09) * (1 + (by - water) / H)
        d.polygon([(bx - s, by - s * 0.12), (bx + s, by - s * 0.16), (bx + s * 0.8, by), (bx - s * 0.8, by)], fill=40)
        d.chord((bx - s * 0.4, by - s * 0.45, bx + s * 0.3, by + s * 0.1), 180, 360, fill=60)
        d.line((bx + s * 0.6, by - s * 0.5, bx + s * 0.9, by + s * 0.3), fill=40, width=round(2 * u))
        d.line((bx - s * 0.8, by + 2 * u, bx + s * 0.8, by + 2 * u), fill=120, width=round(2 * u))


def _draw_photograph(rnd, w, h, seed):
    m = round(min(w, h) * 0.05)
    pw, ph = w - 2 * m, h - 2 * m
    img, d, u = _canvas(pw, ph, 200, "L")
    _river_town(d, rnd, pw * SS, ph * SS, u)
    gray = _down(img).filter(ImageFilter.GaussianBlur(0.9))
    gray = gray.point(lambda v: int(28 + v * 0.8))  # faded blacks and highlights
    if rnd.random() < 0.65:
        photo = _sepia(gray)
    else:
        photo = _sepia(gray, (30, 30, 32), (128, 126, 120), (236, 234, 226))
    photo = _vignette(photo, 0.45, (60, 44, 30), 2.2)
    photo = _grain(photo, rnd, 9, 1)
    pd = ImageDraw.Draw(photo)
    for _ in range(rnd.randint(8, 20)):
        x, y, r = rnd.uniform(0, pw), rnd.uniform(0, ph), rnd.uniform(0.6, 2.2)
        pd.ellipse((x - r, y - r, x + r, y + r), fill=(236, 228, 212))
    x = rnd.uniform(0.1, 0.9) * pw
    pd.line((x, 0, x + rnd.uniform(-40, 40), ph), fill=(214, 204, 186), width=1)
    card = Image.new("RGB", (w, h), (242, 238, 226))
    card.paste(photo, (m, m))
    card = _texture(card, rnd, 14)
    return _vignette(card, 0.3, (150, 130, 100), 3.0, 0.8)


# ----------------------------------------------------------------------------------------------
# painting (ink-wash landscape on silk)
# ----------------------------------------------------------------------------------------------
def _draw_painting(rnd, w, h, seed):
    silk = rnd.choice(((226, 212, 182), (220, 206, 172), (230, 220, 196)))
    img = Image.new("RGB", (w, h), silk)
    portrait = h > w
    sw, sh = w // 2, h // 2
    layers = rnd.randint(4, 6)
    far, near = (176, 186, 190), (46, 52, 60)
    lake = h * rnd.uniform(0.7, 0.8)
    for i in range(layers):
        t = i / (layers - 1)
        color = _mix(far, near, t**0.8)
        if portrait:
            base = sh * (0.3 + 0.55 * t)
            height = sh * rnd.uniform(0.25, 0.4)
        else:
            base = sh * (0.42 + 0.42 * t)
            height = sh * rnd.uniform(0.18, 0.3)
        peaks = rnd.randint(2, 5)
        mask = Image.new("L", (sw, sh), 0)
        md = ImageDraw.Draw(mask)
        pts, tops = _ridge_pts(rnd, -10, sw + 10, base, height, peaks, 4)
        pts = [(x, y + rnd.uniform(-1, 1)) for x, y in pts]
        if i == layers - 1:  # foreground bank only on one side, leaving open water
            cut = sw * rnd.uniform(0.35, 0.5)
            if rnd.random() < 0.5:
                pts = [(x, y if x < cut else _lerp(y, base + height, min(1, (x - cut) / (sw * 0.15)))) for x, y in pts]
            else:
                pts = [(x, y if x > sw - cut else _lerp(y, base + height, min(1, (sw - cut - x) / (sw * 0.15)))) for x, y in pts]
        md.polygon(pts + [(sw + 10, sh + 10), (-10, sh + 10)], fill=255)
        # fade toward the base: mist between the layers
        top = min(y for _, y in pts)
        grad = Image.new("L", (sw, sh), 0)
        gd = ImageDraw.Draw(grad)
        _vbands(gd, (0, top, sw, base + height * 0.15), 255, 0, 32)
        gd.rectangle((0, 0, sw, top), fill=255)
        mask = ImageChops.multiply(mask, grad)
        tex = _smooth_noise(rnd, (sw, sh), 18).point(lambda v: 150 + v * 105 // 255)
        mask = ImageChops.multiply(mask, tex)
        # darker brush contour along the ridge
        line = Image.new("L", (sw, sh), 0)
        ImageDraw.Draw(line).line(pts, fill=200, width=2)
        mask = ImageChops.lighter(mask, line.filter(ImageFilter.GaussianBlur(1)))
        mask = mask.filter(ImageFilter.GaussianBlur(1.5)).resize((w, h), BICUBIC)
        img = Image.composite(Image.new("RGB", (w, h), color), img, mask)
        # cun texture strokes on near layers
        if t > 0.4:
            d = ImageDraw.Draw(img)
            for px, ph, pw in tops:
                for _ in range(rnd.randint(3, 7)):
                    x0 = (px + rnd.uniform(-pw, pw) * 0.5) * 2
                    y0 = (base - ph * rnd.uniform(0.4, 0.9)) * 2
                    if y0 > top * 2:
                        d.line((x0, y0, x0 + rnd.uniform(8, 24), y0 + rnd.uniform(12, 40)), fill=_shade(color, 0.7), width=2)
    d = ImageDraw.Draw(img)
    # boat with a fisherman
    bx, by, s = w * rnd.uniform(0.3, 0.7), lake + rnd.uniform(-0.04, 0.06) * h, min(w, h) * 0.05
    d.polygon([(bx - s, by - s * 0.15), (bx + s, by - s * 0.25), (bx + s * 0.7, by + s * 0.05), (bx - s * 0.7, by + s * 0.05)], fill=(48, 44, 42))
    d.line((bx + s * 0.1, by - s * 0.2, bx + s * 0.1, by - s * 0.7), fill=(48, 44, 42), width=3)
    d.polygon([(bx - s * 0.1, by - s * 0.6), (bx + s * 0.3, by - s * 0.6), (bx + s * 0.1, by - s * 0.85)], fill=(60, 56, 52))
    d.line((bx + s * 0.2, by - s * 0.5, bx + s * 1.6, by - s * 1.0), fill=(60, 56, 52), width=1)
    for k in range(3):
        d.line((bx - s * (0.9 + k * 0.3), by + s * (0.2 + k * 0.1), bx + s * (0.9 + k * 0.2), by + s * (0.2 + k * 0.1)), fill=_shade(silk, 0.86), width=1)
    # distant birds
    for _ in range(rnd.randint(2, 5)):
        x, y, r = w * rnd.uniform(0.2, 0.8), h * rnd.uniform(0.08, 0.25), rnd.uniform(4, 8)
        d.line([(x - r, y - r * 0.3), (x, y), (x + r, y - r * 0.4)], fill=(70, 70, 72), width=2)
    # red seal
    ss = min(w, h) * 0.055
    sx, sy = (w * 0.08, h * 0.08) if rnd.random() < 0.5 else (w * 0.9 - ss, h * 0.88 - ss)
    seal = Image.new("RGB", (w, h), (0, 0, 0))
    _seal(ImageDraw.Draw(seal), rnd, sx, sy, ss, (178, 52, 40), silk)
    img = _texture(img, rnd, 22, (255, 248, 232))
    img = _weave(img, rnd)
    sm = Image.new("L", (w, h), 0)
    ImageDraw.Draw(sm).rectangle((sx, sy, sx + ss, sy + ss), fill=235)
    img = Image.composite(seal, img, sm)
    return _vignette(img, 0.35, (120, 96, 66), 2.6, 0.6)


def _weave(img, rnd):
    """Faint silk weave: alternating light lines."""
    w, h = img.size
    lines = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lines)
    for y in range(0, h, 3):
        d.line((0, y, w, y), fill=rnd.randint(8, 16))
    return ImageChops.subtract(img, Image.merge("RGB", (lines, lines, lines)))


def _seal(d, rnd, x, y, s, red, paper):
    """A square seal with an abstract carved pattern (white lines on red)."""
    d.rectangle((x, y, x + s, y + s), fill=red)
    b = s * 0.1
    d.rectangle((x + b * 0.5, y + b * 0.5, x + s - b * 0.5, y + s - b * 0.5), outline=paper, width=max(1, round(s * 0.03)))
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
                d.line((xx, y0, xx, y0 + rnd.uniform(0.3, 0.55) * (s - 2 * b)), fill=paper, width=lw)


# ----------------------------------------------------------------------------------------------
# manuscript / letter
# ----------------------------------------------------------------------------------------------
def _glyph(d, rnd, cx, cy, c, w, fill):
    """A character-like cluster of brush strokes in a cell of size c (not real text)."""
    for _ in range(rnd.randint(3, 7)):
        t = rnd.random()
        if t < 0.34:  # horizontal
            y = cy + rnd.uniform(-0.4, 0.4) * c
            x0, x1 = cx - rnd.uniform(0.1, 0.42) * c, cx + rnd.uniform(0.1, 0.42) * c
            _brush(d, (x0, y), (x1, y - 0.04 * c), w * 0.8, w * 1.05, fill)
        elif t < 0.6:  # vertical
            x = cx + rnd.uniform(-0.35, 0.35) * c
            y0, y1 = cy - rnd.uniform(0.1, 0.45) * c, cy + rnd.uniform(0.1, 0.45) * c
            _brush(d, (x, y0), (x, y1), w * 1.05, w * 0.7, fill)
        elif t < 0.74:  # left-falling
            x0, y0 = cx + rnd.uniform(-0.05, 0.3) * c, cy + rnd.uniform(-0.45, 0.0) * c
            _brush(d, (x0, y0), (x0 - rnd.uniform(0.2, 0.4) * c, y0 + rnd.uniform(0.25, 0.45) * c), w, w * 0.3, fill)
        elif t < 0.86:  # right-falling
            x0, y0 = cx + rnd.uniform(-0.3, 0.05) * c, cy + rnd.uniform(-0.3, 0.1) * c
            _brush(d, (x0, y0), (x0 + rnd.uniform(0.25, 0.4) * c, y0 + rnd.uniform(0.2, 0.35) * c), w * 0.5, w * 1.3, fill)
        else:  # dot
            x0, y0 = cx + rnd.uniform(-0.35, 0.35) * c, cy + rnd.uniform(-0.4, 0.4) * c
            _brush(d, (x0, y0), (x0 + 0.06 * c, y0 + 0.09 * c), w * 1.2, w * 0.8, fill)


def _aged_paper(img, rnd, tint, stains=4):
    img = _texture(img, rnd, 26, tint)
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
        d.rectangle((mx - col_w * 0.1, top - c * 0.6, W - mx + col_w * 0.1, bottom + c * 0.4), outline=rule, width=round(2 * u))
        for i in range(1, cols):
            x = mx + i * col_w
            d.line((x, top - c * 0.6, x, bottom + c * 0.4), fill=rule, width=round(1.2 * u))
    used = 0
    for i in range(cols):
        cx = W - mx - (i + 0.5) * col_w
        if i == 0:
            n = rnd.randint(4, 7)
            size = c * 1.1
        elif rnd.random() < 0.12:
            continue  # blank column between sections
        else:
            n = int((bottom - top) / (c * 1.15))
            if rnd.random() < 0.3:
                n = rnd.randint(3, n)
            size = c
        y = top + size / 2 + (size * 2 if i > 0 and rnd.random() < 0.25 else 0)
        for _ in range(n):
            if y > bottom:
                break
            if rnd.random() < 0.1 and i > 0:  # small double-column annotation
                for dx in (-0.22, 0.22):
                    _glyph(d, rnd, cx + dx * col_w, y, size * 0.42, size * 0.06, ink)
            else:
                _glyph(d, rnd, cx, y, size, size * 0.11 * rnd.uniform(0.85, 1.15), ink)
            y += size * rnd.uniform(1.08, 1.22)
        used = i
    ss = col_w * 0.95
    sx = W - mx - (used + 1.2) * col_w - ss * 0.2
    sx = max(mx * 0.4, sx)
    sy = bottom - ss * rnd.uniform(1.2, 2.5)
    _seal(d, rnd, sx, sy, ss, (176, 46, 36), paper)
    if rnd.random() < 0.5:
        _seal(d, rnd, W - mx * 0.85, top, ss * 0.6, (170, 50, 40), paper)
    img = _down(img)
    # worm holes
    hd = ImageDraw.Draw(img)
    for _ in range(rnd.randint(0, 6)):
        x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(2, 6)
        hd.polygon(_rough(rnd, _ellipse_pts(x, y, r, r * rnd.uniform(0.5, 1), 8), r * 0.3, 0), fill=(92, 70, 46))
    return _aged_paper(img, rnd, (255, 244, 220), rnd.randint(2, 6))


def _squiggle(rnd, x, y, c):
    """A handwriting-like smooth curve for one character cell centred at (x, y)."""
    pts = [(x + rnd.uniform(-0.35, 0.35) * c, y - 0.45 * c)]
    for i in range(rnd.randint(4, 7)):
        pts.append((x + rnd.uniform(-0.45, 0.45) * c, y + rnd.uniform(-0.4, 0.45) * c))
    pts.sort(key=lambda p: p[1] + rnd.uniform(-0.3, 0.3) * c)
    return _chaikin(pts, 3, closed=False)


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
        d.line((x0 + i * col_w, y0 + 8 * u, x0 + i * col_w, y1 - 8 * u), fill=red, width=round(1.3 * u))
    if rnd.random() < 0.5:  # small printed motif in the corner of the sheet
        cx, cy, r = x1 - col_w * 0.5, y1 + H * 0.045, H * 0.018
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=round(2 * u))
        d.regular_polygon((cx, cy, r * 0.6), 4, rotation=45, fill=red)
    ink = rnd.choice(((34, 40, 66), (30, 28, 26), (56, 40, 34)))
    c = col_w * 0.55
    lw = 2.6 * u
    n_cols = rnd.randint(6, 8)
    for i in range(n_cols):
        cx = x1 - (i + 0.5) * col_w
        y = y0 + 20 * u + c * 0.6 + (c if i == 0 else 0)
        end = y1 - 20 * u - (rnd.uniform(0.1, 0.6) * (y1 - y0) if i == n_cols - 1 else 0)
        prev = None
        while y < end - c * 0.5:
            cc = c * rnd.uniform(0.8, 1.1)
            pts = _squiggle(rnd, cx + rnd.uniform(-0.1, 0.1) * col_w, y, cc)
            if prev is not None and rnd.random() < 0.35:
                _stroke(d, _chaikin([prev, ((prev[0] + pts[0][0]) / 2 + 3 * u, (prev[1] + pts[0][1]) / 2), pts[0]], 2, False), ink, lw * 0.6)
            _stroke(d, pts, ink, lw)
            prev = pts[-1]
            y += cc * rnd.uniform(1.05, 1.3)
            if rnd.random() < 0.06:
                y += cc * 0.8
                prev = None
    # signature block at the lower left
    sx = x1 - (n_cols + 0.1) * col_w
    if sx > x0:
        y = y1 - H * 0.22
        for _ in range(3):
            _stroke(d, _squiggle(rnd, sx, y, c * 0.8), ink, lw)
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
    img = _texture(img, rnd, 18, (255, 250, 236))
    img = _fibres(img, rnd, 100, _shade(paper, 0.9))
    img = _stains(img, rnd, rnd.randint(0, 3), (170, 140, 90), 40)
    return _vignette(img, 0.4, (140, 110, 70), 3.0, 0.7)


# ----------------------------------------------------------------------------------------------
# map
# ----------------------------------------------------------------------------------------------
def _meander(rnd, x, y, heading, step, n, wander=0.12, pull=0.06):
    pts = [(x, y)]
    a, da = heading, 0.0
    for _ in range(n):
        da = da * 0.88 + rnd.gauss(0, wander)
        a += da + (heading - a) * pull
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
    river = _meander(rnd, start_x, H + 20 * u, -math.pi / 2 + rnd.uniform(-0.3, 0.3), 22 * u, int(H / (20 * u)) + 10, 0.1, 0.05)
    tribs = []
    for _ in range(rnd.randint(3, 6)):
        i = rnd.randrange(len(river) // 6, len(river) * 5 // 6)
        x, y = river[i]
        heading = rnd.choice((0, math.pi)) + rnd.uniform(-0.6, 0.6)
        tribs.append(_meander(rnd, x, y, heading, 18 * u, rnd.randint(15, 35), 0.14, 0.03))
    # hills (avoid the water)
    wet = river[::4] + [p for t in tribs for p in t[::4]]

    def dry(x, y, r):
        return all((x - px) ** 2 + (y - py) ** 2 > r * r for px, py in wet)

    hill_fill = _mix(paper, (150, 160, 110), 0.35)
    for _ in range(rnd.randint(6, 10)):
        cx, cy = rnd.uniform(m, W - m), rnd.uniform(m, H - m)
        a = rnd.uniform(0, TAU)
        for _ in range(rnd.randint(4, 10)):
            s = rnd.uniform(14, 26) * u
            x, y = cx + rnd.gauss(0, 60 * u), cy + rnd.gauss(0, 30 * u)
            cx += math.cos(a) * s * 1.2
            cy += math.sin(a) * s * 0.5
            if not (m + s < x < W - m - s and m + s < y < H - m) or not dry(x, y, s * 2):
                continue
            ridge = _chaikin([(x - s * 1.3, y), (x - s * 0.4, y - s * 0.8), (x, y - s * 1.1), (x + s * 0.5, y - s * 0.7), (x + s * 1.3, y)], 2, False)
            d.polygon(ridge, fill=hill_fill)
            for j in range(1, 5):
                t = j / 5
                px, py = ridge[int(len(ridge) * (0.5 + t * 0.4))]
                d.line((px, py, px - s * 0.15, py + s * 0.35 * (1 - t) + 2 * u), fill=ink, width=round(1.3 * u))
            d.line(ridge, fill=ink, width=round(2 * u), joint="curve")
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
    for (xa, ya), (xb, yb) in zip(towns, towns[1:]):
        pts = _chaikin([(xa, ya), ((xa + xb) / 2 + rnd.uniform(-40, 40) * u, (ya + yb) / 2), (xb, yb)], 3, False)
        for j in range(0, len(pts) - 1, 2):
            d.line((pts[j], pts[j + 1]), fill=road, width=round(2 * u))
    # water on top of roads
    for t in tribs:
        _stroke(d, t, water_edge, 7 * u)
        _stroke(d, t, water, 4 * u)
    _stroke(d, river, water_edge, 18 * u)
    _stroke(d, river, water, 14 * u)
    for j in range(0, len(river) - 3, 3):
        (xa, ya), (xb, yb) = river[j], river[j + 2]
        d.line((xa, ya, xb, yb), fill=_shade(water, 1.1), width=round(1.5 * u))
    for i, (x, y) in enumerate(towns):
        r = 9 * u
        if i == len(towns) // 2:  # county seat: walled square
            d.rectangle((x - r * 1.8, y - r * 1.8, x + r * 1.8, y + r * 1.8), fill=(196, 72, 52), outline=ink, width=round(3 * u))
            d.rectangle((x - r, y - r, x + r, y + r), outline=paper, width=round(2 * u))
        else:
            d.ellipse((x - r, y - r, x + r, y + r), fill=(196, 72, 52), outline=ink, width=round(2.5 * u))
    # compass rose
    R = min(W, H) * 0.09
    corner = rnd.choice(((W - m - R * 1.5, m + R * 1.5), (m + R * 1.5, H - m - R * 1.5), (m + R * 1.5, m + R * 1.5)))
    cx, cy = corner
    d.ellipse((cx - R * 0.8, cy - R * 0.8, cx + R * 0.8, cy + R * 0.8), outline=ink, width=round(2 * u))
    d.ellipse((cx - R * 0.72, cy - R * 0.72, cx + R * 0.72, cy + R * 0.72), outline=ink, width=round(1 * u))
    for i in (1, 3, 5, 7, 0, 2, 4, 6):
        a = -math.pi / 2 + i * math.pi / 4
        length = R if i % 2 == 0 else R * 0.55
        tip = (cx + math.cos(a) * length, cy + math.sin(a) * length)
        for sgn, fill in ((1, ink), (-1, paper)):
            side = (cx + math.cos(a + sgn * math.pi / 4) * R * 0.14, cy + math.sin(a + sgn * math.pi / 4) * R * 0.14)
            if i == 0 and sgn == 1:
                fill = (178, 50, 40)
            d.polygon([(cx, cy), tip, side], fill=fill, outline=ink)
    # scale bar
    sbx, sby = W - m * 2 - W * 0.2, H - m * 1.6
    for i in range(5):
        d.rectangle((sbx + i * W * 0.04, sby, sbx + (i + 1) * W * 0.04, sby + 7 * u), fill=ink if i % 2 == 0 else paper, outline=ink, width=round(1.3 * u))
    # frame with graduated border
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
    d.rectangle((0, 0, W, m * 0.5), fill=paper)
    img = _down(img)
    # fold lines (folded in 2 x 3)
    shade = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(shade)
    for fx in (w / 3, 2 * w / 3):
        sd.line((fx, 0, fx, h), fill=70, width=4)
    sd.line((0, h / 2, w, h / 2), fill=70, width=4)
    img = Image.composite(Image.new("RGB", (w, h), (140, 110, 70)), img, shade.filter(ImageFilter.GaussianBlur(2.5)))
    return _aged_paper(img, rnd, (255, 246, 226), rnd.randint(2, 5))


# ----------------------------------------------------------------------------------------------
# newspaper
# ----------------------------------------------------------------------------------------------
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
            d.rectangle((x, y, seg, y + pitch * 0.58), fill=fill)
            x = seg + pitch * 0.7
        y += pitch


def _halftone(d, rnd, box, cell, ink, u):
    x0, y0, x1, y1 = box
    cols, rows = int((x1 - x0) / cell), int((y1 - y0) / cell)
    scene, sd, su = _canvas(cols * 3, rows * 3, 200, "L")
    _river_town(sd, rnd, cols * 3 * SS, rows * 3 * SS, su)
    small = scene.resize((cols, rows), Image.Resampling.BOX)
    data = small.tobytes()
    for j in range(rows):
        for i in range(cols):
            dark = (255 - data[j * cols + i]) / 255
            r = cell * 0.62 * math.sqrt(dark)
            if r > 0.4:
                cx, cy = x0 + (i + 0.5) * cell, y0 + (j + 0.5) * cell
                d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
    d.rectangle(box, outline=ink, width=round(1.5 * u))


def _draw_newspaper(rnd, w, h, seed):
    paper = rnd.choice(((226, 214, 184), (232, 220, 190), (222, 208, 174)))
    img, d, u = _canvas(w, h, paper)
    W, H = w * SS, h * SS
    ink, grey = (38, 34, 30), (104, 96, 86)
    m = W * 0.055
    # masthead: bold brush "title" marks, a date block and rules
    mh = H * 0.12
    red = rnd.random() < 0.5
    n = rnd.randint(3, 4)
    cw = mh * 0.8
    for i in range(n):
        _glyph(d, rnd, m + cw * (i + 0.55), m + mh * 0.5, cw * 0.9, cw * 0.16, (170, 40, 34) if red else ink)
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
            for k in range(rnd.randint(1, 2)):
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
                d.line((col_x(i), cy - 4 * u, col_x(i) + col_w, cy - 4 * u), fill=ink, width=round(1.2 * u))
                cy += 8 * u
        if i:
            x = col_x(i) - gap / 2
            d.line((x, y if i >= span else lead_bottom + 12 * u, x, bottom), fill=ink, width=round(1 * u))
    img = _down(img)
    return _aged_paper(img, rnd, (255, 246, 222), rnd.randint(1, 4))


# ----------------------------------------------------------------------------------------------
# book (thread-bound, indigo cover)
# ----------------------------------------------------------------------------------------------
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
        d.line((x0 + 4 * u, y1 + k * 2 * u, x1 + 3 * u, y1 + k * 2 * u), fill=(200, 188, 160, 255), width=1)
    d.rectangle((x0, y0, x1, y1), fill=cover + (255,))
    # cloth / paper texture of the cover
    tex = _smooth_noise(rnd, (W, H), 30)
    tex = tex.point(lambda v: 120 + v // 4)
    rgb = ImageChops.multiply(layer.convert("RGB"), ImageOps.colorize(tex, (150, 150, 150), (255, 255, 255)))
    layer = Image.merge("RGBA", (*rgb.split(), layer.getchannel("A")))
    d = ImageDraw.Draw(layer)
    for _ in range(500):
        x, y = rnd.uniform(x0, x1), rnd.uniform(y0, y1)
        d.line((x, y, x + rnd.uniform(-6, 6) * u, y + rnd.uniform(-1, 1) * u), fill=_shade(cover, rnd.choice((0.8, 1.25))) + (255,), width=1)
    d.rectangle((x0, y0, x1, y1), outline=_shade(cover, 1.4) + (255,), width=round(2 * u))
    # title slip at the upper left, with a few ink marks
    sw_, sh_ = bw * 0.17, bh * rnd.uniform(0.45, 0.58)
    sx, sy = x0 + bw * 0.07, y0 + bh * 0.05
    slip = rnd.choice(((238, 230, 208), (232, 222, 196)))
    d.rectangle((sx, sy, sx + sw_, sy + sh_), fill=slip + (255,), outline=_shade(slip, 0.8) + (255,), width=round(1.5 * u))
    d.rectangle((sx + 6 * u, sy + 6 * u, sx + sw_ - 6 * u, sy + sh_ - 6 * u), outline=(150, 60, 50, 255), width=round(1.2 * u))
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
        d.rectangle((x1 - bw * 0.04, cy, x1, cy + bh * 0.04), fill=rnd.choice(((150, 60, 48), (120, 96, 60))) + (255,))
    tw = round(3 * u)
    d.line((hx, y0, hx, y1), fill=thread, width=tw)
    for hy in holes:
        d.line((hx, hy, x1, hy), fill=thread, width=tw)
        r = 3.4 * u
        d.ellipse((hx - r, hy - r, hx + r, hy + r), fill=(20, 20, 26, 255))
    d.line((x1 - bw * 0.1, y0, x1 - bw * 0.1, y1), fill=_shade(cover, 0.7) + (255,), width=round(1.5 * u))
    layer = _down(layer)
    if rnd.random() < 0.7:
        layer = layer.rotate(rnd.uniform(-4, 4), resample=BICUBIC)
    return _place(bg, layer, rnd, (12, 16), 16, 0.55)


# ----------------------------------------------------------------------------------------------
# object (carved woodblock or ceramic bowl)
# ----------------------------------------------------------------------------------------------
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
    motif, md, mu = _canvas(int(bw / SS), int(bh / SS), PAPER)
    _woodcut_scene(md, rnd, mu, motif.width, motif.height, rnd.choice(("terraces", "village", "plough")))
    motif = motif.resize((int(bw), int(bh))).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    gray = ImageOps.grayscale(motif)
    raised = gray.point(lambda v: 255 if v < 120 else 0).filter(ImageFilter.MaxFilter(3))
    inked = rnd.choice(((38, 30, 28), (60, 28, 24)))
    carved = Image.new("RGB", raised.size, _shade(wood, 0.9))
    cd = ImageDraw.Draw(carved)
    for _ in range(60):
        yy = rnd.uniform(0, bh)
        cd.line([(x, yy + math.sin(x / (60 * u) + yy) * 4 * u) for x in _frange(0, bw, 24 * u)], fill=_shade(wood, 0.8), width=round(1.2 * u))
    top = Image.composite(Image.new("RGB", raised.size, inked), carved, raised)
    top = _speckle(top, rnd, _shade(wood, 1.05), 10, 0.5)
    layer.paste(top, (int(x0), int(y0)))
    d = ImageDraw.Draw(layer)
    d.rectangle((x0, y0, x0 + bw, y0 + bh), outline=_shade(wood, 1.1) + (255,), width=round(3 * u))
    d.line((x0, y0 + bh, x0 + bw, y0 + bh), fill=_shade(wood, 0.55) + (255,), width=round(2 * u))
    layer = _down(layer)
    return layer.rotate(rnd.uniform(-6, 6), resample=BICUBIC)


def _bowl(rnd, w, h):
    glaze = rnd.choice(("blue-white", "celadon", "tenmoku"))
    base = {"blue-white": (232, 234, 230), "celadon": (150, 178, 156), "tenmoku": (70, 46, 34)}[glaze]
    layer, d, u = _canvas(w, h, base + (0,), "RGBA")
    W, H = w * SS, h * SS
    cx, cy = W / 2, H * 0.38
    rx, ry, depth = W * 0.3, H * 0.075, H * 0.36
    fw, fh = rx * 0.38, H * 0.04
    prof = [(cx + rx * math.cos(t), cy + depth * math.sin(t) ** 1.3) for t in _frange(0, math.pi + 1e-6, math.pi / 60)]
    body = prof + [(cx - rx, cy)]
    d.polygon([(cx - fw, cy + depth * 0.9), (cx + fw, cy + depth * 0.9), (cx + fw * 0.92, cy + depth + fh), (cx - fw * 0.92, cy + depth + fh)], fill=_shade(base, 0.8) + (255,))
    d.polygon(body, fill=base + (255,))
    d.chord((cx - rx, cy - ry, cx + rx, cy + ry), 0, 180, fill=base + (255,))
    if glaze == "blue-white":
        blue = (40, 64, 140, 255)
        for f, wd in ((0.12, 3), (0.2, 1.5), (0.72, 2.5), (0.8, 1.5)):
            yy = cy + depth * f
            rr = rx * math.sqrt(max(0.0, 1 - f ** (2 / 1.3))) * 0.99
            d.arc((cx - rr, yy - ry * 0.9, cx + rr, yy + ry * 0.9), 5, 175, fill=blue, width=round(wd * u))
        for t in _frange(0.15, math.pi - 0.15, math.pi / 9):
            f = 0.45
            rr = rx * math.sqrt(1 - f ** (2 / 1.3))
            px, py = cx + rr * math.cos(t), cy + depth * f + ry * 0.9 * math.sin(t)
            s = 16 * u * math.sin(t) + 6 * u
            d.ellipse((px - s, py - s * 0.7, px + s, py + s * 0.7), outline=blue, width=round(2.5 * u))
            d.arc((px - s * 1.6, py - s * 1.4, px + s * 0.4, py + s * 0.6), 200, 330, fill=blue, width=round(2 * u))
            d.ellipse((px - s * 0.3, py - s * 0.3, px + s * 0.3, py + s * 0.3), fill=blue)
    elif glaze == "celadon":
        for _ in range(80):
            t = rnd.uniform(0.1, math.pi - 0.1)
            f = rnd.uniform(0.1, 0.9)
            rr = rx * math.sqrt(max(0.0, 1 - f ** (2 / 1.3)))
            px, py = cx + rr * math.cos(t), cy + depth * f + ry * math.sin(t) * 0.8
            d.line((px, py, px + rnd.uniform(-20, 20) * u, py + rnd.uniform(-12, 12) * u), fill=_shade(base, 0.8) + (255,), width=1)
    else:
        for t in _frange(0.2, math.pi - 0.2, 0.09):
            px = cx + rx * math.cos(t) * 0.98
            ln = depth * rnd.uniform(0.2, 0.55) * math.sin(t)
            d.line((px, cy + ry * math.sin(t), px, cy + ry + ln), fill=(150, 86, 44, 255), width=round(rnd.uniform(2, 5) * u))
    # interior and rim
    inner = _shade(base, 0.82)
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=inner + (255,))
    d.ellipse((cx - rx * 0.6, cy - ry * 0.2, cx + rx * 0.6, cy + ry * 0.75), fill=_shade(base, 0.9) + (255,))
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=_shade(base, 1.15) + (255,), width=round(5 * u))
    if glaze == "blue-white":
        d.ellipse((cx - rx * 0.97, cy - ry * 0.9, cx + rx * 0.97, cy + ry * 0.9), outline=(40, 64, 140, 255), width=round(2 * u))
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
    rgb = Image.composite(Image.new("RGB", (lw, lh), _shade(base, 0.45)), layer.convert("RGB"), shade)
    hl = Image.new("L", (lw, lh), 0)
    hx, hy = (cx - rx * 0.55) / SS, (cy + depth * 0.35) / SS
    ImageDraw.Draw(hl).ellipse((hx - rx * 0.06 / SS, hy - depth * 0.2 / SS, hx + rx * 0.06 / SS, hy + depth * 0.2 / SS), fill=150)
    rgb = Image.composite(Image.new("RGB", (lw, lh), (255, 255, 255)), rgb, hl.filter(ImageFilter.GaussianBlur(10)))
    return Image.merge("RGBA", (*rgb.split(), layer.getchannel("A")))


# ----------------------------------------------------------------------------------------------
# audio (cassette or tape reel) / video (film strip)
# ----------------------------------------------------------------------------------------------
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
    d.rounded_rectangle((x0, y0, x1, y1), radius=bw * 0.04, fill=shell + (a,), outline=_shade(shell, 0.7) + (a,), width=round(2 * u))
    # label with coloured stripes and blank writing lines
    lx0, ly0, lx1, ly1 = x0 + bw * 0.06, y0 + bh * 0.06, x1 - bw * 0.06, y0 + bh * 0.68
    label = rnd.choice(((240, 234, 214), (236, 236, 230), (246, 222, 160)))
    d.rounded_rectangle((lx0, ly0, lx1, ly1), radius=bw * 0.02, fill=label + (a,))
    stripes = rnd.choice((((214, 86, 40), (236, 170, 50)), ((40, 90, 160), (90, 160, 200)), ((180, 40, 50), (40, 40, 40))))
    for k, col in enumerate(stripes):
        yy = ly0 + (ly1 - ly0) * (0.6 + k * 0.1)
        d.rectangle((lx0, yy, lx1, yy + (ly1 - ly0) * 0.08), fill=col + (a,))
    for k in range(2):
        yy = ly0 + (ly1 - ly0) * (0.14 + k * 0.12)
        d.line((lx0 + bw * 0.04, yy, lx1 - bw * 0.04, yy), fill=(170, 164, 150, a), width=round(1.5 * u))
    # window with the two reels of tape
    wx0, wy0 = x0 + bw * 0.27, y0 + bh * 0.3
    wx1, wy1 = x1 - bw * 0.27, y0 + bh * 0.52
    win = Image.new("RGBA", (int(wx1 - wx0), int(wy1 - wy0)), (70, 62, 56, 255))
    wd = ImageDraw.Draw(win)
    fill_l = rnd.uniform(0.3, 1.0)
    for k, (rx, frac) in enumerate(((bw * 0.2, fill_l), (bw * 0.2, 1.3 - fill_l))):
        cx = (bw / 2 - bw * 0.27) + (-1 if k == 0 else 1) * rx - (0 if k == 0 else 0)
        cx = (wx1 - wx0) / 2 + (-1 if k == 0 else 1) * bw * 0.2
        cy = (wy1 - wy0) / 2
        r = bh * (0.09 + 0.13 * frac)
        wd.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(92, 58, 38, 255))
        for rr in _frange(bh * 0.08, r, 5 * u):
            wd.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=(104, 68, 44, 255), width=1)
    wm = Image.new("L", win.size, 0)
    ImageDraw.Draw(wm).rounded_rectangle((0, 0, win.width - 1, win.height - 1), radius=win.height * 0.3, fill=255)
    layer.paste(win, (int(wx0), int(wy0)), wm)
    d = ImageDraw.Draw(layer)
    for k in (-1, 1):
        cx, cy = x0 + bw / 2 + k * bw * 0.2, (wy0 + wy1) / 2
        r = bh * 0.075
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 234, 226, a), outline=(120, 120, 120, a), width=round(1.5 * u))
        for j in range(6):
            t = j * TAU / 6
            d.line((cx + math.cos(t) * r * 0.45, cy + math.sin(t) * r * 0.45, cx + math.cos(t) * r * 0.8, cy + math.sin(t) * r * 0.8), fill=(90, 90, 90, a), width=round(3 * u))
    d.rounded_rectangle((wx0, wy0, wx1, wy1), radius=(wy1 - wy0) * 0.3, outline=_shade(label, 0.6) + (a,), width=round(2 * u))
    # bottom trapezoid with holes
    tz = [(x0 + bw * 0.18, y1), (x0 + bw * 0.24, y1 - bh * 0.2), (x1 - bw * 0.24, y1 - bh * 0.2), (x1 - bw * 0.18, y1)]
    d.polygon(tz, fill=_shade(shell, 0.85) + (a,), outline=_shade(shell, 0.6) + (a,))
    for fx in (0.32, 0.43, 0.57, 0.68):
        cx, cy, r = x0 + bw * fx, y1 - bh * 0.09, bh * 0.025
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(20, 20, 20, a))
    for fx, fy in ((0.03, 0.05), (0.97, 0.05), (0.03, 0.95), (0.97, 0.95), (0.5, 0.9)):
        cx, cy, r = x0 + bw * fx, y0 + bh * fy, bh * 0.018
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(150, 150, 150, a), outline=(80, 80, 80, a))
        d.line((cx - r * 0.7, cy, cx + r * 0.7, cy), fill=(60, 60, 60, a), width=round(1.2 * u))
    layer = _down(layer)
    return layer.rotate(rnd.uniform(-8, 8), resample=BICUBIC)


def _reel(rnd, w, h):
    flange = rnd.choice(((178, 180, 184), (160, 40, 40), (60, 90, 140)))
    layer, d, u = _canvas(w, h, flange + (0,), "RGBA")
    W, H = w * SS, h * SS
    cx, cy, R = W * 0.46, H * 0.5, H * 0.4
    a = 255
    clear = flange + (0,)
    tape = (74, 48, 32, a)
    d.ellipse((cx - R, cy - R, cx + R, cy + R), fill=flange + (a,), outline=_shade(flange, 0.7) + (a,), width=round(3 * u))
    off = rnd.uniform(0, 120)
    pack = R * rnd.uniform(0.6, 0.85)
    for k in range(3):
        s = off + k * 120
        d.pieslice((cx - R * 0.86, cy - R * 0.86, cx + R * 0.86, cy + R * 0.86), s + 14, s + 106, fill=clear)
        d.pieslice((cx - pack, cy - pack, cx + pack, cy + pack), s + 14, s + 106, fill=tape)
    d.ellipse((cx - R * 0.32, cy - R * 0.32, cx + R * 0.32, cy + R * 0.32), fill=flange + (a,))
    for rr in _frange(R * 0.36, pack, 7 * u):
        for k in range(3):
            s = off + k * 120
            d.arc((cx - rr, cy - rr, cx + rr, cy + rr), s + 16, s + 104, fill=(88, 58, 38, a), width=1)
    d.ellipse((cx - R * 0.16, cy - R * 0.16, cx + R * 0.16, cy + R * 0.16), fill=(222, 222, 218, a), outline=(100, 100, 100, a), width=round(2 * u))
    d.regular_polygon((cx, cy, R * 0.06), 3, rotation=rnd.uniform(0, 120), fill=(40, 40, 40, a))
    d.ellipse((cx - R * 0.95, cy - R * 0.95, cx + R * 0.95, cy + R * 0.95), outline=_shade(flange, 1.15) + (a,), width=round(2 * u))
    # loose tape end
    pts = _chaikin([(cx + pack * 0.7, cy + pack * 0.7), (cx + R * 1.1, cy + R * 0.8), (cx + R * 1.45, cy + R * 0.5), (cx + R * 1.6, cy + R * 0.85)], 3, False)
    d.line(pts, fill=tape, width=round(5 * u), joint="curve")
    layer = _down(layer)
    return layer


def _draw_video(rnd, w, h, seed):
    bg = _backdrop(w, h, rnd, (190, 192, 196), (222, 224, 226))
    L, Hh = int(w * 1.5), h
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
    sepia = rnd.random() < 0.6
    frame_rnd = random.Random(rnd.random())
    scene_w, scene_h = int(fw / SS), int(fh / SS)
    base, sd, su = _canvas(scene_w, scene_h, 200, "L")
    _river_town(sd, frame_rnd, scene_w * SS, scene_h * SS, su)
    base = base.resize((int(fw), int(fh)))
    while x < W:
        # consecutive frames: the same scene, panning slightly
        shift = int(((x / pitch) % 7) * fw * 0.02)
        frame = base.transform(base.size, Image.Transform.AFFINE, (1, 0, shift - fw * 0.05, 0, 1, 0), BICUBIC)
        frame = frame.filter(ImageFilter.GaussianBlur(1.5))
        frame = _sepia(frame) if sepia else ImageOps.colorize(frame, (20, 20, 22), (236, 236, 230))
        layer.paste(frame, (int(x), int(y0 + margin)))
        x += pitch
    for sx in _frange(0, W, fw / 4):
        for sy in (y0 + margin * 0.3, y0 + sh - margin * 0.7):
            d.rounded_rectangle((sx, sy, sx + fw * 0.1, sy + margin * 0.4), radius=margin * 0.08, fill=film + (0,))
    layer = _down(layer).rotate(rnd.uniform(-12, 12), resample=BICUBIC)
    crop = layer.crop(((L - w) // 2, 0, (L - w) // 2 + w, h))
    if rnd.random() < 0.5:  # a film can in the corner
        can, cd, cu = _canvas(w, h, (170, 172, 176, 0), "RGBA")
        R = h * SS * 0.42
        cx, cy = (w * SS * rnd.choice((0.0, 1.0))), h * SS * rnd.choice((0.0, 1.0))
        for k, f in enumerate((1.0, 0.94, 0.7, 0.66, 0.2)):
            col = (176, 178, 182) if k % 2 == 0 else (148, 150, 156)
            cd.ellipse((cx - R * f, cy - R * f, cx + R * f, cy + R * f), fill=col + (255,), outline=(110, 112, 118, 255), width=round(2 * cu))
        bg = _place(bg, _down(can), rnd, (10, 14), 14, 0.45)
    return _place(bg, crop, rnd, (12, 16), 12, 0.5)


# ----------------------------------------------------------------------------------------------
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
    lay["people"] = [(rg.uniform(1.1, 4), rg.uniform(0.2, 0.8), rg.random()) for _ in range(rg.randint(3, 6))]
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
                d.ellipse((cx + k * r * 0.6 - r, cy - r * 0.5 - k % 2 * r * 0.2, cx + k * r * 0.6 + r, cy + r * 0.5), fill=(244, 246, 248))
        hill_c, ground_c = (92, 136, 92), (176, 172, 164)
    else:
        _vbands(d, (0, 0, W, vy + H * 0.05), (226, 222, 212), (208, 204, 194), 20)
        hill_c, ground_c = (168, 166, 158), (146, 138, 124)
    # distant hill at the end of the street
    hill = [(vx - W * 0.5, vy + 4 * u)]
    for i, (dx, hgt) in enumerate(lay["hill"]):
        hill.append((vx + (i - 2) * W * 0.12 + dx * 20 * u, vy - hgt * H * 0.12))
    hill.append((vx + W * 0.5, vy + 4 * u))
    d.polygon(_chaikin(hill, 3) if False else _chaikin(hill + [(vx + W * 0.5, vy + 40 * u), (vx - W * 0.5, vy + 40 * u)], 2), fill=hill_c)
    # street surface
    (_, le, _), (_, re, _) = lay["sides"]
    d.polygon([(le, H), P(-1, le, 12, 0), P(1, re, 12, 0), (re, H)], fill=ground_c)
    slab = _shade(ground_c, 0.86 if modern else 0.78)
    for t in _frange(0.0, 1.0001, 1 / 8):
        ex = _lerp(le, re, t)
        d.line((ex, H, vx + (ex - vx) / 12, vy + (H - vy) / 12), fill=slab, width=round(1.5 * u))
    z = 1.0
    while z < 12:
        a, b = P(-1, le, z, 0), P(1, re, z, 0)
        d.line((a, b), fill=slab, width=round(1.5 * u))
        z *= 1.25
    if modern:
        for side, edge, _ in lay["sides"]:
            d.polygon([P(side, edge, 0.6, 0), P(side, edge, 12, 0), P(side, edge, 12, 0, 0.08), P(side, edge, 0.6, 0, 0.08)], fill=(200, 196, 188))
    walls_then = ((196, 184, 160), (150, 120, 88), (186, 176, 156), (128, 100, 74))
    walls_now = ((238, 228, 206), (214, 128, 96), (234, 204, 146), (186, 200, 210), (228, 232, 234), (200, 92, 72))
    awnings = ((196, 52, 44), (44, 120, 80), (40, 96, 170), (230, 150, 40), (120, 60, 140))
    for side, edge, blds in lay["sides"]:
        for b in reversed(blds):
            z1, z2, hh = b["z1"], b["z2"], b["h"]
            k = b["k"]
            wall = walls_now[int(k * len(walls_now))] if modern else walls_then[int(k * len(walls_then))]
            q = [P(side, edge, z1, 0), P(side, edge, z1, hh), P(side, edge, z2, hh), P(side, edge, z2, 0)]
            d.polygon(q, fill=wall, outline=_shade(wall, 0.7))
            fh = hh / b["floors"]
            # ground floor shop front
            n = b["wins"]
            for j in range(n):
                za = _lerp(z1, z2, (j + 0.12) / n)
                zb = _lerp(z1, z2, (j + 0.88) / n)
                shop = [P(side, edge, za, 0), P(side, edge, za, fh * 0.8), P(side, edge, zb, fh * 0.8), P(side, edge, zb, 0)]
                if modern:
                    d.polygon(shop, fill=(236, 214, 170) if (j + int(k * 7)) % 3 else (92, 116, 128))
                    aw = awnings[(j + int(k * 10)) % len(awnings)]
                    d.polygon([P(side, edge, za, fh * 0.95), P(side, edge, zb, fh * 0.95), P(side, edge, zb, fh * 0.8, 0.03), P(side, edge, za, fh * 0.8, 0.03)], fill=aw)
                else:
                    d.polygon(shop, fill=(84, 64, 48))
                    for t in (0.25, 0.5, 0.75):
                        zt = _lerp(za, zb, t)
                        d.line((P(side, edge, zt, 0), P(side, edge, zt, fh * 0.8)), fill=(120, 96, 72), width=max(1, round(2 * u / zt)))
                # upper windows
                for f in range(1, b["floors"]):
                    hb, ht = fh * (f + 0.25), fh * (f + 0.8)
                    win = [P(side, edge, za, hb), P(side, edge, za, ht), P(side, edge, zb, ht), P(side, edge, zb, hb)]
                    if modern:
                        d.polygon(win, fill=(150, 186, 212), outline=(250, 250, 250))
                        zm = (za + zb) / 2
                        d.line((P(side, edge, zm, hb), P(side, edge, zm, ht)), fill=(250, 250, 250), width=max(1, round(3 * u / zm)))
                        if (j + f + int(k * 5)) % 3 == 0:
                            d.polygon([P(side, edge, za, hb - fh * 0.02), P(side, edge, za, hb - fh * 0.14), P(side, edge, _lerp(za, zb, 0.4), hb - fh * 0.14, 0.015), P(side, edge, _lerp(za, zb, 0.4), hb - fh * 0.02, 0.015)], fill=(236, 236, 232))
                    else:
                        d.polygon(win, fill=(70, 56, 44))
                        for t in (0.33, 0.66):
                            zt = _lerp(za, zb, t)
                            lw = max(1, round(2 * u / zt))
                            d.line((P(side, edge, zt, hb), P(side, edge, zt, ht)), fill=(150, 126, 98), width=lw)
                            ht2 = _lerp(hb, ht, t)
                            d.line((P(side, edge, za, ht2), P(side, edge, zb, ht2)), fill=(150, 126, 98), width=lw)
            # eaves of dark tiles
            eave = (78, 80, 86) if modern else (64, 56, 50)
            d.polygon([P(side, edge, z1, hh), P(side, edge, z2, hh), P(side, edge, z2, hh - 0.03, 0.07), P(side, edge, z1, hh - 0.03, 0.07)], fill=eave)
            d.polygon([P(side, edge, z1, hh), P(side, edge, z2, hh), P(side, edge, z2, hh + 0.06, -0.02), P(side, edge, z1, hh + 0.06, -0.02)], fill=_shade(eave, 0.8))
            if b["lantern"]:
                zl = _lerp(z1, z2, 0.5)
                lx, ly = P(side, edge, zl, fh * 1.05, 0.05)
                r = 22 * u / zl
                d.line((lx, ly - r * 1.6, lx, ly), fill=(40, 40, 40), width=max(1, round(2 * u / zl)))
                col = (214, 40, 36) if modern else (120, 84, 60)
                d.ellipse((lx - r, ly - r * 0.8, lx + r, ly + r * 1.1), fill=col)
    # people (same places in both, different clothes)
    for z, lat, k in sorted(lay["people"], reverse=True):
        gx = _lerp(le, re, lat)
        x = vx + (gx - vx) / z
        y = vy + (H - vy) / z
        s = H * 0.3 / z
        if modern:
            shirt = awnings[int(k * len(awnings))]
            trousers = (50, 60, 90)
        else:
            shirt, trousers = (70, 64, 58), (46, 42, 40)
        d.rectangle((x - s * 0.1, y - s * 0.45, x + s * 0.1, y), fill=trousers)
        d.rounded_rectangle((x - s * 0.14, y - s * 0.82, x + s * 0.14, y - s * 0.42), radius=s * 0.05, fill=shirt)
        d.ellipse((x - s * 0.08, y - s * 0.98, x + s * 0.08, y - s * 0.82), fill=(200, 160, 130) if modern else (120, 100, 84))
        if not modern and k < 0.5:
            d.polygon([(x - s * 0.2, y - s * 0.9), (x + s * 0.2, y - s * 0.9), (x, y - s * 1.04)], fill=(150, 130, 96))
            d.line((x - s * 0.5, y - s * 0.8, x + s * 0.5, y - s * 0.8), fill=(80, 64, 50), width=max(1, round(s * 0.03)))
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
    gray = gray.point(lambda v: int(34 + v * 0.78))
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


_DRAWERS = {
    "print": _draw_print,
    "photograph": _draw_photograph,
    "painting": _draw_painting,
    "manuscript": _draw_manuscript,
    "letter": _draw_letter,
    "map": _draw_map,
    "newspaper": _draw_newspaper,
    "book": _draw_book,
    "poster": _draw_poster,
    "object": _draw_object,
    "audio": _draw_audio,
    "video": _draw_video,
    "then": _draw_then,
    "now": _draw_now,
    "hero": _draw_hero,
}
