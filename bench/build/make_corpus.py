#!/usr/bin/env python3
"""Write a synthetic Civic site with N stories, in the real content model, for build benchmarks.

usage: make_corpus.py N OUT_DIR

The schemas, districts, topics and sources are the bundled site's own; communities, stations and programmes are
generated in proportion to N (one community per 10 stories, one station per 20, one programme per 25), and every
story names a district, two or three topics, a community, sometimes a station and a programme, and a source.
Text is filler made from a fixed list of phrases: the corpus measures speed, it is never published.
Output is deterministic for a given N.
"""
import os
import random
import shutil
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PHRASES = [
    "社区工作者和志愿者一起走访居民", "议事会在楼栋里召开", "驿站为户外工作者提供热水和休息", "老旧小区加装电梯的方案经过多轮协商",
    "社工项目把居民的需求列成清单", "骑手志愿队帮助行动不便的老人", "党群服务站每周开放法律咨询", "街道把闲置用房改造成共享空间",
    "居民自发组成巡逻队", "物业和业委会共同商定停车方案", "青年志愿者为孩子们开设课堂", "数字平台让诉求办理更快",
]


def ids(path):
    return sorted(f[:-4] for f in os.listdir(path) if f.endswith(".yml") and not f.startswith("_"))


def paragraph(rng, n):
    return "，".join(rng.choice(PHRASES) for _ in range(n)) + "。"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(n)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    with open(os.path.join(REPO, "site.yml"), encoding="utf-8") as f:
        config = f.read()
    write(os.path.join(out, "site.yml"), config)
    shutil.copytree(os.path.join(REPO, "themes"), os.path.join(out, "themes"))
    shutil.copytree(os.path.join(REPO, "content", "pages"), os.path.join(out, "content", "pages"))
    for dataset in ["districts", "topics", "sources", "communities", "stations", "programmes", "indicators"]:
        source = os.path.join(REPO, "data", dataset)
        target = os.path.join(out, "data", dataset)
        os.makedirs(target)
        shutil.copy(os.path.join(source, "_dataset.yml"), target)
        if dataset in ("districts", "topics", "sources"):
            for name in os.listdir(source):
                shutil.copy(os.path.join(source, name), target)

    districts = ids(os.path.join(out, "data", "districts"))
    topics = ids(os.path.join(out, "data", "topics"))
    sources = ids(os.path.join(out, "data", "sources"))
    communities = [f"c{i:05d}" for i in range(max(1, n // 10))]
    stations = [f"s{i:05d}" for i in range(max(1, n // 20))]
    programmes = [f"p{i:05d}" for i in range(max(1, n // 25))]
    district_of = {}
    for c in communities:
        district_of[c] = rng.choice(districts)
        write(os.path.join(out, "data", "communities", c + ".yml"),
              f"id: {c}\nname: 测试社区{c[1:]}\nname_en: Test community {c[1:]}\nkind: community\ndistrict: {district_of[c]}\n"
              f"residents: {rng.randint(2000, 30000)}\nsummary: {paragraph(rng, 2)}\ntopics: [{rng.choice(topics)}]\nsources: [{rng.choice(sources)}]\n")
    for s in stations:
        c = rng.choice(communities)
        write(os.path.join(out, "data", "stations", s + ".yml"),
              f"id: {s}\nname: 测试驿站{s[1:]}\nkind: outdoor-worker-station\ndistrict: {district_of[c]}\ncommunity: {c}\n"
              f"services: [饮水, 充电, 休息]\nsummary: {paragraph(rng, 2)}\ntopics: [outdoor-workers]\nsources: [{rng.choice(sources)}]\n")
    for p in programmes:
        write(os.path.join(out, "data", "programmes", p + ".yml"),
              f"id: {p}\nname: 测试项目{p[1:]}\nkind: volunteer-team\ndistrict: {rng.choice(districts)}\n"
              f"summary: {paragraph(rng, 2)}\ntopics: [{rng.choice(topics)}]\nsources: [{rng.choice(sources)}]\n")
    for i in range(n):
        c = rng.choice(communities)
        station = f"[{rng.choice(stations)}]" if rng.random() < 0.5 else "[]"
        programme = f"[{rng.choice(programmes)}]" if rng.random() < 0.5 else "[]"
        date = f"20{rng.randint(15, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        body = "\n\n".join(
            [paragraph(rng, 4), "## 从一件小事开始", paragraph(rng, 5), paragraph(rng, 4), "## 后来", paragraph(rng, 5),
             "| 项目 | 数量 |\n| --- | ---: |\n| 走访 | " + str(rng.randint(10, 500)) + " |"])
        write(os.path.join(out, "content", "stories", f"story-{i:05d}.md"),
              f"---\ntitle: 第{i}个社区故事：{rng.choice(PHRASES)}\ndate: {date}\nsummary: {paragraph(rng, 2)}\n"
              f"district: {district_of[c]}\ntopics: [{', '.join(rng.sample(topics, rng.randint(2, 3)))}]\n"
              f"communities: [{c}]\nstations: {station}\nprogrammes: {programme}\nsources: [{rng.choice(sources)}]\n"
              f"featured: {'true' if i < 6 else 'false'}\n---\n{body}\n")
    print(f"{n} stories, {len(communities)} communities, {len(stations)} stations, {len(programmes)} programmes in {out}")


if __name__ == "__main__":
    main()
