"""Extraction on a Dask cluster (``kg build --executor dask [--scheduler ADDRESS]``).

Each work item — a source file's name and decoded text — becomes one Dask task running
:func:`kg.document.extract_document`; results are gathered in the order of the work list, so a
distributed build writes the same bytes as a local one. Without a scheduler address a
:class:`~distributed.LocalCluster` of worker processes (one single-threaded worker per core) is
started for the build and closed afterwards. Workers must have ``govnews-kg`` installed at the
same version as the client (the extractor runs there).

Dask is optional: ``pip install 'govnews-kg[dask]'``.

>>> run_on_dask([], None)
[]
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

INSTALL_HINT = "pip install 'govnews-kg[dask]'"
CONNECT_TIMEOUT = "30s"


class DaskUnavailableError(ValueError):
    """Dask (dask + distributed) is not installed."""


def run_on_dask(work: list[tuple[str, str]], scheduler: str | None) -> list[dict[str, Any]]:
    """Facts documents of ``work`` ((file name, decoded text) pairs), in the same order.

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``); ``None`` starts a local
    cluster for this call. A file whose extraction raises gives ``{"error": …}`` in its place, as in a
    local build; a missing Dask, an unreachable scheduler or lost workers raise ValueError.
    """
    if not work:
        return []
    _require_dask()
    with _client(scheduler) as client:
        return _extract_all(client, work)


def extract_safely(name: str, text: str) -> dict[str, Any]:
    """:func:`kg.document.extract_document`, with an exception turned into ``{"error": …}`` (as in a
    local build) so that one bad file cannot stop a distributed build.

    >>> extract_safely("x.txt", "宜春市新建标准厂房30栋。")["source"]
    'x.txt'
    """
    from kg.document import extract_document

    try:
        return extract_document(name, text)
    except Exception as exc:  # noqa: BLE001 - any extractor bug on odd input is reported per file
        return {"error": f"extraction failed ({type(exc).__name__}: {exc})"[:300]}


def _extract_all(client: Client, work: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Submit one task per item (keys from content, so equal items share one task); gather in order."""
    names = [name for name, _ in work]
    texts = [text for _, text in work]
    futures = client.map(extract_safely, names, texts, key="kg-extract", pure=True)
    try:
        return list(client.gather(futures))
    except Exception as exc:  # noqa: BLE001 - lost workers, cancelled tasks, unpicklable results
        raise ValueError(f"Dask extraction failed ({type(exc).__name__}: {_first_line(exc)})") from None
    finally:
        client.cancel(futures)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0]


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskUnavailableError(f"--executor dask needs Dask ({exc.name} is not installed): {INSTALL_HINT}") from None


@contextmanager
def _client(scheduler: str | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster started (and closed) here."""
    from distributed import Client

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ValueError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    with _local_cluster() as cluster, Client(cluster, set_as_default=False) as client:
        yield client


@contextmanager
def _local_cluster() -> Iterator[Any]:
    """One single-threaded worker process per core (extraction is pure Python), quiet, no dashboard."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        yield cluster
