#!/usr/bin/env python3
# Builds data/gazetteers/countries.txt and subdivisions.txt from Debian's iso-codes
# package (LGPL-2.1-or-later): apt-get install iso-codes, then run
#   python3 plugins/actors/tools/gazetteer-from-iso-codes.py data/gazetteers
# Each output line is "surface<TAB>canonical". The canonical name is the short name
# a news reader expects ("Russia", not "Russian Federation").
import json
import os
import re
import sys

ISO = "/usr/share/iso-codes/json"

# Short names used in news text, where iso-codes has only the formal one.
CANONICAL = {
    "RU": "Russia", "US": "United States", "GB": "United Kingdom", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan",
    "CZ": "Czech Republic", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "PS": "Palestine", "VA": "Vatican City",
    "BN": "Brunei", "CV": "Cape Verde", "TR": "Turkey", "CI": "Ivory Coast",
    "FM": "Micronesia", "FK": "Falkland Islands", "CC": "Cocos Islands",
    "BQ": "Bonaire", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    "MF": "Saint Martin", "SX": "Sint Maarten", "SH": "Saint Helena",
}
# Further spellings seen in news text.
EXTRA = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "CZ": ["Czechia"], "TR": ["Türkiye"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "CV": ["Cabo Verde"], "SZ": ["Swaziland"],
    "MK": ["Macedonia"], "MM": ["Burma"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "VA": ["Vatican", "Holy See"], "NL": ["Holland"],
    "AE": ["UAE", "U.A.E."], "KP": ["DPRK"], "BN": ["Brunei Darussalam"],
}
# The part before the comma of these formal names is ambiguous ("Korea", "Congo").
NO_SHORT = {"KR", "KP", "CD", "VG", "VI", "BQ", "SH", "PS"}


def country_lines():
    data = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    seen = {}
    for c in data:
        code = c["alpha_2"]
        canon = CANONICAL.get(code) or c.get("common_name") or c["name"]
        names = [canon, c["name"]]
        for key in ("common_name", "official_name"):
            if key in c:
                names.append(c[key])
        if "," in c["name"] and code not in NO_SHORT:
            names.append(c["name"].split(",")[0])
        names += EXTRA.get(code, [])
        for n in names:
            n = re.sub(r"\s*\(.*\)", "", n).strip()
            if n.lower().startswith("the "):
                n = n[4:]
            if "," in n or not n:
                continue
            seen.setdefault(n, canon)
    return [f"{n}\t{c}" for n, c in seen.items()]


# Subdivision types worth knowing by name in news: states and provinces of large
# countries. Small units (communes, districts) collide with common words.
SUBDIVISIONS = {
    "US": {"State", "District"}, "CA": {"Province", "Territory"},
    "AU": {"State", "Territory"}, "IN": {"State"}, "DE": {"Land"},
    "CN": {"Province", "Autonomous region", "Municipality", "Special administrative region"},
    "BR": {"State"}, "MX": {"State"}, "JP": {"Prefecture"}, "GB": {"Country"},
    "ES": {"Autonomous community"}, "IT": {"Region"}, "FR": {"Metropolitan region"},
}
# Chinese names carry their unit ("Anhui Sheng"); news writes the bare name.
CN_SUFFIX = re.compile(r" (Sheng|Shi|SAR|Zizhiqu|Zhuangzu Zizhiqu|Huizi Zizhiqu|Uygur Zizhiqu)$")


def subdivision_lines():
    data = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    out = {}
    for s in data:
        country = s["code"][:2]
        if s["type"] not in SUBDIVISIONS.get(country, ()):
            continue
        name = re.sub(r"\s*[(\[].*[)\]]", "", s["name"]).strip()
        name = CN_SUFFIX.sub("", name)
        if s["code"] == "CN-TW":
            continue  # Taiwan is in countries.txt
        if "," in name or "/" in name or len(name) < 3:
            continue
        out.setdefault(name, name)
    return [f"{n}\t{c}" for n, c in out.items()]


HEADER = ("# {what}, built by plugins/actors/tools/gazetteer-from-iso-codes.py from\n"
          "# Debian's iso-codes package ({src}), LGPL-2.1-or-later. surface<TAB>canonical\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "data/gazetteers"
    with open(os.path.join(outdir, "countries.txt"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(what="Countries", src="iso_3166-1.json"))
        f.write("\n".join(sorted(country_lines())) + "\n")
    with open(os.path.join(outdir, "subdivisions.txt"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(what="States and provinces", src="iso_3166-2.json"))
        f.write("\n".join(sorted(subdivision_lines())) + "\n")


if __name__ == "__main__":
    main()
