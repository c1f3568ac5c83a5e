#!/usr/bin/env python3
"""A registry's network in Spark: degree, the weighted organisation
projection, connected components and PageRank.

Reads the two tables `samverkan export REGISTRY --format graphframes -o DIR`
writes (DIR/vertices.csv: `id`, `name`, `entity`, …; DIR/edges.csv: `src`
the organisation, `dst` the group, `role`, …, `weight`), computes

  degree       ties per vertex (raw), and Borgatti–Everett's two-mode
               normalisation: ties / size of the other side (what
               `samverkan centrality --measure degree` prints);
  projection   the weighted organisation projection: two organisations
               are joined when they share a group, weight = the number
               of groups they share (`export --mode organisations`);
  components   connected components of the two-mode graph, by label
               propagation (each vertex takes the smallest label among
               itself and its neighbours until nothing changes);
  pagerank     PageRank on the two-mode graph, as
               `samverkan centrality --measure pagerank` computes it by
               default: damping 0.85, uniform teleport, a dangling vertex
               (no ties) spreading its score uniformly (NetworkX's rule),
               start uniform, stop when sum |x - x_prev| < n * tolerance
               (NetworkX's per-vertex rule; the CLI's default 1e-14
               is the fixed point),

and writes them to OUT.json. Every step is a DataFrame / Spark SQL
operation; only the finished, per-vertex answers are collected.

When GraphFrames' JVM package is on Spark's class path (`spark-submit
--packages graphframes:…`), degree, components and PageRank are also run
through GraphFrames' own calls (`--engine graphframes`); the Spark SQL
path is the default and the one `make spark-check` tests (GraphFrames'
Python wheel carries no JAR).

    python registry_graph.py DIR OUT.json [--master local[2]] [--tolerance 1e-14]
"""

import argparse
import json
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

DAMPING = 0.85
DEFAULT_TOLERANCE = 1e-14  # the CLI's default: iterate to the fixed point
MAX_ITERATIONS = 10_000


def read_tables(spark, directory):
    """The export's two tables. RFC 4180 quoting: a quote inside a cell is
    doubled (`escape='"'`, Spark's default escape is a backslash) and a
    quoted cell may hold a line break (`multiLine`)."""
    options = dict(header=True, escape='"', multiLine=True, encoding="UTF-8")
    vertices = spark.read.options(**options).csv(os.path.join(directory, "vertices.csv"))
    edges = spark.read.options(**options).csv(os.path.join(directory, "edges.csv"))
    edges = edges.withColumn("weight", F.coalesce(F.col("weight").cast("double"), F.lit(1.0)))
    return vertices, edges


def arcs_of(edges):
    """Each undirected edge as two arcs (src → dst and dst → src)."""
    forward = edges.select(F.col("src"), F.col("dst"), F.col("weight"))
    backward = edges.select(F.col("dst").alias("src"), F.col("src").alias("dst"), F.col("weight"))
    return forward.unionByName(backward)


def degree(vertices, arcs):
    """Raw degree (ties) of every vertex, 0 for a vertex without ties, and
    the two-mode normalisation: degree / number of vertices on the other side."""
    sides = vertices.groupBy("entity").count().collect()
    size = {row["entity"]: row["count"] for row in sides}
    counts = arcs.groupBy(F.col("src").alias("id")).agg(F.count("*").alias("degree"))
    other = (F.when(F.col("entity") == "organisation", F.lit(size.get("group", 0)))
             .otherwise(F.lit(size.get("organisation", 0))))
    return (vertices.select("id", "entity")
            .join(counts, "id", "left")
            .select("id", "entity",
                    F.coalesce(F.col("degree"), F.lit(0)).alias("degree"),
                    (F.coalesce(F.col("degree"), F.lit(0)) / other).alias("normalized")))


def organisation_projection(edges):
    """Pairs of organisations sharing at least one group, weight = number of
    shared groups (one row per unordered pair, a < b)."""
    a = edges.select(F.col("src").alias("a"), F.col("dst").alias("group"))
    b = edges.select(F.col("src").alias("b"), F.col("dst").alias("group"))
    return (a.join(b, "group").where(F.col("a") < F.col("b"))
            .groupBy("a", "b").agg(F.count("*").alias("weight")))


def connected_components(vertices, arcs):
    """Label propagation: every vertex starts with its own ID as its label
    and takes the smallest label of itself and its neighbours until no label
    changes; a component is the set of vertices with one label. Returns the
    labels and the number of rounds (at most the largest eccentricity + 1)."""
    labels = vertices.select("id", F.col("id").alias("label")).localCheckpoint()
    rounds = 0
    while True:
        rounds += 1
        offered = (arcs.join(labels.withColumnRenamed("id", "src"), "src")
                   .groupBy(F.col("dst").alias("id")).agg(F.min("label").alias("offer")))
        updated = (labels.join(offered, "id", "left")
                   .select("id", F.least("label", F.coalesce("offer", "label")).alias("label"),
                           (F.coalesce("offer", "label") < F.col("label")).alias("changed"))
                   .localCheckpoint())
        changed = updated.where("changed").count()
        labels = updated.select("id", "label")
        if changed == 0:
            return labels, rounds


def pagerank(vertices, arcs, tolerance=DEFAULT_TOLERANCE, damping=DAMPING):
    """PageRank by power iteration, x ← α·(xᵀP + (Σ_dangling x)/n) + (1 − α)/n,
    P the row-normalised weights. Each round is one query, materialised
    (`localCheckpoint`, so that the plan does not grow round by round),
    and one aggregate over it: the change, for the stopping rule, and the
    dangling vertices' mass, for the next round. Returns the scores and
    the rounds run."""
    n = vertices.count()
    strength = arcs.groupBy("src").agg(F.sum("weight").alias("strength"))
    shares = (arcs.join(strength, "src")
              .select("src", "dst", (F.col("weight") / F.col("strength")).alias("share"))
              .localCheckpoint())
    has_ties = strength.select(F.col("src").alias("id"), F.lit(False).alias("dangling"))
    ranks = (vertices.select("id").join(has_ties, "id", "left")
             .select("id", F.coalesce("dangling", F.lit(True)).alias("dangling"), F.lit(1.0 / n).alias("rank"))
             .localCheckpoint())
    mass = ranks.agg(F.sum(F.when(F.col("dangling"), F.col("rank")).otherwise(0.0))).first()[0]
    for rounds in range(1, MAX_ITERATIONS + 1):
        incoming = (shares.join(F.broadcast(ranks.select(F.col("id").alias("src"), "rank")), "src")
                    .groupBy(F.col("dst").alias("id")).agg(F.sum(F.col("share") * F.col("rank")).alias("s")))
        ranks = (ranks.join(incoming, "id", "left")
                 .select("id", "dangling",
                         (F.lit(damping) * (F.coalesce("s", F.lit(0.0)) + F.lit(mass / n))
                          + F.lit((1 - damping) / n)).alias("rank"),
                         F.col("rank").alias("previous"))
                 .localCheckpoint())
        change, mass = ranks.agg(F.sum(F.abs(F.col("rank") - F.col("previous"))),
                                 F.sum(F.when(F.col("dangling"), F.col("rank")).otherwise(0.0))).first()
        ranks = ranks.select("id", "dangling", "rank")
        if change < n * tolerance:
            return ranks.select("id", "rank"), rounds
    raise RuntimeError(f"PageRank did not converge in {MAX_ITERATIONS} rounds")


def graphframes_available(spark):
    """Whether GraphFrames' Python package and its JVM classes are both there."""
    try:
        import graphframes  # noqa: F401
        spark._jvm.java.lang.Class.forName("org.graphframes.GraphFrame")
        return True
    except Exception:
        return False


def run_graphframes(spark, vertices, edges, checkpoints):
    """Degree, components and PageRank through GraphFrames' own calls.
    Its PageRank (GraphX's) treats each arc as directed, leaves a dangling
    vertex's score where it is and sums to n; the scores are rescaled to sum
    1 here, which matches the CLI's only when no vertex is without ties."""
    from graphframes import GraphFrame

    spark.sparkContext.setCheckpointDir(checkpoints)
    arcs = arcs_of(edges)
    g = GraphFrame(vertices, arcs)
    degrees = g.degrees.select("id", (F.col("degree") / 2).cast("int").alias("degree"))
    components = g.connectedComponents().select("id", F.col("component").alias("label"))
    ranks = g.pageRank(resetProbability=1 - DAMPING, tol=1e-10).vertices
    total = ranks.agg(F.sum("pagerank")).first()[0]
    return degrees, components, ranks.select("id", (F.col("pagerank") / total).alias("rank"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", help="what `samverkan export --format graphframes -o DIR` wrote")
    parser.add_argument("out", help="the answers as JSON")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"))
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help="PageRank's per-vertex tolerance (default 1e-14, the CLI's)")
    parser.add_argument("--engine", choices=["auto", "sql", "graphframes"], default="sql",
                        help="sql (the default, tested), graphframes (its JVM package must be on the class "
                             "path), or auto: graphframes when it is there")
    args = parser.parse_args(argv)

    started = time.monotonic()
    spark = (SparkSession.builder.master(args.master).appName("samverkan-registry-graph")
             # A small graph on a few cores: Spark's default of 200 shuffle
             # partitions would spend most of each step scheduling empty tasks.
             .config("spark.sql.shuffle.partitions", os.environ.get("SPARK_PARTITIONS", "4"))
             # Adaptive execution re-plans every stage; on a graph this size
             # the re-planning costs more than it saves.
             .config("spark.sql.adaptive.enabled", "false")
             .config("spark.ui.enabled", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    timings = {"session": time.monotonic() - started}

    def timed(name, body):
        t = time.monotonic()
        value = body()
        timings[name] = time.monotonic() - t
        return value

    vertices, edges = read_tables(spark, args.directory)
    vertices, edges = vertices.cache(), edges.cache()
    counts = timed("read", lambda: dict(vertices=vertices.count(), edges=edges.count()))
    arcs = arcs_of(edges).cache()

    engine = args.engine
    if engine == "auto":
        engine = "graphframes" if graphframes_available(spark) else "sql"
    result = dict(engine=engine, master=args.master, spark=spark.version, tolerance=args.tolerance, **counts)

    deg = timed("degree", lambda: degree(vertices, arcs).collect())
    result["degree"] = {r["id"]: [r["degree"], r["normalized"]] for r in deg}

    def projection_summary():
        projection = organisation_projection(edges).cache()
        per_organisation = (projection.select(F.col("a").alias("id"), "weight")
                            .unionByName(projection.select(F.col("b").alias("id"), "weight"))
                            .groupBy("id").agg(F.count("*").alias("neighbours"), F.sum("weight").alias("strength")))
        totals = projection.agg(F.count("*").alias("pairs"), F.sum("weight").alias("weight"),
                                F.max("weight").alias("largest")).first()
        histogram = projection.groupBy("weight").count().collect()
        return dict(pairs=totals["pairs"], total_weight=totals["weight"], largest_weight=totals["largest"],
                    weights={str(r["weight"]): r["count"] for r in histogram},
                    organisations={r["id"]: [r["neighbours"], r["strength"]] for r in per_organisation.collect()})

    result["projection"] = timed("projection", projection_summary)

    if engine == "graphframes":
        _, labels, ranks = run_graphframes(spark, vertices, edges, os.path.join(os.path.dirname(args.out) or ".", "checkpoints"))
        rounds = iterations = None
    else:
        labels, rounds = timed("components", lambda: connected_components(vertices, arcs))
        ranks, iterations = timed("pagerank", lambda: pagerank(vertices, arcs, args.tolerance))

    sizes = [r["count"] for r in labels.groupBy("label").count().collect()]
    result["components"] = dict(count=len(sizes), largest=max(sizes, default=0), rounds=rounds,
                                label={r["id"]: r["label"] for r in labels.collect()})
    result["pagerank"] = dict(iterations=iterations, scores={r["id"]: r["rank"] for r in ranks.collect()})
    timings["total"] = time.monotonic() - started
    result["seconds"] = timings
    spark.stop()

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print(f"{counts['vertices']} vertices, {counts['edges']} edges; {result['components']['count']} components "
          f"(largest {result['components']['largest']}, {rounds} rounds); projection {result['projection']['pairs']} "
          f"pairs; PageRank in {iterations} iterations; {timings['total']:.1f} s ({engine}, {args.master})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
