"""Benchmark: ``kg build`` at scale, local engine against the Spark engine, one JSON line per run.

Generated, real-shaped articles (:mod:`corpus`: English, Spanish and Portuguese crime
reporting with fictional names, spelling variants and same-named police forces) are
written to one JSONL file per size. Each build runs in a child process of its own so
its peak memory is its own:

- ``local``: :func:`kg.build.build_graph` (streaming; ``--jobs`` worker processes);
  reports seconds, articles/s and peak RSS (the build process and its workers).
- ``spark``: :func:`kg.spark.engine.build_graph_spark` on ``--master`` (default
  ``local[2]``) on the same file; reports seconds (session start-up apart), articles/s,
  the ratio to the local rate and whether graph.json is identical to the local one.

The last line compares the largest and the smallest local runs (``growth``: time ratio
over size ratio; 1.0 is linear). Example::

    python benchmarks/build_scale.py --sizes 2000,20000 --spark-sizes 2000,20000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the machine may be shared: wall time is noisy)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child(engine: str, source: str, out: str, jobs: int, master: str) -> None:
    """Build ``source`` with one engine and print one JSON object (run as a child process)."""
    from kg.graphfile import write_graph_json

    result: dict[str, Any] = {"engine": engine}
    if engine == "local":
        from kg.build import build_graph

        started, cpu = time.perf_counter(), cpu_seconds()
        built = build_graph([source], jobs=jobs)
        result["jobs"] = jobs
    else:
        from kg.spark.engine import build_graph_spark
        from kg.spark.session import spark_session

        started = time.perf_counter()
        spark = spark_session(master)
        result["master"] = master
        result["startup_s"] = round(time.perf_counter() - started, 1)
        started, cpu = time.perf_counter(), cpu_seconds()
        built = build_graph_spark(spark, [source])
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    if engine == "spark":
        spark.stop()
    write_graph_json(built.graph, out)
    counts = built.graph.counts()
    result.update(
        articles=built.documents,
        seconds=round(seconds, 1),
        articles_per_s=round(built.documents / seconds, 1),
        cpu_s=round(cpu, 1),
        peak_rss_mb=peak_rss_mb(),
        nodes=counts["nodes"],
        edges=counts["edges"],
    )
    print(json.dumps(result))


def run_child(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True)
    if done.returncode != 0:
        causes = [line for line in done.stderr.splitlines() if "Error" in line and not line.startswith("\t")]
        raise SystemExit(f"child failed: {' | '.join(causes[:5]) or done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, help="one size (overrides --sizes)")
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated article counts (local engine)")
    parser.add_argument("--spark-sizes", default="2000", help="sizes also built with Spark ('' for none)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--child", nargs=5, metavar=("ENGINE", "SOURCE", "OUT", "JOBS", "MASTER"))
    args = parser.parse_args()
    if args.child:
        engine, source, out, jobs, master = args.child
        child(engine, source, out, int(jobs), master)
        return
    from corpus import write_jsonl

    sizes = [args.articles] if args.articles else [int(s) for s in args.sizes.split(",") if s]
    spark_sizes = {int(s) for s in args.spark_sizes.split(",") if s}
    local: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            source = write_jsonl(folder / f"articles-{size}.jsonl", size)
            log(f"local engine, {size} articles")
            local[size] = run_child(
                ["local", str(source), str(folder / f"local-{size}.json"), str(args.jobs), "-"]
            )
            print(json.dumps(local[size]), flush=True)
            if size in spark_sizes:
                log(f"spark engine ({args.master}), {size} articles")
                result = run_child(
                    ["spark", str(source), str(folder / f"spark-{size}.json"), "1", args.master]
                )
                same = (folder / f"spark-{size}.json").read_text() == (
                    folder / f"local-{size}.json"
                ).read_text()
                result["ratio_to_local"] = round(result["articles_per_s"] / local[size]["articles_per_s"], 2)
                result["identical_graph"] = same
                print(json.dumps(result), flush=True)
    if len(local) > 1:
        small, large = min(local), max(local)
        time_ratio = local[large]["seconds"] / local[small]["seconds"]
        cpu_ratio = local[large]["cpu_s"] / local[small]["cpu_s"]
        summary = {
            "compare": f"{small}->{large}",
            "size_ratio": round(large / small, 1),
            "time_ratio": round(time_ratio, 2),
            "cpu_ratio": round(cpu_ratio, 2),
            "growth": round(time_ratio / (large / small), 2),
            "time_ratio_to_smallest": {
                size: round(local[size]["seconds"] / local[small]["seconds"], 2) for size in sorted(local)
            },
            "peak_rss_mb": {size: local[size]["peak_rss_mb"] for size in sorted(local)},
        }
        print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
