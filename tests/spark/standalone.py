"""A real Spark standalone cluster on 127.0.0.1: one master and workers, started with Spark's own
``sbin/spark-daemon.sh`` from the PySpark install, and stopped by the same script."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


MASTER = "org.apache.spark.deploy.master.Master"
WORKER = "org.apache.spark.deploy.worker.Worker"


class StandaloneCluster:
    def __init__(self, state: Path, workers: int = 2, memory: str = "768m") -> None:
        import pyspark

        self.home = Path(pyspark.__file__).resolve().parent
        self.state = state
        self.workers = workers
        self.memory = memory
        self.port, self.ui_port = free_port(), free_port()
        self.url = f"spark://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "SPARK_HOME": str(self.home),
            "SPARK_PID_DIR": str(state / "pid"),
            "SPARK_LOG_DIR": str(state / "log"),
            "SPARK_LOCAL_IP": "127.0.0.1",
        }
        self.env.pop("SPARK_NO_DAEMONIZE", None)  # set at all, it keeps the daemons in the foreground

    def _daemon(self, action: str, cls: str, instance: int, *args: str, **env: str) -> None:
        script = self.home / "sbin" / "spark-daemon.sh"
        subprocess.run(
            ["bash", str(script), action, cls, str(instance), *args],
            env={**self.env, **env},
            check=True,
            capture_output=True,
            timeout=120,
        )

    def alive_workers(self) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=2) as reply:
                return int(json.load(reply)["aliveworkers"])
        except OSError:
            return -1

    def start(self, timeout: float = 180.0) -> None:
        args = ["--host", "127.0.0.1", "--port", str(self.port), "--webui-port", str(self.ui_port)]
        self._daemon("start", MASTER, 1, *args)
        for number in range(1, self.workers + 1):
            self._daemon(
                "start",
                WORKER,
                number,
                *(
                    "--host",
                    "127.0.0.1",
                    "--cores",
                    "1",
                    "--memory",
                    self.memory,
                    "--webui-port",
                    "0",
                    self.url,
                ),
                SPARK_WORKER_DIR=str(self.state / f"worker-{number}"),
            )
        deadline = time.monotonic() + timeout
        while self.alive_workers() < self.workers:
            if time.monotonic() > deadline:
                logs = "\n".join(p.read_text()[-2000:] for p in (self.state / "log").glob("*.out"))
                raise RuntimeError(f"the Spark cluster did not come up within {timeout:.0f}s:\n{logs}")
            time.sleep(1)

    def stop(self) -> None:
        for number in range(1, self.workers + 1):
            self._daemon("stop", WORKER, number)
        self._daemon("stop", MASTER, 1)
