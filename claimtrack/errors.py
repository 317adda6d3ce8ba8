"""Typed errors, each carrying the exit code the CLI turns it into.

The library raises these and never prints; `claimtrack.cli.main` is the one place that turns them into a line
on stderr and an exit code, so scripts can rely on the codes documented in the README.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1  # bad input or an unknown claim
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_STORAGE = 3  # the database cannot be read, written or locked


class ClaimtrackError(Exception):
    """Base of every error claimtrack reports to a user; `str(e)` is the whole message."""

    exit_code = EXIT_INPUT


class InputError(ClaimtrackError, ValueError):
    """A value the user gave is not acceptable (a date, a confidence, a batch line...)."""


class NotFound(ClaimtrackError, LookupError):
    """No claim has the id or uuid the user named."""


class UsageError(ClaimtrackError):
    """The command was called in a way that cannot work (e.g. delete on a pipe without --yes)."""

    exit_code = EXIT_USAGE


class StorageError(ClaimtrackError, OSError):
    """The database file cannot be read, written or locked; nothing was changed."""

    exit_code = EXIT_STORAGE


class LockTimeout(StorageError):
    """Another process held the database lock for longer than the timeout."""


class CorruptDatabase(StorageError):
    """The file is not a claimtrack database we can read; we refuse to overwrite it."""
