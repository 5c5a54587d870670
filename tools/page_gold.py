#!/usr/bin/env python3
"""The page gold set: between the pages' texts (tools/page_text.mjs) and data/pages/gold.jsonl.

  page_gold.py view PAGES.jsonl DIR      write DIR/<id>.txt, each page's text with its runs of
                                         white space shown as one space or one line break, to
                                         annotate by hand (the guidelines: data/README.md)
  page_gold.py build PAGES.jsonl DIR     read DIR/<id>.ann.txt (a view with [[PER:...]],
                                         [[ORG:...]], [[PLACE:...]] and {{Q:Speaker|"..."}} marks)
                                         and print the gold lines: id, checksum, offsets in the
                                         page's text (code points), labels, short surfaces
  page_gold.py join PAGES.jsonl GOLD     print the scoring file: the gold lines with their text,
                                         after checking each page's checksum

Only ids, offsets, labels and surfaces are committed: the pages are other people's articles.
"""
import hashlib
import json
import re
import sys

LABELS = {"PER": "PERSON", "ORG": "ORG", "PLACE": "PLACE"}


def view(text):
    """The text with white-space runs shown as one character, and each view index's origin."""
    out, where = [], []
    i, n = 0, len(text)
    while i < n and text[i].isspace():
        i += 1
    while i < n:
        if text[i].isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j == n:
                break
            out.append("\n" if "\n" in text[i:j] else " ")
            where.append(i)
            i = j
        else:
            out.append(text[i])
            where.append(i)
            i += 1
    where.append(n)
    return "".join(out), where


def parse(ann):
    """The plain view and the marks of an annotated view: ([(start, end, label)], [(start, end, speaker)])."""
    plain, ents, quotes, stack = [], [], [], []
    i = 0
    mark = re.compile(r"\[\[(PER|ORG|PLACE):|\{\{Q:([^|{}\[\]\n]*)\||\]\]|\}\}")
    pos = 0
    for m in mark.finditer(ann):
        plain.append(ann[pos:m.start()])
        at = sum(len(p) for p in plain)
        tok = m.group(0)
        if tok.startswith("[["):
            stack.append(("E", at, LABELS[m.group(1)], m.start()))
        elif tok.startswith("{{"):
            stack.append(("Q", at, m.group(2).strip(), m.start()))
        else:
            want = "E" if tok == "]]" else "Q"
            if not stack or stack[-1][0] != want:
                raise ValueError(f"unbalanced {tok!r} at {m.start()}: {ann[max(0, m.start() - 60):m.start() + 20]!r}")
            kind, s, what, _ = stack.pop()
            (ents if kind == "E" else quotes).append((s, at, what))
        pos = m.end()
    plain.append(ann[pos:])
    if stack:
        _, _, _, at = stack[-1]
        raise ValueError(f"unclosed mark at {at}: {ann[at:at + 60]!r}")
    return "".join(plain), ents, quotes


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main():
    cmd, pages = sys.argv[1], load(sys.argv[2])
    if cmd == "view":
        for p in pages:
            with open(f"{sys.argv[3]}/{p['id']}.txt", "w", encoding="utf-8") as f:
                f.write(view(p["text"])[0] + "\n")
    elif cmd == "build":
        bad = 0
        for p in pages:
            try:
                ann = open(f"{sys.argv[3]}/{p['id']}.ann.txt", encoding="utf-8").read().rstrip("\n")
            except FileNotFoundError:
                print(f"page_gold: no annotation for {p['id']}", file=sys.stderr)
                continue
            shown, where = view(p["text"])
            try:
                plain, ents, quotes = parse(ann)
            except ValueError as e:
                print(f"page_gold: {p['id']}: {e}", file=sys.stderr)
                bad += 1
                continue
            if plain != shown:
                k = next((k for k, (a, b) in enumerate(zip(plain, shown)) if a != b), min(len(plain), len(shown)))
                print(f"page_gold: {p['id']}: the annotated text differs from the view at {k}: "
                      f"{plain[max(0, k - 40):k + 40]!r} against {shown[max(0, k - 40):k + 40]!r}", file=sys.stderr)
                bad += 1
                continue
            t = p["text"]
            def span(s, e):
                # a view span back to the page's text: its first character's origin to its last's end
                return where[s], where[e - 1] + 1
            entities = []
            for s, e, label in sorted(ents):
                a, b = span(s, e)
                entities.append({"start": a, "end": b, "label": label, "surface": t[a:b]})
            qs = []
            for s, e, speaker in sorted(quotes):
                a, b = span(s, e)
                words = t[a:b].split()
                qs.append({"start": a, "end": b, "speaker": speaker or None,
                           "surface": " ".join(words[:3]) + (" ..." if len(words) > 3 else "")})
            print(json.dumps({"id": p["id"], "source": "pages", "sha256": p["sha256"],
                              "entities": entities, "quotes": qs}, ensure_ascii=False))
        sys.exit(1 if bad else 0)
    elif cmd == "join":
        by_id = {p["id"]: p for p in pages}
        for g in load(sys.argv[3]):
            p = by_id.get(g["id"])
            if p is None:
                sys.exit(f"page_gold: page {g['id']} is missing")
            if hashlib.sha256(p["text"].encode("utf-8")).hexdigest() != g["sha256"]:
                sys.exit(f"page_gold: the text of {g['id']} is not the one annotated (checksum differs): "
                         "the page, Readability or the text collection changed")
            t = p["text"]
            for e in g["entities"]:
                if t[e["start"]:e["end"]] != e["surface"]:
                    sys.exit(f"page_gold: {g['id']}: {e['surface']!r} is not at {e['start']}")
            print(json.dumps({**g, "text": t}, ensure_ascii=False))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
