"""End-to-end corpus speed: `marsad ingest` with 1 and 2 workers, and `marsad spark` on local[2].

usage: python bench/corpus_speed.py [--limit N] [--data DIR] [--skip-spark]

The SaudiNewsNet sample's first N articles (default 1,000) are written as
JSON lines (`TITLE\\n\\nCONTENT` pages, as `marsad ingest` reads the corpus),
then each run starts as its own process on a fresh store, as a user would run
it, and is timed from start to exit (start-up, reading, the full pipeline,
storing). For each run it prints:
- articles/s (wall clock) and articles/s per core (divided by the cores the
  run may use: 1, 2, 2);
- articles per CPU-second (user + system time of the run and every process
  it started, from the kernel's accounting of reaped children or, when larger,
  from sampling /proc, which also sees the JVM's workers): per-core speed that
  other load on the machine does not skew;
- peak memory: the largest sum of resident memory over the run's process
  tree (parent, workers, the JVM and Spark's Python workers), sampled every
  0.1 s.
The Spark run writes Parquet; loading it with `marsad ingest` is timed on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample"
BIN = Path(sys.executable).parent


def write_sample(data: Path, limit: int, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for zpath in sorted(data.glob("*.zip")):
            with zipfile.ZipFile(zpath) as z:
                for entry in json.loads(z.read(z.namelist()[0])):
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    n += 1
                    if n >= limit:
                        return n
    return n


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime
    except (OSError, IndexError, ValueError):
        return 0


def tree(root: int) -> list[int]:
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid not in out:
            out.append(pid)
            todo += _children(pid)
    return out


def timed(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    """Run `cmd`; wall seconds, CPU seconds of the whole tree, peak tree memory (MB), stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    ticks: dict[int, int] = {}  # CPU ticks last seen per process: the JVM's children are never reaped by us
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            pids = tree(proc.pid)
            peak = max(peak, sum(_rss_kb(p) for p in pids))
            for p in pids:
                ticks[p] = max(ticks.get(p, 0), _cpu_ticks(p))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(reaped, sum(ticks.values()) / os.sysconf("SC_CLK_TCK"))
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 1024, "stderr": err}


def stored(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM article").fetchone()[0])
    finally:
        conn.close()


def report(label: str, n: int, cores: int, run: dict[str, float | str]) -> None:
    wall, cpu, peak = float(run["wall"]), float(run["cpu"]), float(run["peak_mb"])
    print(f"{label:<22} {n:>5} articles  {wall:7.1f} s  {n / wall:6.1f} articles/s  {n / wall / cores:6.1f} per core"
          f"  {n / cpu if cpu else 0:6.1f} per CPU-second  peak {peak:6.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--skip-spark", action="store_true")
    args = ap.parse_args()

    from marsad.api import default_pipeline

    print(f"stages: {', '.join(default_pipeline().names)}")
    print(f"machine: {os.cpu_count()} cores; load average now {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        work = Path(tmp)
        src = work / "sample.jsonl"
        n = write_sample(args.data, args.limit, src)
        print(f"input: {n} SaudiNewsNet articles as JSON lines")
        marsad = str(BIN / "marsad")
        for workers in (1, 2):
            db = work / f"w{workers}.db"
            run = timed([marsad, "ingest", "--quiet", "--db", str(db), "--workers", str(workers), str(src)])
            report(f"ingest --workers {workers}", stored(db), workers, run)
        if args.skip_spark:
            return
        try:
            import pyspark  # noqa: F401
        except ImportError:
            print("spark: pyspark is not installed (pip install 'marsad[spark]'); skipped")
            return
        out = work / "parquet"
        run = timed([marsad, "spark", "--master", "local[2]", "--out", str(out), str(src)])
        import pyarrow.parquet as pq

        rows = pq.read_table(out / "articles", columns=["id"]).num_rows
        report("spark local[2]", rows, 2, run)
        db = work / "spark.db"
        run = timed([marsad, "ingest", "--quiet", "--db", str(db), str(out)])
        report("ingest of the Parquet", stored(db), 1, run)


if __name__ == "__main__":
    main()
