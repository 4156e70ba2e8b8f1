"""Generate synthetic diplomatic press releases for benchmarks.

Writes N releases built from templates, a pool of invented officials, titles, countries, dates
and sector words; some carry page noise (menus, share buttons, "Also Read" lists) and reader
comments, some are HTML pages.

    python benchmarks/generate_releases.py 5000 --out /tmp/releases          # .txt/.html files
    python benchmarks/generate_releases.py 5000 --out /tmp/releases.jsonl    # one jsonl file
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Iterator

# Invented people: (given, family, country, family_first)
OFFICIALS = [
    ("Arvind", "Mehrotra", "India", False), ("Sunita", "Raghavan", "India", False),
    ("Claire", "Dubreuil", "France", False), ("Matthias", "Kornfeld", "Germany", False),
    ("Elena", "Marchetti", "Italy", False), ("Kenji", "Watanuki", "Japan", True),
    ("Haruka", "Onodera", "Japan", True), ("Min-jun", "Seo", "the Republic of Korea", True),
    ("Wei", "Zhao", "China", True), ("Lin", "Qiao", "China", True),
    ("Amara", "Okonkwo", "Nigeria", False), ("Tesfaye", "Gebremariam", "Ethiopia", False),
    ("Lucas", "Ferreira", "Brazil", False), ("Sofia", "Lindqvist", "Sweden", False),
    ("Dmitri", "Sokolovsky", "Russia", False), ("Ahmed", "Al-Mansouri", "the United Arab Emirates", False),
    ("Nurlan", "Abenov", "Kazakhstan", False), ("Batbayar", "Tsogt", "Mongolia", False),
    ("James", "Whitfield", "the United Kingdom", False), ("Maria", "Castellanos", "Mexico", False),
]
TITLES = ["Foreign Minister", "Minister of Foreign Affairs",
          "Deputy Foreign Minister", "Foreign Secretary", "National Security Adviser",
          "Vice Minister for Foreign Affairs", "Ambassador", "Defence Minister",
          "Minister of Trade and Industry", "State Secretary"]
HONORIFICS = ["", "", "Dr. ", "Mr. ", "H.E. ", "Ms. "]
CITIES = ["New Delhi", "Paris", "Berlin", "Rome", "Tokyo", "Seoul", "Beijing", "Abuja", "Addis Ababa",
          "Brasilia", "Stockholm", "Moscow", "Abu Dhabi", "Astana", "Ulaanbaatar", "London", "Mexico City"]
SECTORS = ["trade and investment", "defence cooperation", "renewable energy", "climate change",
           "health and pharmaceuticals", "education and skills", "digital technology", "space research",
           "counter-terrorism", "maritime security", "agriculture and food security", "tourism",
           "culture and people-to-people ties", "civil nuclear energy", "connectivity and infrastructure"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NOISE_TOP = ["Home | About Us | Media Centre | Press Releases | Contact", "Skip to main content",
             "Share on Facebook  Share on X  WhatsApp  Email  Print"]
NOISE_BOTTOM = ["Also Read: Cabinet approves new port policy", "Also Read: Monsoon session ends early",
                "Tags: bilateral, diplomacy, visit", "Copyright 2024. All rights reserved."]
COMMENTERS = ["Rahul Verma", "Peter Collins", "Anna Schmidt", "Li Na", "John Carter"]

TEMPLATES = [
    "{city}, {date}\n\n{t1} {h1}{n1} held talks with {t2} of {c2} {h2}{n2} in {city} {when}. "
    "The two sides reviewed bilateral relations and discussed cooperation in {s1}, {s2} and {s3}.\n\n"
    "{f1} said that the partnership with {c2} had grown steadily since {year}. {f2} welcomed the "
    "progress on {s1} and invited {f1} to visit {c2} later this year.\n\n"
    "The next round of consultations will be held in {c2} in {month} {year2}.",
    "Joint Statement on the visit of the {t2} of {c2} to {c1} ({date_range})\n\n"
    "At the invitation of {t1} {h1}{n1}, {t2} {h2}{n2} paid an official visit to {c1} from "
    "{date_range}. The ministers signed memoranda on {s1} and {s2}, and agreed to strengthen "
    "dialogue on {s3}. {f2} thanked {f1} for the warm hospitality.",
    "Transcript of the media briefing, {date}\n\nOfficial Spokesperson: Good afternoon. {t1} "
    "{h1}{n1} will travel to {c2} on {weekday} for talks with {h2}{n2}, the {t2}.\n\n"
    "Question: Will {s1} be on the agenda?\n\nOfficial Spokesperson: Yes, {s1} and {s2} will be "
    "discussed, along with {s3}. {f1} last met {f2} in {month} {year}.",
]


def _name(person: tuple[str, str, str, bool]) -> str:
    given, family, _, family_first = person
    return f"{family.upper() if family_first and random.random() < 0.3 else family} {given}" if family_first \
        else f"{given} {family}"


def _date(rng: random.Random) -> dt.date:
    return dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))


def make_release(i: int, rng: random.Random) -> dict:
    """One synthetic release: ``{"id", "text" or "html", "date"}``."""
    p1, p2 = rng.sample(OFFICIALS, 2)
    d = _date(rng)
    s1, s2, s3 = rng.sample(SECTORS, 3)
    fields = {
        "city": rng.choice(CITIES), "date": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "t1": rng.choice(TITLES), "t2": rng.choice(TITLES), "h1": rng.choice(HONORIFICS),
        "h2": rng.choice(HONORIFICS), "n1": _name(p1), "n2": _name(p2), "c1": p1[2], "c2": p2[2],
        "f1": p1[1], "f2": p2[1], "s1": s1, "s2": s2, "s3": s3, "when": rng.choice(["today", "yesterday", "on Monday"]),
        "year": d.year - rng.randrange(1, 10), "year2": d.year + 1, "month": rng.choice(MONTHS),
        "weekday": rng.choice(["Monday", "Tuesday", "Thursday"]),
        "date_range": f"{d.day}-{min(28, d.day + 2)} {MONTHS[d.month - 1]} {d.year}",
    }
    body = rng.choice(TEMPLATES).format(**fields)
    noisy = rng.random() < 0.3
    if noisy:
        body = "\n".join(rng.sample(NOISE_TOP, 2)) + "\n\n" + body + "\n\n" + "\n".join(rng.sample(NOISE_BOTTOM, 2))
        body += "\n\nComments\n" + "\n".join(
            f"{c}: Great step forward for both countries!" for c in rng.sample(COMMENTERS, 2))
    rec = {"id": f"rel-{i:06d}", "date": d.isoformat() if rng.random() < 0.5 else None}
    if rng.random() < 0.1:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        rec["html"] = (f"<html><head><title>Release {i}</title></head><body><nav><a href='/'>Home</a>"
                       f"<a href='/media'>Media</a></nav><article>{paras}</article><div class='share'>"
                       f"Share Tweet</div></body></html>")
    else:
        rec["text"] = body
    return rec


def generate(n: int, seed: int = 13) -> Iterator[dict]:
    rng = random.Random(seed)
    random.seed(seed)
    for i in range(n):
        yield make_release(i, rng)


def write(n: int, out: Path, seed: int = 13) -> Path:
    """Write ``n`` releases to ``out``: a ``.jsonl`` file, or a folder of .txt/.html files."""
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for rec in generate(n, seed):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for rec in generate(n, seed):
        sub = out / rec["id"][-3:-1]
        sub.mkdir(exist_ok=True)
        if "html" in rec:
            (sub / f"{rec['id']}.html").write_text(rec["html"], encoding="utf-8")
        else:
            (sub / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of releases")
    ap.add_argument("--out", type=Path, required=True, help="a .jsonl file or a folder")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    path = write(args.n, args.out, args.seed)
    print(f"wrote {args.n} releases to {path}")


if __name__ == "__main__":
    main()
