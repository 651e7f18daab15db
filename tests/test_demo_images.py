"""The demo's pictures are drawn, not downloaded: every kind, deterministic, small enough."""

import io

import pytest
from PIL import Image

from demo.images import KINDS, draw


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_draws_a_deterministic_jpeg(kind):
    data = draw(kind, 3)
    assert data == draw(kind, 3)
    assert data != draw(kind, 4)
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert min(image.size) >= 600
    assert len(data) <= 250_000


def test_then_and_now_share_a_composition_and_size():
    then = Image.open(io.BytesIO(draw("then", 7)))
    now = Image.open(io.BytesIO(draw("now", 7)))
    assert then.size == now.size


def test_custom_size_and_unknown_kind():
    assert Image.open(io.BytesIO(draw("map", 1, (400, 300)))).size == (400, 300)
    with pytest.raises(ValueError, match="sculpture"):
        draw("sculpture", 1)
