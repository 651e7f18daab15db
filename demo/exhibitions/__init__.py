"""The two sample exhibitions and the plain content pages."""

from .dongxi import EXHIBITION as DONGXI
from .farmers_prints import EXHIBITION as FARMERS_PRINTS
from .pages import CONTENT_PAGES

EXHIBITIONS = [FARMERS_PRINTS, DONGXI]

__all__ = ["CONTENT_PAGES", "EXHIBITIONS"]
