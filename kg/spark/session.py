"""A SparkSession configured for ``kg``: a master URL, small defaults, extra jars and settings.

>>> settings("local[2]", ["spark.executor.memory=1g"])["spark.executor.memory"]
'1g'
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import KgError

JARS_ENV = "KG_SPARK_JARS"
"""Comma-separated jars (the Neo4j connector) added to every session."""
CONNECTOR_JAR = (
    Path.home()
    / ".m2/repository/org/neo4j/neo4j-connector-apache-spark_2.12/5.0.3_for_spark_3"
    / "neo4j-connector-apache-spark_2.12-5.0.3_for_spark_3.jar"
)
"""Where ``scripts/spark-connector`` (Maven) puts the connector: used when ``KG_SPARK_JARS`` is unset."""

DEFAULTS = {
    "spark.app.name": "tco-kg",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.driver.memory": "1g",
    # Shuffles group facts by hash of their keys: every Python worker must hash alike.
    "spark.executorEnv.PYTHONHASHSEED": "0",
    "spark.python.worker.reuse": "true",
}


def settings(master: str | None, conf: Iterable[str] = ()) -> dict[str, str]:
    """Spark settings from the defaults, ``KG_SPARK_JARS`` and ``key=value`` items (which win).

    Without ``master``, the master is ``spark-submit``'s (when it started this program) or ``local[2]``.
    """
    result = dict(DEFAULTS)
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[2]"
    if master is not None:
        result["spark.master"] = master
    # Workers run this Python (with kg installed) unless PYSPARK_PYTHON names another.
    result["spark.pyspark.python"] = os.environ.get("PYSPARK_PYTHON") or sys.executable
    jars = os.environ.get(JARS_ENV, "").strip() or (str(CONNECTOR_JAR) if CONNECTOR_JAR.is_file() else "")
    if jars:
        result["spark.jars"] = jars
    for item in conf:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KgError(f"--spark-conf {item!r}: expected key=value")
        result[key.strip()] = value.strip()
    return result


def has_connector(spark: Any) -> bool:
    """True when the session was given the Neo4j connector (as a jar or a package)."""
    conf = spark.sparkContext.getConf()
    given = conf.get("spark.jars", "") + "," + conf.get("spark.jars.packages", "")
    return "neo4j-connector-apache-spark" in given


def spark_session(master: str | None = None, conf: Iterable[str] = ()) -> Any:
    """A SparkSession on ``master`` (see :func:`settings`); a running session is reused as it is."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise KgError("the Spark engine needs PySpark: pip install 'tco-kg[spark]'") from None
    os.environ.setdefault("PYTHONHASHSEED", "0")
    # PySpark starts workers with PYSPARK_PYTHON: by default, this Python (where kg is installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder
    for key, value in settings(master, conf).items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # Spark reports a missing Java or a bad master URL as many types
        where = master or "the spark-submit master"
        raise KgError(f"cannot start Spark at {where}: {str(exc).splitlines()[0]}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session
