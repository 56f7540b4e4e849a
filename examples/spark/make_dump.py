"""Writes a test dump for the Spark job: N JSON lines records cycling through Winnow's samples,
with poison among them, and the list of ids a correct run must give back.

    make_dump.py OUT.jsonl N [--big-megabytes 30]

Poison: a line that is not JSON, a line of binary junk, a record whose text is over Winnow's
20 MB limit, and records whose text has newlines in it (JSON-escaped, one line each).
"""
import argparse
import glob
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("output")
parser.add_argument("count", type=int)
parser.add_argument("--big-megabytes", type=int, default=30)
args = parser.parse_args()

root = os.path.join(os.path.dirname(__file__), "..", "..", "samples")
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "text", "*", "input.txt")))]
pages = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(os.path.join(root, "pages", "*", "source.html")))]
random.seed(7)
expected = {"ok_ids": [], "poison_lines": 0}
with open(args.output, "w", encoding="utf-8") as out:
    for number in range(args.count):
        if number == 100:
            out.write("{this is not json\n"); expected["poison_lines"] += 1; continue
        if number == 200:
            junk = bytes(random.randrange(1, 256) for _ in range(2000)).replace(b"\n", b" ").replace(b"\r", b" ")
            out.write(junk.decode("latin-1") + "\n"); expected["poison_lines"] += 1; continue
        if number == 300:
            big = "The council met again. " * (args.big_megabytes * 1024 * 1024 // 23)
            out.write(json.dumps({"id": f"r{number}", "text": big}) + "\n"); expected["poison_lines"] += 1; continue
        record = {"id": f"r{number}", "source": "make_dump"}
        if number % 3 == 0:
            record["html"] = pages[number % len(pages)]
        else:
            record["text"] = texts[number % len(texts)]
        out.write(json.dumps(record) + "\n")
        expected["ok_ids"].append(record["id"])
with open(args.output + ".expected.json", "w") as out:
    json.dump(expected, out)
print(f"wrote {args.count} records ({expected['poison_lines']} poison) to {args.output}")
