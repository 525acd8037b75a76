"""lagebild on Apache Spark: the same ``analyze()`` over partitions, cross-document steps as joins.

``pip install 'lagebild[spark]'`` (pyspark, pandas, pyarrow) and a Java runtime are needed; see
``docs/spark.md``. :func:`run` is the Python API behind ``lagebild spark run``.
"""

from .job import SparkJobError, run

__all__ = ["SparkJobError", "run"]
