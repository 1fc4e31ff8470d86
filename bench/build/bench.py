#!/usr/bin/env python3
"""Time `civic build` against Hugo on the same synthetic stories, and an edit under `civic serve`.

usage: bench.py [--sizes 1000,10000] [--rounds 3] [--work /tmp/civic-bench]

For each size: make the corpus (make_corpus.py), then alternate Civic and Hugo builds `rounds` times, each under
/usr/bin/time -v (whole-process wall time, CPU time (user + system) and peak resident memory); report medians, pages per second (HTML files
written / wall time) and the ratios. Then start `civic serve` on the smallest corpus, edit one story's title five
times, then its date five times, and time from the write until the served page shows the edit. Prints Markdown tables.

After each size's builds, Floor/ copies the last output of each tool into a new folder (read into memory first,
page cache emptied, only the writing timed): what writing that output costs on this machine, before any page is made.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
CIVIC = None  # set by main(): the native executable published into the work folder
FLOOR = None  # set by main(): the Floor tool, built into the work folder
HUGO = "/work/shared/bench/hugo/run.sh" if os.path.exists("/work/shared/bench/hugo/run.sh") else os.path.join(REPO, "..", "shared", "bench", "hugo", "run.sh")


def timed(cmd, env=None):
    result = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) == 3 else 0)
    rss_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1)) for kind in ("User", "System"))
    return seconds, rss_mb, cpu


def settle():
    """Writes back dirty pages and empties the page cache, so each timed build starts from the same state.

    On this kind of VM a build's system time grows with what earlier builds left in the page cache (3 s after a
    drop, over 20 s after a few builds), which would measure the history of the machine, not the tool.
    Needs root; without it the builds run as they are and the figures are noisier.
    """
    subprocess.run(["sync"], check=True)
    try:
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    except OSError:
        pass


def count_html(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


def chinese_only(corpus):
    """A copy of the corpus whose site has no English interface: about the pages Hugo's site has, for a like-for-like row."""
    target = corpus + "-zh"
    subprocess.run(["rm", "-rf", target], check=True)
    subprocess.run(["cp", "-r", corpus, target], check=True)
    config = os.path.join(target, "site.yml")
    text = open(config, encoding="utf-8").read()
    if "languages: [zh-Hans, en]" not in text:
        sys.exit("make_corpus.py's site.yml no longer lists languages as expected")
    with open(config, "w", encoding="utf-8") as f:
        f.write(text.replace("languages: [zh-Hans, en]", "languages: [zh-Hans]"))
    return target


def bench_size(n, rounds, work):
    corpus = os.path.join(work, f"corpus-{n}")
    subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), corpus], check=True, capture_output=True)
    corpus_zh = chinese_only(corpus)
    civic, civic_zh, hugo = [], [], []
    for k in range(rounds):
        # Clean builds on both sides, each into a folder never used before: no earlier output for Civic to reuse
        # (no .civic-spare-*), none for Hugo to overwrite, and no fresh deletions in the way (see outputs()).
        out = lambda name: os.path.join(work, "out", f"{name}-{n}-{k}")
        settle()
        civic.append(timed([CIVIC, "build", "--root", corpus, "--out", out("civic")]))
        settle()
        hugo.append(timed([HUGO, corpus, out("hugo")]))
        settle()
        civic_zh.append(timed([CIVIC, "build", "--root", corpus_zh, "--out", out("civic-zh")]))
    floors = [(label, floor(out(name), os.path.join(work, "out", f"floor-{name}-{n}")))
              for label, name in [("Civic", "civic"), ("Civic, Chinese only", "civic-zh"), ("Hugo", "hugo")]]
    hugo_row = {"hugo_s": statistics.median(t for t, _, _ in hugo), "hugo_mb": statistics.median(m for _, m, _ in hugo),
                "hugo_cpu": statistics.median(c for _, _, c in hugo), "hugo_pages": count_html(out("hugo"))}
    rows = [
        {"label": f"{n:,}", "civic_s": statistics.median(t for t, _, _ in civic), "civic_mb": statistics.median(m for _, m, _ in civic),
         "civic_cpu": statistics.median(c for _, _, c in civic), "civic_pages": count_html(out("civic")), **hugo_row},
        {"label": f"{n:,}, Chinese only", "civic_s": statistics.median(t for t, _, _ in civic_zh),
         "civic_mb": statistics.median(m for _, m, _ in civic_zh), "civic_cpu": statistics.median(c for _, _, c in civic_zh),
         "civic_pages": count_html(out("civic-zh")), **hugo_row},
    ]
    return rows, corpus, [(f"{n:,}", label, f, rows[0]["hugo_s"]) for label, f in floors]


def floor(built, target):
    """Writes a copy of a built site and times only the writing (Floor/): what any build of that output costs at least."""
    result = subprocess.run(["dotnet", FLOOR, built, target], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"floor failed on {built}\n{result.stderr[-2000:]}")
    words = result.stdout.split()
    return {key: float(value) for key, value in zip(words[::2], words[1::2])}


def outputs(work):
    """Removes the outputs of earlier runs, then waits until ext4 no longer treats their inodes as just deleted.

    ext4 steps over inodes freed in the last minute (five when their table is dirty) when it allocates new ones,
    one lookup each: tens of thousands of files removed right before a build made creating files several times
    dearer, for both tools, and more for the one writing more files. Nothing is removed between the timed builds.
    """
    folder = os.path.join(work, "out")
    if os.path.exists(folder):
        subprocess.run(["rm", "-rf", folder], check=True)
        subprocess.run(["sync"], check=True)
        time.sleep(65)
    os.makedirs(folder)


def bundled_copy(work):
    target = os.path.join(work, "bundled")
    subprocess.run(["rm", "-rf", target], check=True)
    os.makedirs(target)
    for item in ["site.yml", "data", "content", "themes"]:
        subprocess.run(["cp", "-r", os.path.join(REPO, item), target], check=True)
    return target


def title_edit(original, k):
    """The story with a marked title, and how to tell the served page shows it."""
    marker = f"改稿{k}号"
    return original.replace("title: ", f"title: {marker}", 1), lambda html: marker in html


def date_edit(original, k):
    """The story with another date (which moves it in every list), and how to tell the served page shows it: the
    page's first date is the story's own (the others are related stories')."""
    day = f"2020-01-{k + 1:02d}"
    edited = re.sub(r"^date: .*$", f"date: {day}", original, count=1, flags=re.M)
    return edited, lambda html: re.search(r'<time datetime="([^"]+)"', html).group(1) == day


def bench_serve(corpus, slug, edit, edits=5):
    process = subprocess.Popen([CIVIC, "serve", "--root", corpus, "--port", "0", "--out", os.path.join(corpus, "_serve")],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = None
        while address is None:
            line = process.stdout.readline()
            if not line:
                sys.exit("serve stopped before listening")
            match = re.search(r"serving (\S+)", line)
            address = match.group(1) if match else None
        story = os.path.join(corpus, "content", "stories", slug + ".md")
        original = open(story, encoding="utf-8").read()
        times, rendered, builds = [], [], []
        for k in range(edits):
            edited, shows = edit(original, k)
            with open(story, "w", encoding="utf-8") as f:
                f.write(edited)
            start = time.perf_counter()
            while True:
                try:
                    with urllib.request.urlopen(address + "stories/" + slug + "/", timeout=10) as r:
                        if shows(r.read().decode("utf-8")):
                            break
                except OSError:
                    pass
                time.sleep(0.005)
            times.append((time.perf_counter() - start) * 1000)
            line = process.stdout.readline()
            match = re.search(r"\((\d+) rendered\) in (\d+) ms", line)
            rendered.append(int(match.group(1)) if match else -1)
            builds.append(int(match.group(2)) if match else -1)
            time.sleep(0.3)
        with open(story, "w", encoding="utf-8") as f:
            f.write(original)
        # Memory once the last rebuild is over and serve has been idle for a while, and its peak.
        time.sleep(4)
        status = open(f"/proc/{process.pid}/status").read()
        rss, peak = (int(re.search(rf"^{key}:\s+(\d+) kB", status, re.M).group(1)) // 1024 for key in ("VmRSS", "VmHWM"))
        return statistics.median(times), min(times), max(times), statistics.median(rendered), statistics.median(builds), rss, peak
    finally:
        process.terminate()
        process.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", default="/tmp/civic-bench")
    parser.add_argument("--serve-only", action="store_true", help="only the serve edits (the corpus of the first size is made if missing)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    global CIVIC
    publish = os.path.join(args.work, "civic-bin")
    # Native (the CLI's PublishAot): no JIT and no runtime start-up, as README's publish command makes it. Needs clang.
    result = subprocess.run(["dotnet", "publish", "-c", "Release", "-r", "linux-x64", "-o", publish, os.path.join(REPO, "generator", "Cli")],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("publishing the native executable failed (is clang installed?)\n" + result.stdout[-3000:])
    CIVIC = os.path.join(publish, "civic")
    global FLOOR
    subprocess.run(["dotnet", "build", "-c", "Release", "-o", os.path.join(args.work, "floor-bin"), os.path.join(HERE, "Floor")],
                   check=True, capture_output=True)
    FLOOR = os.path.join(args.work, "floor-bin", "floor.dll")
    print("| stories | Civic wall (s) | Hugo wall (s) | Civic ÷ Hugo time | Civic CPU (s) | Hugo CPU (s) | Civic ÷ Hugo CPU | Civic peak RSS (MB) | Hugo peak RSS (MB) | Civic ÷ Hugo memory | Civic pages | Civic pages/s | Hugo pages | Hugo pages/s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    smallest = None
    outputs_ready = False
    floors = []
    for n in [int(s) for s in args.sizes.split(",")]:
        if args.serve_only:
            smallest = smallest or os.path.join(args.work, f"corpus-{n}")
            if not os.path.exists(smallest):
                subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), smallest], check=True, capture_output=True)
            continue
        if not outputs_ready:
            outputs(args.work)
            outputs_ready = True
        rows, corpus, size_floors = bench_size(n, args.rounds, args.work)
        floors += size_floors
        smallest = smallest or corpus
        for row in rows:
            print(f"| {row['label']} | {row['civic_s']:.2f} | {row['hugo_s']:.2f} | {row['civic_s'] / row['hugo_s']:.2f} | "
                  f"{row['civic_cpu']:.1f} | {row['hugo_cpu']:.1f} | {row['civic_cpu'] / row['hugo_cpu']:.2f} | {row['civic_mb']:.0f} | "
                  f"{row['hugo_mb']:.0f} | {row['civic_mb'] / row['hugo_mb']:.2f} | {row['civic_pages']:,} | {row['civic_pages'] / row['civic_s']:.0f} | "
                  f"{row['hugo_pages']:,} | {row['hugo_pages'] / row['hugo_s']:.0f} |", flush=True)
    if floors:
        print("\n| stories | writing the output alone (Floor/) | files | folders | MB | wall (s) | CPU (s) | wall ÷ Hugo's build |")
        print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for size, label, f, hugo_s in floors:
            print(f"| {size} | {label} | {f['files']:,.0f} | {f['folders']:,.0f} | {f['bytes'] / 2**20:.0f} | {f['wall_s']:.2f} | "
                  f"{f['user_s'] + f['system_s']:.1f} | {f['wall_s'] / hugo_s:.2f} |", flush=True)
    print("\n| serve: one story edited 5 times | edit | write → edit served, median (ms) | min | max | pages re-rendered per edit | whole rebuild, median (ms) | resident after, idle (MB) | peak resident (MB) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, root, slug in [("bundled site", bundled_copy(args.work), "hanyang-dililiang"),
                              (f"{args.sizes.split(',')[0]}-story corpus", smallest, "story-00000")]:
        for name, edit in [("title", title_edit), ("date", date_edit)]:
            median, low, high, rendered, build, rss, peak = bench_serve(root, slug, edit)
            print(f"| {label} | {name} | {median:.0f} | {low:.0f} | {high:.0f} | {rendered} | {build} | {rss} | {peak} |", flush=True)


if __name__ == "__main__":
    main()
