"""Cleans a JSON lines dump on Apache Spark by piping every partition through `winnow`.

Each partition's lines go to `winnow clean --format jsonl -` on standard input; Winnow answers with
exactly one JSON line per input line, in order, and never exits non-zero for a bad record (those
come back as error records). A non-zero exit therefore means the binary itself failed, and
`checkCode=True` makes Spark retry the task and, past the retries, fail the job loudly.

    spark-submit --files /usr/local/bin/winnow examples/spark/clean_dump.py \
        --winnow /usr/local/bin/winnow s3://bucket/dump/*.jsonl s3://bucket/cleaned/

The binary is shipped to the executors with SparkContext.addFile (or --files) and found there with
SparkFiles; Spark starts piped programs with an empty environment, so the job passes one.
"""
import argparse
import json
import os
import shlex
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON lines files (a path, a glob or a folder Spark can read)")
    parser.add_argument("output", help="folder for the cleaned JSON lines (or Parquet with --parquet)")
    parser.add_argument("--winnow", required=True, help="the winnow binary to ship to the executors")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input into this many tasks")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON lines")
    parser.add_argument("--winnow-args", default="", help="extra arguments for winnow clean (e.g. --text-field body)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("winnow-clean").getOrCreate()
    context = spark.sparkContext
    context.addFile(args.winnow)
    name = os.path.basename(args.winnow)
    # Local masters share the driver's file system; on a cluster the file sits in the task's folder.
    binary = SparkFiles.get(name) if context.master.startswith("local") else "./" + name
    environment = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": "/tmp"}

    started = time.time()
    lines = context.textFile(args.input)
    if args.partitions:
        lines = lines.repartition(args.partitions)
    command = [binary, "clean", "--format", "jsonl", "--jobs", "1"] + args.winnow_args.split() + ["-"]
    lines = lines.pipe(shlex.join(command), env=environment, checkCode=True)
    lines = lines.cache()

    if args.parquet:
        spark.read.json(lines).write.mode("overwrite").parquet(args.output)
    else:
        lines.saveAsTextFile(args.output)
    counts = lines.map(lambda line: json.loads(line).get("status", "?")).countByValue()
    seconds = time.time() - started
    total = sum(counts.values())
    print(json.dumps({"records": total, "by_status": dict(sorted(counts.items())), "seconds": round(seconds, 1),
                      "records_per_second": round(total / seconds, 1) if seconds else None}))
    spark.stop()


if __name__ == "__main__":
    main()
