"""marsad on Apache Spark: the same pipeline over WARC files and JSON lines, results as Parquet tables.

    marsad spark IN... --out DIR [--master local[2]] [--partitions N]
    spark-submit --py-files marsad.zip -m marsad.corpus.spark IN... --out DIR   (or: python -m marsad.corpus.spark)

The job:
1. lists the input files (folders walked as `marsad ingest` walks them);
   JSON lines files are read with `textFile`, so Spark splits large ones; every
   other file (WARC, WARC.gz, tar, zip, JSON, pages) is one task;
2. in each partition (`mapPartitions`) builds the pipeline once, reads the
   inputs with marsad's own readers (`marsad.corpus.sources`) and analyses
   them exactly as `marsad ingest` does (`marsad.corpus.run.analyse`);
3. emits one row per input (`row_schema`: the article's row from
   `marsad.corpus.parquet.rows_of`, arrays of its facts, or its problem),
   keeps them once (persist), and writes the tables `articles`, `entities`,
   `quotes`, `events`, `problems` as Parquet under DIR, each a projection
   (`explode` for the facts) made in the JVM without a second Python pass;
4. prints the counts. `marsad ingest DIR` then loads the articles into the
   store without analysing them again.
Inputs must be readable at the same path on every executor (a shared or
distributed file system); on a cluster, install marsad on the executors or
ship it with `--py-files`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.corpus.parquet import COLUMNS, TABLES

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Local mode's JVM does little besides moving rows and writing Parquet, while Python analyses: compiling with the
# quick JIT tier only and collecting with one thread halve its start-up CPU (7 to 4 CPU-seconds on the
# 2-core development machine) and cost the steady state nothing measurable.
LOCAL_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """Every input file under `paths` (folders walked, sorted), as absolute paths."""
    from marsad.corpus.sources import _walk

    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += [str(f.resolve()) for f in _walk(path) if f.is_file() and f.suffix.lower() != ".parquet"]
        elif path.is_file():
            out.append(str(path.resolve()))
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


Outcome = tuple[Any, list[Any], list[Any], list[Any], list[Any]]  # one row of `row_schema()`


def _outcome(result: tuple[str, Any, str], raw: Any) -> Outcome:
    """The rows one analysed input adds: its article, entities, quotes, events, or its problem."""
    from marsad.corpus.parquet import rows_of

    kind, value, message = result
    if kind != "ok":
        return None, [], [], [], [(raw.name, kind, value, message)]
    rows = rows_of(value, raw)
    return rows["articles"][0], rows["entities"], rows["quotes"], rows["events"], []


def analyse_files(paths: Iterable[str], learned_events: bool = False) -> Iterator[Outcome]:
    """One outcome per input in the files of one partition; the pipeline is built once (with the opt-in learned
    events when `learned_events`)."""
    from marsad.api import pipeline_for
    from marsad.corpus.run import analyse, classify, settle
    from marsad.corpus.sources import iter_sources
    from marsad.errors import InputError
    from marsad.store.base import RawInput

    pipeline = pipeline_for(learned_events)
    problems: list[tuple[Any, ...]] = []

    def on_error(err: InputError) -> None:
        kind, short = classify(err.reason)
        problems.append((err.name, kind, short, str(err)))

    def on_skip(name: str, reason: str) -> None:
        problems.append((name, "skip", reason, f"{name}: {reason}"))

    for source in iter_sources(list(paths), on_error, on_skip):
        for _mark, payload in source.items(0):
            if isinstance(payload, RawInput):
                yield _outcome(analyse(payload, pipeline), payload)
                settle()  # this runs in a Python worker process of Spark's
            if problems:
                yield None, [], [], [], problems[:]
                problems.clear()
    if problems:
        yield None, [], [], [], problems[:]


def analyse_lines(name: str, index: int, lines: Iterable[str], learned_events: bool = False) -> Iterator[Outcome]:
    """One outcome per JSON line of one partition of a JSON lines file."""
    from marsad.api import pipeline_for
    from marsad.corpus.run import analyse, settle
    from marsad.errors import InputError
    from marsad.store.inputs import from_object

    pipeline = pipeline_for(learned_events)
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_name = f"{name}[part {index}]:{n}"
        try:
            raw = from_object(json.loads(line), item_name)
        except ValueError as err:
            yield None, [], [], [], [(item_name, "fail", "bad JSON", f"{item_name}: not valid JSON ({err})")]
            continue
        except InputError as err:
            yield None, [], [], [], [(item_name, "fail", "unreadable input", str(err))]
            continue
        yield _outcome(analyse(raw, pipeline), raw)
        settle()  # this runs in a Python worker process of Spark's


def _join(out: str | Path, table: str) -> str:
    """`out/table`, keeping a Hadoop URL (`hdfs://…`, `s3a://…`) intact, which `Path` would not."""
    return f"{str(out).rstrip('/')}/{table}"


def _struct(table: str) -> Any:
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int": T.IntegerType(), "double": T.DoubleType(), "binary": T.BinaryType()}
    return T.StructType([T.StructField(n, kinds[k], True) for n, k in COLUMNS[table]])


def row_schema() -> Any:
    """One row per input: its article (or null), and arrays of its entities, quotes, events and problems."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField("articles", _struct("articles"), True)] + [
        T.StructField(t, T.ArrayType(_struct(t), True), False) for t in ("entities", "quotes", "events", "problems")])


def session(master: str | None = None, app: str = "marsad") -> Any:
    """A Spark session; in local mode the executors run this very Python (and its marsad)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if not master or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode talks to itself only
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.sql.shuffle.partitions", "4")
                   .config("spark.driver.memory", os.environ.get("MARSAD_SPARK_MEMORY", "2g"))
                   .config("spark.driver.extraJavaOptions", os.environ.get("MARSAD_SPARK_JAVA_OPTIONS", LOCAL_JVM)))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("MARSAD_SPARK_LOG", "ERROR"))
    return spark


def run(paths: Sequence[str | Path], out: str | Path, *, master: str | None = None, partitions: int | None = None,
        spark: Any = None, learned_events: bool = False) -> dict[str, int]:
    """Analyse every input under `paths` on Spark and write the Parquet tables under `out`; the row counts.
    `learned_events` adds the opt-in learned events (`marsad.events.learned`)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    files = input_files(paths)
    own = spark is None
    spark = spark or session(master)
    try:
        sc = spark.sparkContext
        lines_files = [f for f in files if f.lower().endswith(JSONL_SUFFIXES)]
        other = [f for f in files if f not in lines_files]
        parts = []
        if other:
            n = partitions or min(len(other), max(sc.defaultParallelism, 1) * 4)
            parts.append(sc.parallelize(other, max(1, min(n, len(other)))).mapPartitions(
                lambda it: analyse_files(it, learned_events)))
        for f in lines_files:
            rdd = sc.textFile(Path(f).as_uri(), minPartitions=partitions or sc.defaultParallelism)  # local, not HDFS
            parts.append(rdd.mapPartitionsWithIndex(lambda i, it, f=f: analyse_lines(f, i, it, learned_events)))
        if not parts:
            raise FileNotFoundError("no input files")
        rows = parts[0] if len(parts) == 1 else sc.union(parts)
        # analysed once, in Python; every table is then a projection the JVM makes from the kept rows
        df = spark.createDataFrame(rows, row_schema()).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            tables = {"articles": df.where(F.col("articles").isNotNull()).select("articles.*")}
            for t in ("entities", "quotes", "events", "problems"):
                tables[t] = df.select(F.explode(t).alias("row")).select("row.*")
            for table in TABLES:
                tables[table].write.mode("overwrite").parquet(_join(out, table))
            # every count in one pass over the kept rows: one small Spark job rather than one per table
            totals = df.agg(F.count("articles").alias("articles"), *(
                F.sum(F.size(t)).alias(t) for t in ("entities", "quotes", "events", "problems"))).first()
            counts = {table: int(totals[table] or 0) for table in TABLES}
        finally:
            df.unpersist()
        return counts
    finally:
        if own:
            spark.stop()


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    ap = parser or argparse.ArgumentParser(prog="marsad spark", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", metavar="IN", help="WARC files, JSON lines, archives or folders of them")
    ap.add_argument("--out", required=True, metavar="DIR", help="folder for the Parquet tables")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument("--partitions", type=int, default=None, help="partitions per input kind (default: Spark's)")
    ap.add_argument("--learned-events", action="store_true",
                    help="also the opt-in learned events where the rules code none (method \"learned\")")
    return ap


def command(args: argparse.Namespace) -> int:
    """`marsad spark`: one line per table with its row count; one clean line on any problem."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("marsad: spark needs pyspark: pip install 'marsad[spark]'", file=sys.stderr)
        return 2
    master = args.master or (None if os.environ.get("SPARK_ENV_LOADED") else "local[*]")
    try:
        counts = run(args.paths, args.out, master=master, partitions=args.partitions,
                     learned_events=args.learned_events)
    except FileNotFoundError as err:
        print(f"marsad: {err}", file=sys.stderr)
        return 1
    for table in TABLES:
        print(f"marsad: {table}: {counts.get(table, 0)} rows in {_join(args.out, table)}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return command(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
