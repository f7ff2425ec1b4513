"""Dateline's exceptions, kept together, each with a stable code the CLI and the store show."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: every error Dateline raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(DatelineError):
    """An input that cannot become an article; names the file and, where known, the line."""

    code = "E100"

    def __init__(self, origin: str, reason: str, *, line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        self.reason = reason
        where = (
            f"{origin}:{line}" if line is not None and not origin.endswith(f":{line}") else origin
        )
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt by keyword so that errors cross process boundaries intact.
        return (_rebuild_input_error, (type(self), self.origin, self.reason, self.line))


def _rebuild_input_error(
    cls: type[InputError], origin: str, reason: str, line: int | None
) -> InputError:
    return cls(origin, reason, line=line)


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UndecodableInput(InputError):
    code = "E103"


class InputTooLarge(InputError):
    code = "E104"


class NoArticleBody(InputError):
    code = "E105"


class BadRecord(InputError):
    """A JSON or JSONL record that is not valid JSON or lacks the fields an article needs."""

    code = "E106"


class BadDate(InputError):
    code = "E107"


class UnreadableInput(InputError):
    code = "E108"


class AnalysisFailed(InputError):
    """An exception inside one article's analysis: that article fails, the batch goes on."""

    code = "E109"


class AnalysisTimeout(InputError):
    """One article's analysis ran past its time budget and was stopped."""

    code = "E110"


class ModelNotFound(DatelineError):
    code = "E200"


class StoreError(DatelineError):
    code = "E300"


class StoreReadOnly(StoreError):
    code = "E302"


class StoreFull(StoreError):
    code = "E303"


class StoreDamaged(StoreError):
    code = "E304"


class StoreBusy(StoreError):
    code = "E305"


class NotFound(DatelineError):
    code = "E301"


class UsageError(DatelineError):
    code = "E400"
