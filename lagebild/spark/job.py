"""The Spark job: articles (JSONL or Parquet) in, the store's tables as Parquet out.

1. **Analysis**: the input keeps its order (line or row number); duplicates (same outlet and
   text) keep their first occurrence; ``mapInArrow`` analyses each partition with the same
   :func:`lagebild.pipeline.analyze` as the single-process ingest, the knowledge base loaded once
   per Python worker (cached in the process), never per row. Documents get the ids an ingest into
   an empty store would give them: 1, 2, … in input order.
2. **Per-document tables** (entities, places, mentions, times, quantities, events, claims,
   relations): exploded from each analysis by :func:`lagebild.store.store.analysis_rows`, the
   function the SQLite store uses, so the columns are the store's and the export's.
3. **Across documents** (:mod:`.crossdoc`): near-duplicate copies from MinHash band joins,
   stories from shared features, claim links per story and proposition — joins and group-bys,
   nothing collected to the driver.

Output: one Parquet folder per table under OUTPUT (``documents``, ``entities``, …, ``copies``,
``stories``, ``propositions``, ``claim_links``). ``lagebild load-parquet OUTPUT --db FILE`` brings
the documents into a store exactly as ``ingest`` would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..errors import LagebildError

DOCUMENT_FIELDS = [
    ("id", "long"), ("key", "string"), ("text_sha256", "string"), ("ext_id", "string"), ("source", "string"),
    ("title", "string"), ("url", "string"), ("published", "string"), ("lang", "string"), ("chars", "long"),
    ("credit", "string"), ("analyser", "string"), ("text", "string"), ("analysis", "string"),
    ("positions", "string"), ("features", "string"), ("signature", "binary"), ("error", "string"),
]


class SparkJobError(LagebildError):
    exit_code = 2


def check_java() -> str:
    """The Java runtime Spark will use, or a clear error."""
    java = Path(os.environ["JAVA_HOME"]) / "bin" / "java" if os.environ.get("JAVA_HOME") else None
    exe = str(java) if java and java.exists() else shutil.which("java")
    if not exe:
        raise SparkJobError("Spark needs a Java runtime (17 or newer): install one (e.g. apt-get install"
                            " default-jre-headless) or set JAVA_HOME")
    try:
        out = subprocess.run([exe, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SparkJobError(f"Java at {exe} does not run ({exc})") from None
    return (out.stderr or out.stdout).splitlines()[0] if (out.stderr or out.stdout) else exe


def session(master: str | None = None, app: str = "lagebild"):
    """A SparkSession whose Python workers are this interpreter (with lagebild importable). Without a
    master, the one ``spark-submit`` gives is used, else ``local[*]``."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkJobError("Spark support needs pyspark: pip install 'lagebild[spark]'") from None
    check_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # not launched by spark-submit
        builder = builder.master(master or "local[*]")
    spark = (builder.appName(app)
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.sql.shuffle.partitions", "8")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.driver.memory", os.environ.get("LAGEBILD_SPARK_DRIVER_MEMORY", "2g"))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _schema(fields: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} {kind}" for name, kind in fields)


def analyse_batches(batches):
    """mapInArrow: input rows (seq, doc_id, id, text, title, source, url, published, lang) → documents."""
    import pyarrow as pa

    from ..corpus import minhash
    from ..corpus.align import encode_positions, positions
    from ..corpus.ingest import _analyse, analyser_id
    from ..corpus.stories import features
    from ..corpus.syndication import wire_credit
    from ..io.readers import Article
    from ..pipeline import normalise_text
    from ..store import document_key

    analyser = analyser_id()  # loads the knowledge base once in this worker process
    names = [n for n, _ in DOCUMENT_FIELDS]
    for batch in batches:
        rows: dict[str, list[Any]] = {n: [] for n in names}
        for r in batch.to_pylist():
            art = Article(r["ext_id"], r["text"] or "", title=r.get("title"), url=r.get("url"),
                          source=r.get("source"), published=r.get("published"), lang=r.get("lang"))
            _art, text, analysis, error = _analyse(art) if art.text.strip() else (art, "", None, "empty text")
            out: dict[str, Any] = dict.fromkeys(names)
            out.update(id=r["doc_id"], ext_id=art.id, source=art.source, title=art.title, url=art.url,
                       error=error.removeprefix("input:") if error else None)
            if analysis is not None:
                sig = minhash.signature(text)
                found = positions(r["doc_id"], text, analysis, analysis["doc"].get("published"))
                out.update(
                    key=document_key(text, art.source), text_sha256=analysis["doc"]["text_sha256"],
                    published=analysis["doc"].get("published"), lang=analysis["doc"].get("lang"), chars=len(text),
                    credit=wire_credit(text), analyser=analyser, text=text,
                    analysis=json.dumps(analysis, ensure_ascii=False, allow_nan=False),
                    positions=encode_positions(found),
                    features=json.dumps(features(analysis), sort_keys=True), signature=minhash.to_blob(sig))
            else:
                out["key"] = document_key(normalise_text(art.text), art.source)
            for n in names:
                rows[n].append(out[n])
        yield pa.RecordBatch.from_pydict(rows)


def read_articles(spark, path: str):
    """Articles with their input order: JSONL (one object per line) or Parquet (a ``text`` column)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StructField, StructType

    is_parquet = path.rstrip("/").endswith(".parquet") or (Path(path).is_dir() and any(Path(path).glob("*.parquet")))
    if is_parquet:
        df = spark.read.parquet(path)
        if "text" not in df.columns:
            raise SparkJobError(f"{path}: Parquet input needs a 'text' column")
    else:
        lines = spark.read.text(path)
        schema = "id string, text string, title string, source string, url string, published string, lang string"
        lines = lines.where(F.trim("value") != "")  # blank lines are no articles, as in ingest
        df = lines.select(F.from_json("value", schema).alias("j"), "value").select("j.*")
    for col in ("id", "title", "source", "url", "published", "lang"):
        if col not in df.columns:
            df = df.withColumn(col, F.lit(None).cast("string"))
    indexed = df.rdd.zipWithIndex().map(lambda pair: (pair[1], *pair[0]))
    fields = [StructField("seq", LongType(), False), *df.schema.fields]
    df = spark.createDataFrame(indexed, StructType(fields))
    return df.select(
        "seq", F.coalesce(F.col("id").cast("string"), F.concat(F.lit(f"{path}:"), (F.col("seq") + 1).cast("string")))
        .alias("ext_id"), F.col("text").cast("string").alias("text"), *[F.col(c).cast("string").alias(c) for c in
                                                                       ("title", "source", "url", "published",
                                                                        "lang")])


def _numbering(df, order: str, key: str, name: str):
    """(order, name): 1, 2, … over the first row of each ``key`` in ``order`` — on two narrow columns,
    so only they pass through the single partition a global numbering needs."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    firsts = df.groupBy(key).agg(F.min(order).alias(order))
    return firsts.select(order, F.row_number().over(Window.orderBy(order)).cast("long").alias(name))


def run(input_path: str, output: str, *, master: str | None = None, partitions: int | None = None) -> dict[str, int]:
    """Analyse the articles at ``input_path`` and write the tables under ``output``; returns row counts."""
    from pyspark.sql import functions as F

    from ..store.store import ROW_TABLES
    from . import crossdoc, tables

    spark = session(master)
    articles = read_articles(spark, input_path)
    if partitions:
        articles = articles.repartition(partitions)
    # same outlet + text = one document (the first in input order), as in ingest
    keyed = articles.withColumn("prekey", F.sha2(F.concat_ws("\u0000", F.coalesce("source", F.lit("")),
                                                               F.col("text")), 256))
    numbered = keyed.join(_numbering(keyed, "seq", "prekey", "doc_id"), "seq") \
        .repartition(partitions or spark.sparkContext.defaultParallelism)
    docs = numbered.mapInArrow(analyse_batches, _schema(DOCUMENT_FIELDS))
    out = Path(output)
    docs.write.mode("overwrite").parquet(str(out / "documents_raw"))
    docs = spark.read.parquet(str(out / "documents_raw"))
    # a text that only normalisation made equal to an earlier one is a duplicate too
    docs = docs.withColumnRenamed("id", "raw_id")
    ok = docs.where("error IS NULL")  # failed articles get no id, as in ingest, so later ids do not shift
    numbered_ok = ok.join(_numbering(ok, "raw_id", "key", "id"), "raw_id")
    failed = docs.where("error IS NOT NULL").withColumn("id", F.lit(None).cast("long"))
    docs = numbered_ok.unionByName(failed).drop("raw_id")
    docs.write.mode("overwrite").parquet(str(out / "documents"))
    docs = spark.read.parquet(str(out / "documents"))
    counts = {"documents": docs.where("error IS NULL").count(), "failed": docs.where("error IS NOT NULL").count()}
    for table in ROW_TABLES:
        rows = tables.explode(spark, docs.where("error IS NULL"), table)
        rows.write.mode("overwrite").parquet(str(out / table))
        counts[table] = spark.read.parquet(str(out / table)).count()
    counts.update(crossdoc.run(spark, spark.read.parquet(str(out / "documents")).where("error IS NULL"), out))
    shutil.rmtree(out / "documents_raw", ignore_errors=True)
    spark.stop()
    return counts
