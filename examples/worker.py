#!/usr/bin/env python3
"""Keep one `palermo screen` open and stream cases through it.

palermo answers each line (one JSON case) with one line (its assessment)
as soon as it is decided, so a program can send a case, read its answer,
and send the next. Run: python3 examples/worker.py [path/to/palermo]
"""
import json
import subprocess
import sys

palermo = sys.argv[1] if len(sys.argv) > 1 else "palermo"
# bufsize=1: line-buffered, each case goes out when its line ends.
worker = subprocess.Popen([palermo, "screen"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, bufsize=1)


def screen(case):
    """Send one case; read its assessment (one line) back."""
    worker.stdin.write(json.dumps(case) + "\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


cases = [
    {"id": "c-1", "person": {"age": 15},
     "act": {"recruitment": True}, "purpose": {"forced_begging": True}},
    {"id": "c-2", "movement": {"crossed_border": True, "entry": "irregular"}},
    {"id": "c-3", "means": {"decepton": True}},  # a misspelt field
]
for case in cases:
    answer = screen(case)
    if "error" in answer:
        print(answer["id"], "error:", answer["error"]["message"])
    else:
        print(answer["id"], answer["verdict"])

worker.stdin.close()
sys.exit(worker.wait() not in (0, 2))
