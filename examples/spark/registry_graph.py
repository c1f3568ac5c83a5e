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

When GraphFrames' Python package is installed and its JVM package is on
Spark's class path (`spark-submit --packages graphframes:…`), degree,
components and PageRank run through GraphFrames' own calls; otherwise,
and with `--engine sql`, through Spark SQL. `make spark-check` tests the
Spark SQL path (GraphFrames' Python wheel carries no JAR, and no Maven
repository is reachable where the tests run).

    python registry_graph.py DIR OUT.json [--master local[2]] [--tolerance 1e-14] [--engine auto|sql|graphframes]
"""

import argparse
import importlib.util
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


def degree(vertices, counts):
    """Raw degree of every vertex from `counts` (`id`, `degree`; 0 for a
    vertex without ties), and the two-mode normalisation: degree / number
    of vertices on the other side."""
    size = {row["entity"]: row["count"] for row in vertices.groupBy("entity").count().collect()}
    other = (F.when(F.col("entity") == "organisation", F.lit(size.get("group", 0)))
             .otherwise(F.lit(size.get("organisation", 0))))
    raw = F.coalesce(F.col("degree"), F.lit(0))
    return (vertices.select("id", "entity").join(counts, "id", "left")
            .select("id", "entity", raw.alias("degree"), (raw / other).alias("normalized")))


def tie_counts(arcs):
    """Ties per vertex: its arcs counted."""
    return arcs.groupBy(F.col("src").alias("id")).agg(F.count("*").alias("degree"))


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
    if importlib.util.find_spec("graphframes") is None:
        return False
    try:
        spark._jvm.java.lang.Class.forName("org.graphframes.GraphFrame")
        return True
    except Exception:  # py4j's error for a class that is not there
        return False


def graphframe(spark, vertices, arcs, checkpoints):
    """The GraphFrame of the registry: the vertices, and each tie as two
    arcs (GraphFrames' graphs are directed)."""
    from graphframes import GraphFrame

    spark.sparkContext.setCheckpointDir(checkpoints)  # connectedComponents() needs one
    return GraphFrame(vertices, arcs)


def graphframes_pagerank(graph):
    """GraphFrames' PageRank (GraphX's), rescaled to sum 1. It leaves a
    dangling vertex's score where it is instead of spreading it, so it
    matches the CLI's only when every vertex has a tie."""
    ranks = graph.pageRank(resetProbability=1 - DAMPING, tol=1e-10).vertices
    total = ranks.agg(F.sum("pagerank")).first()[0]
    return ranks.select("id", (F.col("pagerank") / total).alias("rank"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", help="what `samverkan export --format graphframes -o DIR` wrote")
    parser.add_argument("out", help="the answers as JSON")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"))
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help="PageRank's per-vertex tolerance (default 1e-14, the CLI's)")
    parser.add_argument("--engine", choices=["auto", "sql", "graphframes"], default="auto",
                        help="auto (the default): GraphFrames' calls when its JVM package is on the class path, "
                             "else Spark SQL; sql: always Spark SQL (the tested path); graphframes")
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

    if engine == "graphframes":
        graph = graphframe(spark, vertices, arcs, os.path.join(os.path.dirname(os.path.abspath(args.out)), "checkpoints"))
        # Each tie is two arcs, and GraphFrames counts an arc at both ends.
        ties = graph.degrees.select("id", (F.col("degree") / 2).cast("long").alias("degree"))
    else:
        ties = tie_counts(arcs)
    deg = timed("degree", lambda: degree(vertices, ties).collect())
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
        labels = timed("components", lambda: graph.connectedComponents().select("id", F.col("component").alias("label")))
        ranks = timed("pagerank", lambda: graphframes_pagerank(graph))
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
