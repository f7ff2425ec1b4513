"""Text that is safe to show: no control characters for a terminal, one line for an error.

Article text, titles and file names come from anyone; what Dateline prints of them must not
move the cursor, clear the screen, set a window title or pass for a second line of output.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# C0 controls but tab and newline, DEL, and the C1 controls (ESC, CSI, OSC, ...).
TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Every control character, newline and tab included: for text that must stay on one line.
LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Lone surrogates: the undecodable bytes of a file name, or broken JSON escapes.
SURROGATES = re.compile(r"[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def terminal_text(text: str) -> str:
    """``text`` without the control characters a terminal would act on; lines are kept."""
    return SURROGATES.sub("\ufffd", TERMINAL_CONTROLS.sub("", text))


def one_line(text: str) -> str:
    """``text`` on one line, every control character written as an escape (``\\n``, ``\\x1b``)."""
    return SURROGATES.sub(_escaped, LINE_CONTROLS.sub(_escaped, text))


def shortened(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for echoing bad values."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def path_text(path: Path | str) -> str:
    """A path as valid Unicode: a byte no encoding can read is shown as ``\\xNN``."""
    return SURROGATES.sub(_escaped, os.fspath(path))


def input_text(text: str) -> str:
    """An article's text as analysed and stored: line ends made ``\\n``, lone surrogates made
    U+FFFD, other control characters (ESC, NUL, BEL, ...) dropped; tabs and lines kept."""
    return terminal_text(text.replace("\r\n", "\n").translate(_LINE_ENDS))


def input_field(text: str | None) -> str | None:
    """A title, name or address on one line: its controls dropped, its breaks made spaces."""
    if text is None:
        return None
    return " ".join(input_text(text).split()) or None


_LINE_ENDS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"})
