#!/usr/bin/env python3
"""Writes a synthetic news archive of N articles for benchmarks (not committed data).

usage: make-archive.py N OUT_DIR [--seed S]

Articles are assembled from sentence patterns with varied people, places, dates and quotes, so the
analysers see realistic work: quotes with attributions, dated events, place names. About a tenth are
undated plain text without front matter, like the archive's first article.
"""
import os
import random
import sys

PEOPLE = ["Maria Lopez", "Hadi al-Ameri", "Chidi Okafor", "Ingrid de Vries", "Amina Odhiambo", "Colm Brennan",
          "Selma Hadzic", "Tom Walsh", "Aoife Byrne", "Mario Kordic", "Abena Mensah", "Eric Wiebes", "Ravi Patel",
          "Yuki Tanaka", "Olga Petrova", "Samuel Mensah", "Fatima Zahra", "Jonas Berg", "Lucia Rossi", "Ahmed Saleh"]
ROLES = ["the mayor", "a spokeswoman for the ministry", "the union leader", "a local trader", "the council engineer",
         "the prime minister", "a senior commander", "the police chief", "an aid worker", "the harbour master"]
PLACES = ["Galway", "Rotterdam", "Nairobi", "Lagos", "Mostar", "Accra", "Baghdad", "Mosul", "Kirkuk", "Brussels",
          "Antwerp", "Hamburg", "Kisumu", "Turkana", "Ikeja", "Raqqa", "Aleppo", "Basra", "Lisbon", "Porto",
          "Naples", "Seville", "Krakow", "Gdansk", "Dublin", "Cork", "Leeds", "Bristol", "Lyon", "Marseille"]
COUNTRIES = ["Ireland", "the Netherlands", "Kenya", "Nigeria", "Bosnia", "Ghana", "Iraq", "Syria", "Belgium",
             "Germany", "Portugal", "Italy", "Spain", "Poland", "France", "Britain"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["floods", "strike", "election", "vaccine trial", "bridge", "market fire", "budget", "drought",
          "port", "protest", "court ruling", "festival"]


def sentence(r):
    p, q = r.choice(PEOPLE), r.choice(PLACES)
    patterns = [
        lambda: f"“We will not give up on {q},” said {p}, {r.choice(ROLES)}.",
        lambda: f"{p} said on {r.choice(DAYS)} that work in {q} would take “at least {r.randint(2, 9)} weeks”.",
        lambda: f"Officials in {q}, {r.choice(COUNTRIES)}, said the {r.choice(TOPICS)} had affected {r.randint(100, 9000)} people.",
        lambda: f"On {r.choice(MONTHS)} {r.randint(1, 28)}, crews reached {q} after {r.randint(2, 30)} hours on the road.",
        lambda: f"Two days later, {p} visited {q} and met residents whose homes were damaged.",
        lambda: f"The last time this happened was in {r.randint(1990, 2019)}, according to {r.choice(ROLES)}.",
        lambda: f"“It is the worst I have seen in {r.randint(5, 40)} years,” {p} told reporters in {q}.",
        lambda: f"Residents of {q} were told to stay indoors until {r.choice(DAYS)} morning.",
    ]
    return r.choice(patterns)()


def article(i, r):
    topic = r.choice(TOPICS)
    place = r.choice(PLACES)
    paragraphs = [" ".join(sentence(r) for _ in range(r.randint(1, 3))) for _ in range(r.randint(5, 12))]
    paragraphs[0] = f"{place.upper()} — The {topic} in {place} dominated the week. " + paragraphs[0]
    if i % 10 == 0:
        return f"bench/undated-{i:06d}.txt", "\n".join(paragraphs) + "\n"
    year = r.randint(2010, 2024)
    front = (f"---\ntitle: {topic.capitalize()} in {place}, report {i}\ndate: {year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n"
             f"tags: [{topic}, {r.choice(COUNTRIES)}]\nsource: Broadsheet benchmark\n---\n")
    ext = "md" if i % 2 else "txt"
    return f"bench/{year}/a-{i:06d}.{ext}", front + "\n\n".join(paragraphs) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    r = random.Random(seed)
    for i in range(n):
        rel, text = article(i, r)
        path = os.path.join(out, "content", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Benchmark archive\n")


if __name__ == "__main__":
    main()
