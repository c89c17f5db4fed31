"""SIGTERM and Ctrl-C during a build: one KeyboardInterrupt in the main process, remembered for the build's
safe points, with no traceback for the user.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["terminate_as_interrupt"]


@contextmanager
def terminate_as_interrupt() -> Iterator[Callable[[], None]]:
    """SIGTERM stops the build as Ctrl-C does (workers stopped, nothing half published); main thread only.

    Both signals are also remembered: the KeyboardInterrupt raised for one that lands while Python runs
    a finaliser (a worker pool's, say) is dropped there, so the build asks the function this yields at
    its next safe points and stops then; Python's report of the dropped interrupt is left out, so the
    user reads one line (``kg: interrupted; …``), not a traceback.
    """
    received: list[int] = []

    def stop_if_asked() -> None:
        if received:
            raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield stop_if_asked
        return

    main = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != main:  # a forked worker inherited us: die as SIGTERM says, quietly
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        received.append(signum)
        raise KeyboardInterrupt

    def unraisable(report: Any) -> None:
        if not (received and isinstance(report.exc_value, KeyboardInterrupt)):
            hook(report)  # anything but our own interrupt, dropped in a finaliser, is reported as usual

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield stop_if_asked
    finally:
        sys.unraisablehook = hook
        for sig, handler in previous.items():
            signal.signal(sig, handler)
