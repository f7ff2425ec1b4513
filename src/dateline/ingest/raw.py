"""The raw document: what a reader hands to the cleaner."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

RawKind = Literal["text", "html"]


@dataclass(frozen=True)
class RawDocument:
    origin: str
    kind: RawKind
    content: str
    line: int | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    captured: str | None = None

    @property
    def input_hash(self) -> str:
        """Identifies this exact input, so a re-run can skip it before any parsing."""
        digest = hashlib.sha256()
        for part in (self.kind, self.id or "", self.published or "", self.content):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        return digest.hexdigest()
