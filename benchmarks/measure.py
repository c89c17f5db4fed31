"""What the benchmarks measure with: CPU and wall time of a phase, peak RSS, ``jieba.lcut``'s rate
on the same text (the baseline every throughput is a ratio of) and the machine's description.

>>> seconds, value = _clock(lambda: sum(range(10)))
>>> value, seconds >= 0
(45, True)
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished children (workers)."""
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def _timed(func: Any, label: str, phases: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            phases[label] = phases.get(label, 0.0) + time.perf_counter() - started

    return wrapper


def _peak_rss_mb() -> dict[str, float]:
    """Peak RSS of this process and of its largest (worker) child, in MB (Linux reports KiB).

    On Linux the process's own peak is VmHWM: ``ru_maxrss`` survives ``exec`` and would report the
    benchmark driver's peak for a child it started.
    """
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    status = Path("/proc/self/status")
    if status.exists():
        own = next((int(line.split()[1]) / 1024 for line in status.read_text().splitlines()
                    if line.startswith("VmHWM:")), own)
    return {"self": own, "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale}


def jieba_rate(texts: list[str]) -> dict[str, float]:
    """Seconds and chars/s of ``jieba.lcut`` over the texts (dictionary loaded beforehand)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "chars_per_s": sum(map(len, texts)) / seconds}


def _best(func: Any, budget: float = 1.0) -> tuple[float, Any]:
    """Best time of up to 3 runs (one run when it takes longer than ``budget`` seconds)."""
    seconds, value = _clock(func)
    for _ in range(2 if seconds < budget else 0):
        seconds = min(seconds, _clock(func)[0])
    return seconds, value


def _clock(func: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = func()
    return time.perf_counter() - started, value


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    mem = next((int(line.split()[1]) / 1024 / 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0.0)
    import jieba
    import pyoxigraph
    import rdflib

    return (f"`nproc` = {os.cpu_count()}, CPU: {model}, RAM: {mem:.1f} GiB, Python {platform.python_version()}, "
            f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, jieba {jieba.__version__}")
