"""Extract one release and print who met whom, where, when and about what.

    python examples/quickstart.py                      # a sample release shipped with the examples
    python examples/quickstart.py path/to/release.txt  # or .html: the page's main text is used
"""
from __future__ import annotations

import sys
from pathlib import Path

import dialogue_extract as de

DEFAULT = Path(__file__).resolve().parent / "releases" / "mea_bilateral_dialogue.txt"


def read_release(path: Path) -> tuple[str, object]:
    """The text of a release and its publication date when the page gives one."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        try:
            from dialogue_extract.html import html_main_text
        except ImportError:
            return raw, None
        try:
            page = html_main_text(raw)
        except ImportError:  # trafilatura not installed: extract from the raw page
            return raw, None
        return page.text, page.date
    return raw, None


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    text, date = read_release(path)
    ex = de.extract(text, reference_date=date)

    print(f"{path.name}: {len(text.split())} words")
    if ex.reference_date:
        print(f"reference date: {ex.reference_date} ({ex.reference_date_source})")
    print(f"\nOfficials ({len(ex.officials)})")
    for o in ex.officials:
        details = ", ".join(filter(None, ["; ".join(o.titles), o.country, o.organization]))
        also = f"  [also: {', '.join(o.aliases)}]" if o.aliases else ""
        print(f"  - {o.name}" + (f" ({details})" if details else "") + also)
    print("\nCountries: " + (", ".join(f"{c.name} ({c.code})" for c in ex.countries) or "-"))
    print("Dates:")
    for d in ex.dates:
        value = f"{d.value} to {d.value_end}" if d.value_end else d.value
        print(f"  - {d.text!r} -> {value}")
    if not ex.dates:
        print("  -")
    print("Sectors: " + (", ".join(s.label for s in ex.sectors) or "-"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
