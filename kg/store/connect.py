"""Building a Neo4j driver from options or the environment, with errors a user can act on.

The store itself never builds a driver (it is handed one); this module is the
one place that does, for the CLI and the tests.

>>> options = ConnectionOptions.from_env({"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "x"})
>>> options.uri, options.user, options.database
('bolt://db:7687', 'neo4j', 'neo4j')
>>> "x" in repr(options)
False
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import neo4j
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

from kg.errors import KgError

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_TIMEOUT = 10.0


class Neo4jConnectionError(KgError):
    """The server cannot be reached, or it refused the credentials."""


@dataclass(frozen=True, slots=True)
class ConnectionOptions:
    """Where and how to connect; the password is never part of ``repr``."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        timeout: float | None = None,
    ) -> ConnectionOptions:
        """Explicit values first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE."""
        env = os.environ if environ is None else environ
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            user=user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j",
            password=password if password is not None else env.get("NEO4J_PASSWORD", ""),
            database=database or env.get("NEO4J_DATABASE") or "neo4j",
            timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
        )


def open_driver(options: ConnectionOptions) -> neo4j.Driver:
    """A connected driver; raises :class:`Neo4jConnectionError` within about ``options.timeout`` s.

    The message names the server and the user, never the password.
    """
    try:
        driver = neo4j.GraphDatabase.driver(
            options.uri,
            auth=(options.user, options.password),
            connection_timeout=options.timeout,
            connection_acquisition_timeout=options.timeout,
            max_transaction_retry_time=options.timeout,
        )
    except (ConfigurationError, ValueError) as exc:
        raise Neo4jConnectionError(f"invalid Neo4j URI {options.uri!r}: {exc}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise Neo4jConnectionError(
            f"Neo4j at {options.uri} refused the credentials of user {options.user!r} "
            "(check NEO4J_USERNAME / NEO4J_PASSWORD)"
        ) from None
    except (ServiceUnavailable, OSError) as exc:
        driver.close()
        raise Neo4jConnectionError(f"cannot reach Neo4j at {options.uri}: {first_line(exc)}") from None
    except Neo4jError as exc:
        driver.close()
        raise Neo4jConnectionError(f"Neo4j at {options.uri}: {exc.message or exc.code}") from None
    return driver


def first_line(exc: BaseException) -> str:
    """The first line of a driver error's message (its later lines are server details)."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].rstrip(": ")
