"""Cross-document steps as Spark joins and group-bys (nothing is collected to the driver).

* **copies**: documents sharing a MinHash band (a join on band and hash) whose signatures agree on
  at least half of their positions are copies; copies form connected components (label
  propagation by joins); each component elects its original with the store's own rule
  (:func:`lagebild.corpus.syndication.elect_original`, per component in ``applyInPandas``).
* **stories**: batch clustering. Two documents whose dates lie within the store's window and who
  share a specific feature (a place or an actor named in fewer than :data:`MAX_DF` documents)
  are candidates; their TF-IDF cosine over all features (IDF over the whole input) must reach
  the store's threshold; stories are the connected components of these pairs and the copy links,
  numbered by their first document. Unlike the store's incremental clustering this does not depend
  on the order of arrival, so the two may group some documents differently.
* **claim links**: each document's positions (read once during analysis) exploded to rows,
  grouped by story and proposition, and linked in ``applyInPandas`` by the store's own functions
  (:func:`lagebild.corpus.align.side_counts`, :func:`~lagebild.corpus.align.link_positions`).
"""

from __future__ import annotations

import json
from pathlib import Path

MAX_DF = 500
MAX_ITERATIONS = 1000  # rounds of label propagation; a component this wide is an error, not a result

POSITION_SCHEMA = ("doc_id long, story_id long, text_group long, published string, key string, claim_id string,"
                   " source_key string, source_label string, lo double, hi double, side string, evidence string,"
                   " src string, tgt string")
LINK_SCHEMA = ("story_id long, proposition string, type string, a_doc long, a_claim string, b_doc long,"
               " b_claim string, reason string, a_sources long, b_sources long")
PROP_CLAIM_SCHEMA = ("story_id long, proposition string, label string, doc_id long, claim_id string, side long,"
                     " source_key string, source_label string, min double, max double, evidence string")


def components(spark, edges, nodes):
    """Connected components by min-label propagation: (id, component) for every node."""
    from pyspark.sql import functions as F

    labels = nodes.select(F.col("id"), F.col("id").alias("component")).localCheckpoint()
    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).cache()
    for _ in range(MAX_ITERATIONS):
        proposals = both.join(labels.withColumnRenamed("id", "a"), "a") \
            .groupBy(F.col("b").alias("id")).agg(F.min("component").alias("proposal"))
        updated = labels.join(proposals, "id", "left") \
            .select("id", F.least("component", F.coalesce("proposal", "component")).alias("component")) \
            .localCheckpoint()  # cut the lineage: each round's plan would otherwise contain all earlier ones
        changed = updated.join(labels.withColumnRenamed("component", "old"), "id") \
            .where("component != old").limit(1).count()
        labels = updated
        if not changed:
            break
    else:
        raise RuntimeError(f"connected components did not converge in {MAX_ITERATIONS} rounds")
    both.unpersist()
    return labels


def near_duplicates(spark, docs):
    """(doc_id, original_id, similarity) for every copy; originals and unique texts are not listed."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, DoubleType, LongType

    from ..corpus import minhash
    from ..corpus.syndication import NEAR_DUPLICATE

    bands_udf = F.udf(lambda blob: minhash.bands(minhash.from_blob(blob)), ArrayType(LongType()))
    sim_udf = F.udf(lambda a, b: minhash.similarity(minhash.from_blob(a), minhash.from_blob(b)), DoubleType())
    bands = docs.select("id", F.posexplode(bands_udf("signature")).alias("band", "hash"))
    pairs = bands.alias("x").join(bands.alias("y"), ["band", "hash"]).where("x.id < y.id") \
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b")).distinct()
    sigs = docs.select("id", "signature")
    scored = pairs.join(sigs.withColumnRenamed("id", "a").withColumnRenamed("signature", "sa"), "a") \
        .join(sigs.withColumnRenamed("id", "b").withColumnRenamed("signature", "sb"), "b") \
        .select("a", "b", sim_udf("sa", "sb").alias("similarity")).where(F.col("similarity") >= NEAR_DUPLICATE)
    scored = scored.cache()
    members = scored.select(F.col("a").alias("id")).union(scored.select(F.col("b").alias("id"))).distinct()
    comp = components(spark, scored, members)
    best = scored.select(F.col("a").alias("id"), "similarity").union(scored.select(F.col("b").alias("id"),
                                                                                    "similarity")) \
        .groupBy("id").agg(F.max("similarity").alias("similarity"))
    meta = docs.select("id", "published", "credit", "source")
    grouped = comp.join(meta, "id")

    def elect(pdf):
        import pandas as pd

        from ..corpus.syndication import elect_original

        members_ = [(int(r.id), r.published, r.credit, r.source) for r in pdf.itertuples()]
        original = elect_original(members_)
        return pd.DataFrame({"doc_id": [m[0] for m in members_],
                             "original_id": [original if m[0] != original else None for m in members_]})

    elected = grouped.groupBy("component").applyInPandas(elect, "doc_id long, original_id long")
    return elected.where("original_id IS NOT NULL").join(best.withColumnRenamed("id", "doc_id"), "doc_id") \
        .select("doc_id", "original_id", "similarity")


def story_ids(spark, docs, copies):
    """(doc_id, story_id) for every document."""
    from pyspark.sql import functions as F

    from ..corpus.stories import JOIN_AT, SPECIFIC, WINDOW_DAYS

    feats = docs.select("id", "published", F.explode(F.from_json("features", "map<string,double>"))
                        .alias("feature", "weight"))
    n = docs.count()
    df = feats.groupBy("feature").agg(F.count("*").alias("df"))
    weighted = feats.join(df, "feature").withColumn(
        "w", F.col("weight") * (F.log((F.lit(n) + 1) / (F.col("df") + 1)) + 1)).cache()
    norms = weighted.groupBy("id").agg(F.sqrt(F.sum(F.col("w") * F.col("w"))).alias("norm"))
    specific = weighted.where(F.col("feature").startswith(SPECIFIC[0]) | F.col("feature").startswith(SPECIFIC[1])) \
        .where(F.col("df") <= MAX_DF)
    cand = specific.alias("x").join(specific.alias("y"), "feature").where("x.id < y.id") \
        .where(F.col("x.published").isNull() | F.col("y.published").isNull()
               | (F.abs(F.datediff(F.to_date("x.published"), F.to_date("y.published"))) <= WINDOW_DAYS)) \
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b")).distinct()
    dots = cand.join(weighted.select(F.col("id").alias("a"), "feature", F.col("w").alias("wa")), "a") \
        .join(weighted.select(F.col("id").alias("b"), "feature", F.col("w").alias("wb")), ["b", "feature"]) \
        .groupBy("a", "b").agg(F.sum(F.col("wa") * F.col("wb")).alias("dot"))
    sims = dots.join(norms.withColumnRenamed("id", "a").withColumnRenamed("norm", "na"), "a") \
        .join(norms.withColumnRenamed("id", "b").withColumnRenamed("norm", "nb"), "b") \
        .where(F.col("dot") / (F.col("na") * F.col("nb")) >= JOIN_AT).select("a", "b")
    edges = sims.union(copies.select(F.col("original_id").alias("a"), F.col("doc_id").alias("b")))
    comp = components(spark, edges, docs.select("id"))
    weighted.unpersist()
    return comp.select(F.col("id").alias("doc_id"), F.col("component").alias("story_id"))


def positions(docs, stories, copies):
    """One row per stored position of every document, with its story and text group."""
    from pyspark.sql import functions as F

    base = docs.select("id", "published", "positions") \
        .join(stories.withColumnRenamed("doc_id", "id"), "id") \
        .join(copies.select(F.col("doc_id").alias("id"), "original_id"), "id", "left") \
        .select(F.col("id").alias("doc_id"), "story_id", F.coalesce("original_id", "id").alias("text_group"),
                "published", "positions")

    def rows(batches):
        import pyarrow as pa

        names = [c.split()[0] for c in POSITION_SCHEMA.split(", ")]
        for batch in batches:
            out: dict[str, list] = {n: [] for n in names}
            for r in batch.to_pylist():
                for key, found in json.loads(r["positions"] or "{}").items():
                    for claim_id, source_key, source_label, lo, hi, side, evidence, src, tgt in found:
                        for n, v in zip(names, (r["doc_id"], r["story_id"], r["text_group"], r["published"], key,
                                                claim_id, source_key, source_label, lo, hi, side, evidence, src,
                                                tgt), strict=True):
                            out[n].append(v)
            yield pa.RecordBatch.from_pydict(out)

    return base.mapInArrow(rows, POSITION_SCHEMA)


def _found(pdf):
    from ..corpus.align import Position

    out = []
    for r in pdf.sort_values(["doc_id", "claim_id"], kind="stable").itertuples():
        lo = None if r.lo != r.lo else r.lo  # NaN from pandas is a missing value
        hi = None if r.hi != r.hi else r.hi
        iv = None if lo is None else (lo, float("inf") if hi is None else hi)
        out.append(Position(int(r.doc_id), r.claim_id, r.source_key, r.source_label, r.published, iv, r.side,
                            r.evidence, text_group=int(r.text_group), frame=(r.src, r.tgt)))
    return out


def claim_links(rows):
    """Links per story and proposition, by the store's own functions."""

    def link(pdf):
        import pandas as pd

        from ..corpus.align import link_positions, side_counts

        key = pdf["key"].iloc[0]
        found = _found(pdf)
        cols = ["story_id", "proposition", "type", "a_doc", "a_claim", "b_doc", "b_claim", "reason", "a_sources",
                "b_sources"]
        if len({p.source_key for p in found}) < 2:
            return pd.DataFrame(columns=cols)
        kind = key.split(":", 1)[1]
        links = link_positions(found, kind, side_counts(found, kind))
        return pd.DataFrame([(int(pdf["story_id"].iloc[0]), key, *row) for row in links], columns=cols)

    return rows.groupBy("story_id", "key").applyInPandas(link, LINK_SCHEMA)


def proposition_claims(rows):
    def sides(pdf):
        import pandas as pd

        from ..corpus.align import label, side_counts

        key = pdf["key"].iloc[0]
        found = _found(pdf)
        cols = ["story_id", "proposition", "label", "doc_id", "claim_id", "side", "source_key", "source_label", "min",
                "max", "evidence"]
        if len({p.source_key for p in found}) < 2:
            return pd.DataFrame(columns=cols)
        side_counts(found, key.split(":", 1)[1])
        return pd.DataFrame([(int(pdf["story_id"].iloc[0]), key, label(key), p.doc_id, p.claim_id, p.group,
                              p.source_key, p.source_label, *(p.interval or (None, None)), p.evidence)
                             for p in found], columns=cols).replace(float("inf"), None)

    return rows.groupBy("story_id", "key").applyInPandas(sides, PROP_CLAIM_SCHEMA)


def run(spark, docs, out: Path) -> dict[str, int]:
    """Compute and write copies, stories, proposition positions and claim links; returns row counts."""
    counts = {}
    copies = near_duplicates(spark, docs)
    copies.write.mode("overwrite").parquet(str(out / "copies"))
    copies = spark.read.parquet(str(out / "copies"))
    stories = story_ids(spark, docs, copies)
    stories.write.mode("overwrite").parquet(str(out / "stories"))
    stories = spark.read.parquet(str(out / "stories"))
    rows = positions(docs, stories, copies)
    rows.write.mode("overwrite").parquet(str(out / "positions"))
    rows = spark.read.parquet(str(out / "positions"))
    proposition_claims(rows).write.mode("overwrite").parquet(str(out / "proposition_claims"))
    claim_links(rows).write.mode("overwrite").parquet(str(out / "claim_links"))
    for name in ("copies", "stories", "proposition_claims", "claim_links"):
        counts[name] = spark.read.parquet(str(out / name)).count()
    counts["story_count"] = stories.select("story_id").distinct().count()
    return counts
