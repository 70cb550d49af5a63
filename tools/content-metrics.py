#!/usr/bin/env python3
"""Measure the quiz and plain-language rules of issue 15 on content/modules/*.

Per module and language: how often the right choice is the longest (single and scenario),
choices more than twice as long as the shortest of their question, number words where digits
belong, average words per lesson sentence (nl and en), pool versus draw and topic coverage.
Placeholders {name|fallback} are measured as their fallback. Exit 1 when a rule is broken.

usage: tools/content-metrics.py [content/modules] [--langs nl,en]
"""
import re
import sys
import tomllib
from pathlib import Path

PLACEHOLDER = re.compile(r"\{([a-z_]+)\|([^{}]*)\}")
KNOWN = {"contact", "municipality", "care_coordinator", "veilig_thuis"}
NUMBER_WORDS = {
    "nl": r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
          r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd|[a-z]+jarige?",
    "en": r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|[a-z]+-year-old",
}
NUMBER_OK = {"nl": {"minderjarige", "minderjarig", "meerderjarige", "meerderjarig"}, "en": set()}


def plain(text):
    return PLACEHOLDER.sub(lambda m: m.group(2), text)


def sentences(text):
    text = plain(text)
    parts = re.split(r"(?<=[.!?])\s+|:\s+(?=[A-Z0-9'])", text)
    return [p for p in parts if re.search(r"\w", p)]


def words(s):
    return len(re.findall(r"[\w'’-]+", s))


def check_module(folder, langs, problems):
    meta = tomllib.loads((folder / "module.toml").read_text())
    mid = meta["id"]
    qs = meta.get("questions", [])
    draw = meta.get("draw")
    topics = {}
    for q in qs:
        topics.setdefault(q.get("topic"), []).append(q["id"])
    if draw is None:
        problems.append(f"{mid}: no draw")
    else:
        if len(qs) < 1.5 * draw:
            problems.append(f"{mid}: pool {len(qs)} < 1.5 x draw {draw}")
        if None in topics:
            problems.append(f"{mid}: questions without topic: {topics[None]}")
        if draw < len(topics):
            problems.append(f"{mid}: draw {draw} < {len(topics)} topics")
    orders = [q["id"] for q in qs if q["type"] == "order"]
    print(f"== {mid} v{meta.get('version')}: {len(meta.get('pages', []))} pages, {len(qs)} questions, "
          f"draw {draw}, topics " + ", ".join(f"{t}={len(v)}" for t, v in topics.items())
          + (f", order: {orders}" if orders else ""))
    for lang in langs:
        f = folder / f"{lang}.toml"
        if not f.exists():
            continue
        raw = f.read_text()
        text = tomllib.loads(raw)
        for m in PLACEHOLDER.finditer(raw):
            if m.group(1) not in KNOWN or not m.group(2).strip():
                problems.append(f"{f}: bad placeholder {m.group(0)}")
        for m in re.finditer(r"\{[a-z_]+\}", raw):
            problems.append(f"{f}: placeholder without fallback {m.group(0)}")
        longest_right = 0
        counted = 0
        for q in qs:
            qt = text.get("questions", {}).get(q["id"])
            if qt is None:
                problems.append(f"{f}: question {q['id']} has no text")
                continue
            if q["type"] in ("single", "scenario"):
                counted += 1
                lens = {k: len(plain(v)) for k, v in qt.get("choices", {}).items()}
                right = q["answer"][0]
                if right not in lens:
                    problems.append(f"{f}: {q['id']}: no text for choice {right}")
                    continue
                if lens[right] == max(lens.values()):
                    longest_right += 1
            if "choices" in qt:
                lens = {k: len(plain(v)) for k, v in qt["choices"].items()}
                if max(lens.values()) > 2 * min(lens.values()):
                    problems.append(f"{f}: {q['id']}: choice lengths {sorted(lens.values())} (max > 2 x min)")
        share = longest_right / counted if counted else 0
        if share > 0.40:
            problems.append(f"{f}: right choice longest in {longest_right}/{counted} = {share:.0%} > 40%")
        # number words
        bad = NUMBER_WORDS.get(lang)
        if bad:
            values = "\n".join(re.findall(r'"((?:[^"\\]|\\.)*)"', raw))
            for m in re.finditer(rf"\b({bad})\b", plain(values), re.IGNORECASE):
                if m.group(1).lower() not in NUMBER_OK[lang]:
                    problems.append(f"{f}: number as word: {m.group(1)!r}")
        # lesson sentence length
        avg = None
        if lang in ("nl", "en"):
            sents = []
            for page in text["pages"].values():
                for p in page.get("paragraphs", []):
                    sents += sentences(p)
                for b in page.get("bullets", []):
                    sents += sentences(b)
                for c in page.get("cards", []):
                    sents += sentences(c["text"])
            avg = sum(words(s) for s in sents) / len(sents)
            if avg > 15:
                problems.append(f"{f}: lesson sentences average {avg:.1f} words > 15")
            longest = max(sents, key=words)
        print(f"   {lang}: right choice longest {longest_right}/{counted} ({share:.0%})"
              + (f", lesson sentences avg {avg:.1f} words, longest {words(longest)}" if avg else ""))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    langs = ["nl", "en", "pl", "ro", "bg"]
    for a in sys.argv[1:]:
        if a.startswith("--langs="):
            langs = a.split("=", 1)[1].split(",")
    root = Path(args[0] if args else "content/modules")
    problems = []
    for folder in sorted(p for p in root.iterdir() if (p / "module.toml").exists()):
        check_module(folder, langs, problems)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
