"""Write edited versions of articles, and where each annotation's words went, for anchoring tests.

Run from the repository root: ``python tests/data/reanchor/make_variants.py``. For each article
(the bundled sample and river_report.txt, both our own or bundled text) it picks random passages
within paragraphs as annotations, applies an edit (paragraphs inserted, deleted, moved; typos
fixed; white space and quote marks changed; all of these at once) while tracking every original
character, and writes ``NAME.VARIANT.txt`` plus ``NAME.expected.json``: for each annotation the
span its surviving characters occupy in the edited text, or null when its words are gone.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ARTICLES = {
    "idlib": ROOT / "resources" / "samples" / "idlib_bloodbath.txt",
    "river": HERE / "river_report.txt",
}
ANNOTATIONS_PER_ARTICLE = 160
FILLER = [
    "Officials said more talks were planned for the coming days.",
    "The statement did not say how many people were affected.",
    "Neither side responded to requests for comment on Tuesday.",
    "Independent observers could not immediately verify the reports.",
    "The figures could not be confirmed, and the situation remained fluid.",
    "A spokesman said the government was monitoring the situation closely.",
]

Chars = list[tuple[str, int | None]]  # each character of the edited text, with its origin


def paragraphs(chars: Chars) -> list[Chars]:
    out: list[Chars] = [[]]
    i = 0
    while i < len(chars):
        if chars[i][0] == "\n" and i + 1 < len(chars) and chars[i + 1][0] == "\n":
            out.append([])
            i += 2
            continue
        out[-1].append(chars[i])
        i += 1
    return out


def join(paras: list[Chars]) -> Chars:
    out: Chars = []
    for n, p in enumerate(paras):
        if n:
            out += [("\n", None), ("\n", None)]
        out += p
    return out


def new_para(rng: random.Random) -> Chars:
    return [(c, None) for c in " ".join(rng.sample(FILLER, 2))]


def insert_paragraphs(chars: Chars, rng: random.Random) -> Chars:
    paras = paragraphs(chars)
    for _ in range(3):
        paras.insert(rng.randrange(1, len(paras) + 1), new_para(rng))
    return join(paras)


def delete_paragraphs(chars: Chars, rng: random.Random) -> Chars:
    paras = paragraphs(chars)
    for _ in range(2):
        del paras[rng.randrange(1, len(paras))]
    return join(paras)


def move_paragraphs(chars: Chars, rng: random.Random) -> Chars:
    paras = paragraphs(chars)
    for _ in range(3):
        p = paras.pop(rng.randrange(1, len(paras)))
        paras.insert(rng.randrange(1, len(paras) + 1), p)
    return join(paras)


def fix_typos(chars: Chars, rng: random.Random) -> Chars:
    chars = list(chars)
    for _ in range(len(chars) // 120):
        i = rng.randrange(1, len(chars) - 1)
        if not (chars[i][0].isalpha() and chars[i - 1][0].isalpha()):
            continue
        action = rng.choice(("swap", "drop", "add"))
        if action == "swap":
            chars[i] = (rng.choice("aeiourstn"), chars[i][1])
        elif action == "drop":
            del chars[i]
        else:
            chars.insert(i, (rng.choice("aeiourstn"), None))
    return chars


def change_spacing_and_quotes(chars: Chars, rng: random.Random) -> Chars:
    out: Chars = []
    open_double = True
    for c, origin in chars:
        if c == '"':
            out.append(("\u201c" if open_double else "\u201d", origin))
            open_double = not open_double
        elif c == "'" or c == "\u2019":
            out.append(("\u2019" if c == "'" else "'", origin))
        elif c == " " and rng.random() < 0.03:
            out += [(" ", origin), (" ", None)]
        elif c == " " and rng.random() < 0.01 and out and out[-1][0] in ".,":
            out.append(("\n", origin))  # a line break inside a paragraph
        else:
            out.append((c, origin))
    paras = paragraphs(out)
    i = rng.randrange(2, len(paras))  # two paragraphs joined into one
    paras[i - 1] = paras[i - 1] + [(" ", None)] + paras.pop(i)
    return join(paras)


def everything(chars: Chars, rng: random.Random) -> Chars:
    for edit in (insert_paragraphs, delete_paragraphs, move_paragraphs, fix_typos,
                 change_spacing_and_quotes):
        chars = edit(chars, rng)
    return chars


VARIANTS = {
    "inserted": insert_paragraphs,
    "deleted": delete_paragraphs,
    "moved": move_paragraphs,
    "typos": fix_typos,
    "spacing": change_spacing_and_quotes,
    "mixed": everything,
}


def pick_annotations(text: str, rng: random.Random) -> list[list[int]]:
    blocks, pos = [], 0
    for block in text.split("\n\n"):
        blocks.append((pos, block))
        pos += len(block) + 2
    picked = []
    while len(picked) < ANNOTATIONS_PER_ARTICLE:
        start, block = rng.choice(blocks[1:])
        words = [(i, i + len(w)) for i, w in _words(block)]
        n = rng.choice([1, 1, 2, 3, 4, 6, 8, 12, 20])
        first = rng.randrange(0, max(1, len(words) - n))
        chosen = words[first : first + n]
        s, e = start + chosen[0][0], start + chosen[-1][1]
        if [s, e] not in picked:
            picked.append([s, e])
    return picked


def _words(block: str) -> list[tuple[int, str]]:
    out, i = [], 0
    for w in block.split(" "):
        if w:
            out.append((i, w.strip(".,;:\"'\u201c\u201d") or w))
        i += len(w) + 1
    return out


def expected_span(edited: Chars, start: int, end: int) -> list[int] | None:
    where = {origin: i for i, (_, origin) in enumerate(edited) if origin is not None}
    kept = [where[i] for i in range(start, end) if i in where]
    if len(kept) < 0.5 * (end - start):
        return None
    return [min(kept), max(kept) + 1]


def main(out_dir: Path = HERE) -> None:
    for name, path in ARTICLES.items():
        text = path.read_text(encoding="utf-8").strip()
        rng = random.Random(f"{name}-annotations")
        annotations = pick_annotations(text, rng)
        expected: dict[str, object] = {"source": path.name, "annotations": annotations,
                                       "variants": {}}
        for variant, edit in VARIANTS.items():
            edited = edit([(c, i) for i, c in enumerate(text)], random.Random(f"{name}-{variant}"))
            out = out_dir / f"{name}.{variant}.txt"
            out.write_text("".join(c for c, _ in edited), encoding="utf-8")
            expected["variants"][variant] = {  # type: ignore[index]
                "file": out.name,
                "expected": [expected_span(edited, s, e) for s, e in annotations],
            }
        (out_dir / f"{name}.expected.json").write_text(json.dumps(expected, indent=1) + "\n",
                                                    encoding="utf-8")


if __name__ == "__main__":
    main()
