#!/usr/bin/env python3
"""Pick the occupations of the development set (Tools/devset/devset.jsonl).

Reads only the code and title columns of O*NET's Occupation Data.txt and the code column of
Task Statements.txt; keeps occupations that have task statements; spreads N picks over SOC major
groups (first two digits of the code) in proportion to group size, at least one per group, by the
largest-remainder method; samples within each group with random.Random(SEED). Prints code<TAB>title.

With --exclude, the occupations of an existing set (its `onet` fields) are left out before picking, so that
a second set shares none with the first.

Usage: Tools/devset/pick.py [--onet DIR] [--n 80] [--seed 2026] [--exclude FILE]
"""
import argparse
import csv
import json
import pathlib
import random
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def read_column(path, *columns):
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield tuple(row[c] for c in columns)


def allocate(sizes, n):
    """Largest-remainder allocation of n over groups, at least one per group."""
    total = sum(sizes.values())
    quota = {g: n * s / total for g, s in sizes.items()}
    alloc = {g: max(1, int(q)) for g, q in quota.items()}
    while sum(alloc.values()) < n:
        g = max((g for g in sizes if alloc[g] < sizes[g]), key=lambda g: (quota[g] - alloc[g], g))
        alloc[g] += 1
    while sum(alloc.values()) > n:
        g = min((g for g in sizes if alloc[g] > 1), key=lambda g: (quota[g] - alloc[g], g))
        alloc[g] -= 1
    return alloc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--onet", type=pathlib.Path, default=ROOT.parent / "shared" / "data" / "onet")
    parser.add_argument("--n", type=int, default=80)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--exclude", type=pathlib.Path, help="a set whose occupations are left out")
    args = parser.parse_args()
    excluded = {json.loads(line)["onet"] for line in open(args.exclude, encoding="utf-8")} if args.exclude else set()

    with_tasks = {code for (code,) in read_column(args.onet / "Task Statements.txt", "O*NET-SOC Code")}
    titles = {code: title for code, title in read_column(args.onet / "Occupation Data.txt", "O*NET-SOC Code", "Title")
              if code in with_tasks and code not in excluded}
    groups = defaultdict(list)
    for code in sorted(titles):
        groups[code[:2]].append(code)

    rng = random.Random(args.seed)
    alloc = allocate({g: len(c) for g, c in groups.items()}, args.n)
    picked = []
    for group in sorted(groups):
        picked.extend(sorted(rng.sample(groups[group], alloc[group])))
    for code in picked:
        print(f"{code}\t{titles[code]}")


if __name__ == "__main__":
    main()
