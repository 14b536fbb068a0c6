"""Errors a user can act on. The CLI prints them as one line and exits non-zero."""

from __future__ import annotations


class KgError(Exception):
    """Base class for errors that are the user's input or environment, not a bug."""


class InputError(KgError):
    """A file that cannot be read or parsed: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
