"""A made-up registry of N organisations for the explorer's size checks.

Deterministic (fixed seed): organisations in 1 to 4 of N/12 groups,
levels and kinds spread over the valid values, some groups with a start
year, so that the page has dates, levels and a network to search.
"""
import random


def write_large_registry(path, organisations=5000, seed=7):
    rng = random.Random(seed)
    groups = max(1, organisations // 12)
    levels = ["local", "regional", "national", "international"]
    kinds = ["company", "municipality", "destination-organisation", "national-agency"]
    members = {g: [] for g in range(groups)}
    lines = [
        "samverkan: 1",
        "title: Large test registry",
        "language: en",
        "sources:",
        "  - id: made-up",
        "    title: Invented data for the size checks",
        "    kind: primary",
        "organisations:",
    ]
    for o in range(organisations):
        lines.append(
            f"  - {{id: org-{o}, name: \"Organisation {o} Åström\", kind: {kinds[o % len(kinds)]}, "
            f"level: {levels[o % len(levels)]}, source: made-up}}"
        )
        for g in rng.sample(range(groups), rng.randint(1, 4)):
            members[g].append(o)
    lines.append("groups:")
    for g in range(groups):
        lines += [
            f"  - id: group-{g}",
            f"    name: \"Group {g} Nätverk\"",
            "    kind: working-group",
            f"    level: {levels[g % len(levels)]}",
            "    source: made-up",
        ]
        if g % 5 == 0:
            lines.append(f"    since: {2000 + g % 20}")
        lines.append("    members:")
        lines += [f"      - org-{o}" for o in members[g]] or ["      []"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return organisations + groups
