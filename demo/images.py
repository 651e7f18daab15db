import io
import random

from PIL import Image, ImageDraw


def draw(kind, seed, size=None):  # temporary placeholder
    rnd = random.Random(f"{kind}-{seed}")
    img = Image.new("RGB", size or (1200, 900), (rnd.randrange(256), 200, 180))
    d = ImageDraw.Draw(img)
    for _ in range(10):
        x, y = rnd.randrange(1200), rnd.randrange(900)
        d.ellipse((x, y, x + 100, y + 100), fill=(180, 40, 30))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()
