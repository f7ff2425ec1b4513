"""Readers: turn paths into raw documents (text or HTML plus metadata), one reader per format.

Reading never stops a batch: every problem is yielded as an ``InputError`` naming the file
(and line), and the caller goes on with the next input.
"""

from dateline.ingest.files import expand_paths, read_path, read_paths
from dateline.ingest.raw import RawDocument

__all__ = ["RawDocument", "expand_paths", "read_path", "read_paths"]
