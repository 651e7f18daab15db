"""Bulk import of items: a plain pipeline of read -> validate -> upsert.

The management command `import_items` and (later) the admin view are thin wrappers around
`run_import`. A file with any error writes nothing.
"""

from .pipeline import ImportReport, run_import
from .reader import ImportFileError
from .validate import RowError

__all__ = ["ImportFileError", "ImportReport", "RowError", "run_import"]
