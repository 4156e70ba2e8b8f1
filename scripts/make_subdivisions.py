"""Write ``models/default/subdivisions.tsv``: the first-level subdivisions of states (provinces,
states, regions, counties...) whose names an office of one may carry ("Governor of Papua", "Chief
Minister of Kerala", "Premier of Ontario"), with the state each belongs to.

    python scripts/make_subdivisions.py

Source: ISO 3166-2 as packaged by pycountry. Kept: first-level subdivisions, under their name, its
ASCII spelling ("Tamil Nādu", "Tamil Nadu") and, for Chinese provinces, the name without its generic
part ("Yunnan Sheng", "Yunnan"). Left out: names two states share ("Punjab"), names of states
("Georgia", "Niger", "México") or the aliases the library knows for them, and names made only of
generic words ("Central", "Capital", "Eastern", "Upper East"). The library reads only this file.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from dialogue_extract.data import read_tsv

MODEL = Path(__file__).resolve().parent.parent / "models" / "default"
#: words that name no place on their own: a subdivision named only by them is left out
GENERIC = frozenset("""north south east west central centre center capital northern southern eastern
western upper lower coast coastal lakes lake islands island river region greater middle highlands
mountain mountains north-east north-west south-east south-west northeast northwest southeast southwest
far and of the interior littoral plateau plateaux savanes maritime""".split())
#: the generic part of a Chinese province's name in ISO 3166-2
_CHINESE_GENERIC = re.compile(r" (?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Tebiexingzhengqu)$")
_BRACKETED = re.compile(r"\s*\([^()]*\)$")


def ascii_form(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def forms(name: str) -> set[str]:
    name = _BRACKETED.sub("", name).strip()  # "Soccsksargen (Region XII)"
    out = {name, ascii_form(name)}
    short = _CHINESE_GENERIC.sub("", name)
    if short != name:
        out |= {short, ascii_form(short)}
    return {f for f in out if f and not all(w.casefold() in GENERIC for w in f.split())}


def rows(subdivisions, iso3: dict[str, str], states: set[str]) -> list[tuple[str, str]]:
    by_name: dict[str, set[str]] = defaultdict(set)
    for s in subdivisions:
        if s.parent_code is not None or s.country_code not in iso3:
            continue
        for form in forms(s.name):
            by_name[form].add(iso3[s.country_code])
    return sorted((name, codes.pop()) for name, codes in by_name.items()
                  if len(codes) == 1 and name.casefold() not in states and len(name.split()) <= 5)


def main() -> None:
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    states = {r["alias"].casefold() for r in read_tsv(MODEL / "countries" / "aliases.tsv")}
    states |= {c.name.casefold() for c in pycountry.countries}
    states |= {c.common_name.casefold() for c in pycountry.countries if hasattr(c, "common_name")}
    out = rows(pycountry.subdivisions, iso3, states)
    with open(MODEL / "subdivisions.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# First-level subdivisions of states and the state of each, for the offices named after one\n"
                 "# ('Governor of Papua', 'Chief Minister of Kerala'). From ISO 3166-2 via pycountry, less names two\n"
                 "# states share, names of states and generic names. Made by scripts/make_subdivisions.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["place", "country"])
        w.writerows(out)
    print(len(out), "subdivisions")


if __name__ == "__main__":
    main()
