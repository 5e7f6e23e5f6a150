"""Kills `policygraph ingest` with SIGKILL at many moments and checks the snapshot each time.

Usage: kill_ingest.py BIN SOURCE_DIR WORK_DIR RUNS

An existing snapshot (the bundled corpus) gets a small corpus added; each run is killed after a
delay drawn from a fixed seed (so the delays tried are the same every time; where in the program a
kill lands still depends on the machine). After each kill the snapshot must be byte-identical to
the one before or to the complete new one, and temporary files of killed runs must be harmless: a
later run (with --no-wait, so a stale lock would fail it) completes and removes them.
"""
import hashlib
import os
import random
import signal
import statistics
import subprocess
import sys
import time

binary, source, work, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.chdir(work)
snapshot = "g.json"
# The store is under test, not extraction: a pack without word lists starts in milliseconds, so
# most of a run is loading, merging and saving the snapshot.
os.makedirs("packs/bare", exist_ok=True)
with open("packs/bare/pack.json", "w") as f:
    f.write('{"name": "bare"}\n')
small_corpus = [os.path.join(source, "tests/heldout/corpus", name) for name in
                ("news-2021-09-09-technopark-seminar.txt", "op-ed-rd-budget-cut.txt", "policy-brief-smart-factories.md")]
ingest = [binary, "-q", "--pack", "packs/bare", "-g", snapshot, "ingest", "--no-wait", "-j", "1"] + small_corpus


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def temporaries():
    return sorted(name for name in os.listdir(".") if name.startswith("." + snapshot + ".tmp-"))


def put_back(content):
    with open(snapshot + ".restore", "wb") as f:
        f.write(content)
    os.replace(snapshot + ".restore", snapshot)


subprocess.run([binary, "-q", "-g", snapshot, "ingest", os.path.join(source, "data/corpus")], check=True)
with open(snapshot, "rb") as f:
    before = f.read()
durations = []
for _ in range(3):
    put_back(before)
    start = time.monotonic()
    subprocess.run(ingest, check=True)
    durations.append(time.monotonic() - start)
after_digest = digest(snapshot)
before_digest = hashlib.sha256(before).hexdigest()
assert after_digest != before_digest, "the small corpus changed nothing"
full = statistics.median(durations)

random_delays = random.Random(1307)
outcomes = {"old": 0, "new": 0, "finished": 0, "temporary left": 0}
problems = []
started = time.monotonic()
put_back(before)
for run in range(runs):
    # A third anywhere in the run, two thirds in its last part, where the snapshot is saved.
    if run % 3 == 0:
        delay = random_delays.uniform(0, 1.2 * full)
    else:
        delay = random_delays.uniform(0.6 * full, 1.1 * full)
    process = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate()
    if process.returncode == 0:
        outcomes["finished"] += 1
    elif process.returncode != -signal.SIGKILL:
        problems.append(f"run {run}: exit {process.returncode}: {stderr.decode(errors='replace').strip()}")
    state = digest(snapshot)
    if state == before_digest:
        outcomes["old"] += 1
    elif state == after_digest:
        outcomes["new"] += 1
        put_back(before)
    else:
        problems.append(f"run {run} (killed after {delay * 1000:.1f} ms): the snapshot is neither the old nor the new one")
        put_back(before)
    left = temporaries()
    if left:
        outcomes["temporary left"] += 1
    if len(left) > 3:
        problems.append(f"run {run}: temporary files pile up: {left}")
    unexpected = set(os.listdir(".")) - {snapshot, snapshot + ".lock", "packs"} - set(left)
    if unexpected:
        problems.append(f"run {run}: unexpected files: {sorted(unexpected)}")
    if len(problems) > 10:
        break

# A complete run after all the kills: no stale lock stops it, and it cleans up what they left.
subprocess.run(ingest, check=True)
if digest(snapshot) != after_digest:
    problems.append("the run after the kills did not write the new snapshot")
if temporaries():
    problems.append(f"temporary files remain after a complete run: {temporaries()}")

print(f"kill test: {runs} runs killed at seeded delays (a complete run takes {full * 1000:.0f} ms) in "
      f"{time.monotonic() - started:.1f} s: {outcomes['old']} left the old snapshot, {outcomes['new']} the new one "
      f"({outcomes['finished']} finished before the kill), {outcomes['temporary left']} left a temporary file; "
      f"{len(problems)} problems")
for problem in problems:
    print("FAIL:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
