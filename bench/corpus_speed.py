"""End-to-end corpus speed: `marsad ingest` with 1 and 2 workers, and `marsad spark` on local[2].

usage: python bench/corpus_speed.py [--limit N] [--data DIR] [--skip-spark] [--repeat R]

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
Spark's start-up is then timed apart from its steady state, in one driver
process: the session (the JVM starting), a warm-up job on 20 articles (Python
workers starting, the JVM compiling its code), then the same full job as the
command, whose rate is the steady state of a long run (its CPU time counts the
JVM and the Python workers over that job only).
With `--repeat R` every run is made R times and the fastest is printed (other
load on the machine only ever slows a run down).
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
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(reaped, sum(ticks.values()) / os.sysconf("SC_CLK_TCK"))
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 1024, "stderr": err, "stdout": out}


def stored(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM article").fetchone()[0])
    finally:
        conn.close()


def best(runs: list[dict[str, float | str]]) -> dict[str, float | str]:
    return min(runs, key=lambda r: float(r["wall"]))


def spark_phases(src: Path, out: Path) -> None:
    """In this process: session start, a warm-up job, then the full job; one JSON line of wall and CPU seconds."""
    from marsad.corpus import spark

    hz = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:  # this driver, the JVM and Spark's Python workers
        return sum(_cpu_ticks(p) for p in tree(os.getpid())) / hz

    warm = out.parent / "warmup.jsonl"
    with src.open(encoding="utf-8") as fh, warm.open("w", encoding="utf-8") as wh:
        for _, line in zip(range(20), fh, strict=False):
            wh.write(line)
    marks = [(time.perf_counter(), cpu())]
    session = spark.session("local[2]")
    marks.append((time.perf_counter(), cpu()))
    spark.run([warm], out / "warmup", spark=session)
    marks.append((time.perf_counter(), cpu()))
    counts = spark.run([src], out / "full", spark=session)
    marks.append((time.perf_counter(), cpu()))
    session.stop()
    phases = [{"wall": b[0] - a[0], "cpu": b[1] - a[1]} for a, b in zip(marks, marks[1:], strict=False)]
    print(json.dumps({"session": phases[0], "warmup": phases[1], "job": phases[2], "articles": counts["articles"]}))


def report(label: str, n: int, cores: int, run: dict[str, float | str]) -> None:
    wall, cpu, peak = float(run["wall"]), float(run["cpu"]), float(run["peak_mb"])
    print(f"{label:<22} {n:>5} articles  {wall:7.1f} s  {n / wall:6.1f} articles/s  {n / wall / cores:6.1f} per core"
          f"  {n / cpu if cpu else 0:6.1f} per CPU-second  peak {peak:6.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each kind; the fastest is printed")
    ap.add_argument("--spark-phases", nargs=2, type=Path, metavar=("SRC", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.spark_phases:
        spark_phases(*args.spark_phases)
        return
    repeat = max(1, args.repeat)

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
            runs = []
            for r in range(repeat):
                db = work / f"w{workers}-{r}.db"
                runs.append(timed([marsad, "ingest", "--quiet", "--db", str(db), "--workers", str(workers), str(src)]))
            report(f"ingest --workers {workers}", stored(db), workers, best(runs))
        if args.skip_spark:
            return
        try:
            import pyspark  # noqa: F401
        except ImportError:
            print("spark: pyspark is not installed (pip install 'marsad[spark]'); skipped")
            return
        out = work / "parquet"
        runs = [timed([marsad, "spark", "--master", "local[2]", "--out", str(out), str(src)]) for _ in range(repeat)]
        import pyarrow.parquet as pq

        rows = pq.read_table(out / "articles", columns=["id"]).num_rows
        report("spark local[2]", rows, 2, best(runs))
        db = work / "spark.db"
        run = timed([marsad, "ingest", "--quiet", "--db", str(db), str(out)])
        report("ingest of the Parquet", stored(db), 1, run)
        phases = []
        for r in range(repeat):
            run = timed([sys.executable, __file__, "--spark-phases", str(src), str(work / f"phases-{r}")])
            phases.append(json.loads(str(run["stdout"]).strip().splitlines()[-1]) | {"peak_mb": run["peak_mb"]})
        ph = min(phases, key=lambda p: p["job"]["wall"])
        print(f"spark start-up: session (JVM) {ph['session']['wall']:.1f} s, warm-up job on 20 articles"
              f" {ph['warmup']['wall']:.1f} s (Python workers start, the JVM compiles)")
        report("spark steady state", int(ph["articles"]), 2,
               {"wall": ph["job"]["wall"], "cpu": ph["job"]["cpu"], "peak_mb": ph["peak_mb"]})


if __name__ == "__main__":
    main()
