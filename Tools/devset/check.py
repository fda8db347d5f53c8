#!/usr/bin/env python3
"""Check the development set (Tools/devset/devset.jsonl): shape, counts and originality.

  shape        every line has id, kind, onet, text; ids unique; kind is resume, job_ad, tasks or title;
               onet is an O*NET-SOC code in Occupation Data.txt; resumes and job ads have 80-250 words,
               task lists 3-8 lines, titles one line.
  originality  no run of 8 consecutive words (lowercased, punctuation removed) shared with an O*NET
               Task Statements Task, Occupation Data Description, DWA Reference DWA Title or Emerging
               Tasks Task. Words are compared twice, once with punctuation turned into spaces and once
               with it deleted, so "follow-up" meets both "follow up" and "followup". Runs of 6 are
               counted for information.
  titles       no title item equals (lowercased, trimmed) an O*NET occupation title, alternate title,
               short title or reported job title.

Prints counts per kind and per SOC major group, then the check results; exits 1 on any failure.

Usage: Tools/devset/check.py [--onet DIR] [--devset FILE] [--verbose]
"""
import argparse
import collections
import csv
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
FAIL_RUN = 8
INFO_RUN = 6
KINDS = ("resume", "job_ad", "tasks", "title")

ONET_TEXTS = {
    "Task Statements.txt": ["Task"],
    "Occupation Data.txt": ["Description"],
    "DWA Reference.txt": ["DWA Title"],
    "Emerging Tasks.txt": ["Task"],
}
ONET_TITLES = {
    "Occupation Data.txt": ["Title"],
    "Alternate Titles.txt": ["Alternate Title", "Short Title"],
    "Sample of Reported Titles.txt": ["Reported Job Title"],
}


def rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def tokenizations(text):
    text = text.lower().replace("'", "").replace("\u2019", "")
    spaced = re.sub(r"[^\w\s]|_", " ", text).split()
    joined = re.sub(r"[^\w\s]|_", "", text).split()
    return [spaced, joined] if spaced != joined else [spaced]


def grams(seq, n):
    return {tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)}


def word_count(text):
    return len(re.findall(r"[A-Za-z0-9][\w'’.&/+-]*", text))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--onet", type=pathlib.Path, default=ROOT.parent / "shared" / "data" / "onet")
    parser.add_argument("--devset", type=pathlib.Path, default=ROOT / "Tools" / "devset" / "devset.jsonl")
    parser.add_argument("--verbose", action="store_true", help="print the shared runs")
    args = parser.parse_args()

    onet_grams = {FAIL_RUN: set(), INFO_RUN: set()}
    for name, columns in ONET_TEXTS.items():
        for row in rows(args.onet / name):
            for column in columns:
                for seq in tokenizations(row[column] or ""):
                    for n in onet_grams:
                        onet_grams[n] |= grams(seq, n)
    onet_titles = set()
    for name, columns in ONET_TITLES.items():
        for row in rows(args.onet / name):
            for column in columns:
                if row.get(column):
                    onet_titles.add(row[column].strip().lower())
    codes = {row["O*NET-SOC Code"] for row in rows(args.onet / "Occupation Data.txt")}

    items, problems = [], []
    for number, line in enumerate(args.devset.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error})")
            continue
        items.append(item)

    ids = collections.Counter(item.get("id") for item in items)
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for item in items:
        iid, kind, code, text = item.get("id"), item.get("kind"), item.get("onet"), item.get("text", "")
        if set(item) != {"id", "kind", "onet", "text"}:
            problems.append(f"{iid}: fields {sorted(item)}")
        if kind not in KINDS:
            problems.append(f"{iid}: kind {kind!r}")
        if code not in codes:
            problems.append(f"{iid}: unknown O*NET-SOC code {code!r}")
        if kind in ("resume", "job_ad") and not 80 <= word_count(text) <= 250:
            problems.append(f"{iid}: {kind} has {word_count(text)} words (80-250)")
        if kind == "tasks" and not 3 <= len([l for l in text.splitlines() if l.strip()]) <= 8:
            problems.append(f"{iid}: tasks has {len(text.splitlines())} lines (3-8)")
        if kind == "title" and ("\n" in text.strip() or not text.strip()):
            problems.append(f"{iid}: title is not one line")

    print(f"items: {len(items)}")
    print("per kind: " + ", ".join(f"{k} {sum(i.get('kind') == k for i in items)}" for k in KINDS))
    groups = collections.Counter(str(i.get("onet", ""))[:2] for i in items)
    occupations = collections.defaultdict(set)
    for item in items:
        occupations[str(item.get("onet", ""))[:2]].add(item.get("onet"))
    print("per SOC major group (items/occupations): "
          + ", ".join(f"{g} {groups[g]}/{len(occupations[g])}" for g in sorted(groups)))
    print(f"occupations: {len({i.get('onet') for i in items})}")

    flagged, info = [], 0
    for item in items:
        seqs = tokenizations(item.get("text", ""))
        shared = set().union(*(grams(s, FAIL_RUN) for s in seqs)) & onet_grams[FAIL_RUN]
        if shared:
            flagged.append(item["id"])
            problems.append(f"{item['id']}: shares {len(shared)} run(s) of {FAIL_RUN} words with O*NET text")
            if args.verbose:
                for gram in sorted(shared):
                    print(f"  {item['id']}: {' '.join(gram)}")
        if set().union(*(grams(s, INFO_RUN) for s in seqs)) & onet_grams[INFO_RUN]:
            info += 1
    print(f"originality: {len(flagged)} of {len(items)} items share a run of {FAIL_RUN} words with O*NET "
          f"tasks, descriptions, DWA titles or emerging tasks; {info} share a run of {INFO_RUN} (information only)")

    titles = [i for i in items if i.get("kind") == "title"]
    collisions = [i["id"] for i in titles if i.get("text", "").strip().lower() in onet_titles]
    problems += [f"{i}: title equals an O*NET occupation, alternate, short or reported title" for i in collisions]
    print(f"titles: {len(collisions)} of {len(titles)} equal an O*NET occupation, alternate, short or reported title")

    for problem in problems:
        print(f"FAIL {problem}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
