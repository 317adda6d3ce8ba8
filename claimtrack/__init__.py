"""claimtrack: record analysts' claims and judge them later.

The library knows nothing of the terminal; `claimtrack.cli` is a thin layer over it. Names are imported on
first use so that `import claimtrack` stays cheap for the command line.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Store", "Filter", "select", "due_queue", "score", "ClaimtrackError", "InputError", "NotFound",
           "UsageError", "StorageError", "LockTimeout", "CorruptDatabase", "STATUSES", "FIELDS"]

_WHERE = {
    "Store": "store",
    "Filter": "query",
    "select": "query",
    "due_queue": "query",
    "score": "scoring",
    "STATUSES": "model",
    "FIELDS": "model",
    "ClaimtrackError": "errors",
    "InputError": "errors",
    "NotFound": "errors",
    "UsageError": "errors",
    "StorageError": "errors",
    "LockTimeout": "errors",
    "CorruptDatabase": "errors",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"claimtrack.{module}"), name)
    globals()[name] = value
    return value
