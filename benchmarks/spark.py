"""Spark throughput against the single-process pipeline on the same articles.

    python benchmarks/spark.py CORPUS_DIR [--articles N]

Writes N articles of CORPUS_DIR as JSONL, then times (1) the single-process analysis (the same
analyze() ingest uses, no store) and (2) the Spark job's analysis stage (read, analyse in
mapInArrow, write the documents table) with local[1] and local[2], and the whole Spark job with
local[2]. Prints articles/s and articles/s per core.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()
    from lagebild.io.readers import read_path
    from lagebild.pipeline import analyze

    arts = [a for a in itertools.islice(read_path(args.corpus), args.articles * 2) if not isinstance(a, Exception)]
    arts = arts[:args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n")
        analyze("Warm-up: Russland und die Ukraine.")  # load the knowledge base before timing
        t = time.perf_counter()
        for a in arts:
            analyze(a.text, doc_id=a.id)
        plain = len(arts) / (time.perf_counter() - t)
        print(f"single process, analyze() only: {plain:.1f} articles/s ({len(arts)} articles)")
        single = same_work_in_process(arts)
        print(f"single process, the Spark job's per-document work (analysis, JSON, MinHash, positions): "
              f"{single:.1f} articles/s")
        for cores in (1, 2):
            rate = spark_analysis(src, Path(tmp) / f"out{cores}", cores)
            print(f"spark local[{cores}], analysis stage: {rate:.1f} articles/s, {rate / cores:.1f} per core"
                  f" ({100 * (rate / cores) / single:.0f} % of the single process per core)")
        from lagebild.spark import run

        t = time.perf_counter()
        counts = run(str(src), str(Path(tmp) / "full"), master="local[2]")
        print(f"spark local[2], whole job incl. copies, stories, claim links: "
              f"{counts['documents'] / (time.perf_counter() - t):.1f} articles/s")
    return 0


def same_work_in_process(arts) -> float:
    """The Spark job's per-document function over Arrow batches, without Spark."""
    import pyarrow as pa

    from lagebild.spark.job import analyse_batches

    rows = [{"seq": i, "doc_id": i + 1, "ext_id": a.id, "text": a.text, "title": None, "source": None, "url": None,
             "published": None, "lang": None} for i, a in enumerate(arts)]
    batches = [pa.RecordBatch.from_pylist(rows[i:i + 256]) for i in range(0, len(rows), 256)]
    t = time.perf_counter()
    n = sum(b.num_rows for b in analyse_batches(iter(batches)))
    return n / (time.perf_counter() - t)


def spark_analysis(src: Path, out: Path, cores: int) -> float:
    from pyspark.sql import functions as F

    from lagebild.spark.job import DOCUMENT_FIELDS, _schema, analyse_batches, read_articles, session

    spark = session(f"local[{cores}]")
    arts = read_articles(spark, str(src)).withColumn("doc_id", F.col("seq") + 1).repartition(cores * 4).cache()
    n = arts.count()
    warm = arts.limit(cores).mapInArrow(analyse_batches, _schema(DOCUMENT_FIELDS))  # workers load the KB
    warm.write.mode("overwrite").parquet(str(out) + "-warm")
    t = time.perf_counter()
    arts.mapInArrow(analyse_batches, _schema(DOCUMENT_FIELDS)).write.mode("overwrite").parquet(str(out))
    rate = n / (time.perf_counter() - t)
    spark.stop()
    shutil.rmtree(out, ignore_errors=True)
    return rate


if __name__ == "__main__":
    sys.exit(main())
