"""Where import images come from (a folder or a ZIP) and how each is checked, by content."""

import io
import zipfile
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from .reader import ImportFileError


class ImageSource:
    """Image files by their base name, from a folder or a ZIP archive."""

    def __init__(self, path: Path | str | None):
        self.path = Path(path) if path else None
        self._zip = None
        self._members: dict[str, str] = {}
        if self.path is None:
            return
        if self.path.is_dir():
            return
        if self.path.is_file() and zipfile.is_zipfile(self.path):
            self._zip = zipfile.ZipFile(self.path)
            for info in self._zip.infolist():
                if not info.is_dir():
                    self._members.setdefault(Path(info.filename).name, info.filename)
            return
        raise ImportFileError(
            _("Images must be a folder or a ZIP file: %(path)s") % {"path": self.path}
        )

    def read(self, name: str) -> bytes | None:
        base = Path(name).name  # never leave the folder or archive
        if self.path is None or base != name.strip().replace("\\", "/").split("/")[-1]:
            return None
        if self._zip is not None:
            member = self._members.get(base)
            return self._zip.read(member) if member else None
        candidate = self.path / base
        return candidate.read_bytes() if candidate.is_file() else None


def check_image(data: bytes) -> str | None:
    """None if `data` is an image Pillow can read; else the reason, for the error line."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Image.DecompressionBombError:
        return _("has too many pixels (a possible decompression bomb)")
    except UnidentifiedImageError:
        return _("is not an image")
    except Exception:  # truncated or corrupt files raise many kinds
        return _("cannot be read")
    return None
