"""Bounds on one process's work: a time limit for one article, and workers that end with
the process that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class OutOfTime(BaseException):
    """Raised by the alarm inside an analysis; a BaseException so no ``except Exception``
    on the way swallows it."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``OutOfTime`` in this block after ``seconds``; only on a process's main thread,
    where Python delivers signals (elsewhere the block runs without a limit)."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Linux's prctl option that signals a process when its parent dies.
_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """End this worker when the process that started it dies, even by SIGKILL: the kernel
    is asked to kill it (Linux), and a watch thread checks the parent everywhere else."""
    parent = os.getppid()
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()
