"""Maps without a tile server: points projected onto a plain, self-hosted SVG background.

Coordinates are WGS-84. An equirectangular projection scaled by cos(latitude) is accurate
enough for a district-sized area; a tile provider (setting MAP_TILE_PROVIDER) can take over
in production.
"""

import math
from dataclasses import dataclass, replace

WIDTH = 600
HEIGHT = 420
PADDING = 60


@dataclass(frozen=True)
class MapPoint:
    x: float
    y: float
    latitude: float
    longitude: float
    label: str
    note: str = ""
    url: str = ""
    label_left: bool = False

    @property
    def label_anchor(self) -> str:
        return "end" if self.label_left else "start"

    @property
    def label_dx(self) -> int:
        return -12 if self.label_anchor == "end" else 12


def project_points(places) -> list[MapPoint]:
    """places: iterable of (latitude, longitude, label, note[, url])."""
    places = [p for p in places if p[0] is not None and p[1] is not None]
    if not places:
        return []
    lats = [float(p[0]) for p in places]
    lons = [float(p[1]) for p in places]
    mid_lat = math.radians((max(lats) + min(lats)) / 2)
    kx = math.cos(mid_lat)
    span_x = max((max(lons) - min(lons)) * kx, 1e-3)
    span_y = max(max(lats) - min(lats), 1e-3)
    scale = min((WIDTH - 2 * PADDING) / span_x, (HEIGHT - 2 * PADDING) / span_y)
    cx = (max(lons) + min(lons)) / 2
    cy = (max(lats) + min(lats)) / 2
    points = []
    for place in places:
        lat, lon = float(place[0]), float(place[1])
        x = WIDTH / 2 + (lon - cx) * kx * scale
        y = HEIGHT / 2 - (lat - cy) * scale
        url = place[4] if len(place) > 4 else ""
        points.append(MapPoint(round(x, 1), round(y, 1), lat, lon, place[2], place[3] or "", url))
    return [_place_label(p, points) for p in points]


def _place_label(point: MapPoint, points: list[MapPoint]) -> MapPoint:
    """Labels go right of their marker, unless that runs off the map or into a neighbour."""
    crowded = any(
        0 < other.x - point.x < 150 and abs(other.y - point.y) < 26
        for other in points
        if other is not point
    )
    left = point.x > WIDTH * 0.7 or (crowded and point.x > WIDTH * 0.3)
    return replace(point, label_left=left)


MAP_SIZE = {"width": WIDTH, "height": HEIGHT}
