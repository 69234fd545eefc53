#!/usr/bin/env python3
"""people-audit.py: are Broadsheet's person pages people?

Builds the benchmark news corpus (../shared/bench/make-news-corpus.py, 2,000 articles by default) into a
scratch folder, builds the site from it with the project's jar, lists the person pages and prints a seeded
random sample of them, each with the sentence its first mention comes from, so that a person can judge them
quickly: one line `[n] Name  (role)  article`, then the sentence with the mention in [[brackets]].

It also counts the recall side: attributed quotes (a non-null speaker) whose speaker has no person page,
and lists the most frequent of those speakers and every one of two words or more, so that a real person
losing their page shows (a surname alone, "Obama", never has a page of its own).

usage (from the project root, after `mvn -B -q -DskipTests package`):
  python3 scripts/eval/people-audit.py [--articles 2000] [--sample 200] [--seed 19] [--work /tmp/people-audit]
                                       [--jar target/broadsheet.jar] [--reuse]
Nothing is written inside the repository: the corpus and the site go under --work.
"""
import argparse, collections, glob, html, json, os, random, re, shutil, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS_SCRIPT = os.path.join(ROOT, "..", "shared", "bench", "make-news-corpus.py")


def slug_for(name):
    """The slug People.slugFor gives a full name (index/Slugs.slugify over the NFKC lower-case name)."""
    s = unicodedata.normalize("NFKC", name).lower()
    if any(ord(c) >= 0x80 for c in s):
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.category(c).startswith("M"))
        for a, b in (("ß", "s"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("æ", "a")):
            s = s.replace(a, b)
    s = re.sub("['’ʼ]", "", s)
    s = re.sub("^-+|-+$", "", re.sub("[^a-z0-9]+", "-", s))
    if len(s) > 80:
        cut = s.rfind("-", 0, 81)
        s = s[: cut if cut > 20 else 80].rstrip("-")
    return s or "person"


def body_of(path):
    """The article body as extract sees it: the file after its front matter, as code points."""
    text = open(path, encoding="utf-8").read()
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    return text[m.end():] if m else text


def sentence_around(body, start, end):
    """The sentence (or line) holding [start, end), with the mention in [[...]], on one line."""
    left = max(body.rfind("\n", 0, start), max(body.rfind(". ", 0, start), body.rfind("? ", 0, start)) + 1)
    right_candidates = [i for i in (body.find("\n", end), body.find(". ", end), body.find("? ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(body)
    left = max(left, start - 220)
    right = min(right, end + 220)
    s = body[left:start] + "[[" + body[start:end] + "]]" + body[end:right]
    return re.sub(r"\s+", " ", s).strip()


def build(args):
    site = os.path.join(args.work, "site")
    out = os.path.join(args.work, "out")
    if not (args.reuse and os.path.isdir(os.path.join(out, "people"))):
        shutil.rmtree(args.work, ignore_errors=True)
        subprocess.run([sys.executable, CORPUS_SCRIPT, str(args.articles), os.path.join(site, "content")],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["java", "-jar", args.jar, "build", "--source", site, "--output", out], check=True,
                       stdout=subprocess.DEVNULL)
    return os.path.join(site, "content"), out


def person_pages(out):
    """slug -> (name, role, [article ids]) for every person page of the built site."""
    pages = {}
    for index in sorted(glob.glob(os.path.join(out, "people", "*.html"))):
        slug = os.path.splitext(os.path.basename(index))[0]
        if slug == "index":
            continue
        page = open(index, encoding="utf-8").read()
        name = html.unescape(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1).strip())
        role = re.search(r'<p class="role">(.*?)</p>', page, re.S)
        ids = list(dict.fromkeys(re.findall(r'articles/([^/"]+)\.html', page)))
        pages[slug] = (name, html.unescape(role.group(1)) if role else None, ids)
    return pages


def load_articles(out):
    arts = {}
    for j in glob.glob(os.path.join(out, "articles", "*.json")):
        arts[os.path.splitext(os.path.basename(j))[0]] = json.load(open(j, encoding="utf-8"))
    return arts


def evidence(name, ids, arts, content):
    """(article id, sentence) for the page's first mention, or its first quote credit."""
    for aid in ids + sorted(arts):
        a = arts.get(aid)
        if a is None:
            continue
        for p in a.get("people", []):
            if p["name"] == name and p["mentions"]:
                m = p["mentions"][0]
                return aid, sentence_around(body_of(os.path.join(content, aid + ".md")), m["start"], m["end"])
        for q in a.get("quotes", []):
            if q.get("speaker") == name:
                m = q.get("speakerMention") or {"start": q["start"], "end": q["end"]}
                return aid, "(quote credit) " + sentence_around(body_of(os.path.join(content, aid + ".md")),
                                                               m["start"], m["end"])
    return None, "(no mention found)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--work", default="/tmp/people-audit")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "broadsheet.jar"))
    ap.add_argument("--reuse", action="store_true", help="reuse a site already built under --work")
    args = ap.parse_args()
    if os.path.realpath(args.work).startswith(os.path.realpath(ROOT) + os.sep):
        sys.exit("people-audit: --work must lie outside the repository")
    content, out = build(args)
    pages = person_pages(out)
    arts = load_articles(out)

    print("== %d person pages from %d articles" % (len(pages), len(arts)))
    rnd = random.Random(args.seed)
    sample = rnd.sample(sorted(pages), min(args.sample, len(pages)))
    for n, slug in enumerate(sample, 1):
        name, role, ids = pages[slug]
        aid, sentence = evidence(name, ids, arts, content)
        print("[%d] %s%s  %s" % (n, name, "  (role: %s)" % role if role else "", aid))
        print("     " + sentence)

    missing = collections.Counter()
    attributed = 0
    for a in arts.values():
        for q in a.get("quotes", []):
            if q.get("speaker"):
                attributed += 1
                if slug_for(q["speaker"]) not in pages:
                    missing[q["speaker"]] += 1
    several = collections.Counter({s: c for s, c in missing.items() if len(s.split()) > 1})
    print("== recall: %d attributed quotes, %d of them credited to a speaker with no person page, %d of those"
          " to a speaker of two words or more" % (attributed, sum(missing.values()), sum(several.values())))
    print("   most frequent, any speaker:")
    for speaker, count in missing.most_common(25):
        print("   %4d  %s" % (count, speaker))
    print("   every speaker of two words or more:")
    for speaker, count in sorted(several.items(), key=lambda sc: (-sc[1], sc[0])):
        print("   %4d  %s" % (count, speaker))


if __name__ == "__main__":
    main()
