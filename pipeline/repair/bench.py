"""Repair benchmark: corrupt clean Polish text one failure mode at a time, repair it with
four systems side by side, and score each.

Run: `python -m pipeline.repair.bench` (or `make bench-repair`). Writes
`output/bench/repair.json` and prints one table.

Clean text: the seeds `raw/000`–`003` (line-end hyphenations joined where the joined word
is in wordfreq's list, so the reference itself is unbroken) and paragraphs of held-out NKJP
files (GPL-3.0; read from `../shared`, never committed), wrapped at 90 columns like PDF text
and cut into pages. Each document gets each failure mode with its own seed
(`corrupt.py`).

Metrics, per failure mode and system:
- `touched_acc`: share of the words the corruption touched that come back exactly right
  (for stripped text: the words that can carry a diacritic, i.e. had one or whose plain
  spelling has a frequent diacritic form; `changed_acc` is on the words that had one);
- `cer`: character error rate of the whole text (white space collapsed);
- `clean_changed`: share of untouched words that the system changed.
Words are letter/digit runs and single punctuation marks, aligned with difflib.
Speed is klastry's `repair_document` on the corrupted documents, characters per second of
CPU time of this process (one core; CPU time, not wall time, because the machine is shared).
"""

from __future__ import annotations

import os

# Speed is per core: keep numpy (ogonki) on one thread before anything imports it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import re
import textwrap
import time
import zlib
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import ftfy
import ogonki
from rapidfuzz.distance import Levenshtein

from pipeline.repair import repair_document
from pipeline.repair.corrupt import MODES, corrupt
from pipeline.repair.lexicon import get_lexicon, strip_diacritics
from pipeline.repair.nkjp import NKJP_PATH, held_out_text, is_held_out
from pipeline.schemas import Document, Page

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ["000", "001", "002", "003"]
OUT = ROOT / "output" / "bench" / "repair.json"
PAGE_CHARS = 2500
DOC_CHARS = 5000
NKJP_CHARS = 90_000
WRAP = 90
TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
SPACE = re.compile(r"\s+")
HEADER = "Raport o inicjatywach klastrowych w regionie – strona {n}"


def _dehyphenate_reference(text: str) -> str:
    lex = get_lexicon()

    def repl(m: re.Match[str]) -> str:
        joined = m.group(1) + m.group(2)
        return joined + m.group(3) + "\n" if joined.lower() in lex.freq else m.group()

    return re.sub(r"([^\W\d_]+)-\n([^\W\d_]+)(\S*) ?", repl, text)


def clean_documents() -> list[list[str]]:
    """Documents as lists of pages of clean text."""
    docs: list[list[str]] = []
    for seed in SEEDS:
        path = next((ROOT / "raw").glob(f"{seed}_*.txt"))
        docs.append([_dehyphenate_reference(path.read_text(encoding="utf-8"))])
    if NKJP_PATH.exists():
        docs.extend(nkjp_documents(is_held_out))
    return docs


def nkjp_documents(part: Callable[[str], bool]) -> list[list[str]]:
    """Paragraphs of one part of NKJP, wrapped like PDF text, as documents of pages."""
    docs: list[list[str]] = []
    paragraphs = held_out_text(NKJP_CHARS, part=part).split("\n\n")
    doc: list[str] = []
    size = 0
    for para in paragraphs:
        doc.append(textwrap.fill(para, WRAP))
        size += len(para)
        if size >= DOC_CHARS:
            docs.append(_pages("\n\n".join(doc)))
            doc, size = [], 0
    if doc:
        docs.append(_pages("\n\n".join(doc)))
    return docs


def _pages(text: str) -> list[str]:
    pages, current = [], ""
    for para in text.split("\n\n"):
        if current and len(current) + len(para) > PAGE_CHARS:
            pages.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    pages.append(current)
    return pages


def _klastry(pages: list[str]) -> list[str]:
    doc = Document(
        id="bench",
        name="bench",
        path="bench",
        format="txt",
        pages=[Page(number=i + 1, text=t) for i, t in enumerate(pages)],
    )
    return [p.text for p in repair_document(doc).pages]


def _per_page(fn: Callable[[str], str]) -> Callable[[list[str]], list[str]]:
    return lambda pages: [fn(p) for p in pages]


SYSTEMS: dict[str, Callable[[list[str]], list[str]]] = {
    "none": _per_page(lambda t: t),
    "ftfy": _per_page(ftfy.fix_text),
    "ogonki": _per_page(ogonki.restore),
    "klastry": _klastry,
}


def _can_carry(word: str) -> bool:
    lex = get_lexicon()
    low = strip_diacritics(word.lower())
    return any(lex.logp(c) >= -6.5 for c in lex.by_strip(low)[:8])


class Score:
    def __init__(self) -> None:
        self.touched = self.touched_ok = 0
        self.changed = self.changed_ok = 0
        self.untouched = self.untouched_changed = 0
        self.edits = self.chars = 0
        self.headers = self.headers_removed = 0
        self.wrong: list[tuple[str, str]] = []
        self.wrong_in_context: list[str] = []

    def add(self, clean: str, touched: list[bool], repaired: str, mode: str) -> None:
        tokens = list(TOKEN.finditer(clean))
        words = [t.group() for t in tokens]
        out_words = TOKEN.findall(repaired)
        ok: set[int] = set()
        matcher = SequenceMatcher(None, words, out_words, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                ok.update(range(i1, i2))
            else:
                if len(self.wrong) < 400:
                    self.wrong.append((" ".join(words[i1:i2]), " ".join(out_words[j1:j2])))
                left = " ".join(words[max(0, i1 - 6) : i1])
                right = " ".join(words[i2 : i2 + 4])
                self.wrong_in_context.append(
                    f"{left} [{' '.join(words[i1:i2])} → {' '.join(out_words[j1:j2])}] {right}"
                )
        for k, t in enumerate(tokens):
            hit = any(touched[t.start() : t.end()])
            had = hit
            if mode == "stripped" and not hit:
                hit = t.group()[0].isalpha() and _can_carry(t.group())
            if hit:
                self.touched += 1
                self.touched_ok += k in ok
                if had:
                    self.changed += 1
                    self.changed_ok += k in ok
            else:
                self.untouched += 1
                self.untouched_changed += k not in ok
        a, b = SPACE.sub(" ", clean).strip(), SPACE.sub(" ", repaired).strip()
        self.edits += Levenshtein.distance(a, b)
        self.chars += len(a)

    def result(self) -> dict[str, float | int | None]:
        return {
            "touched_words": self.touched,
            "touched_acc": self.touched_ok / self.touched if self.touched else None,
            "changed_acc": self.changed_ok / self.changed if self.changed else None,
            "cer": self.edits / self.chars if self.chars else 0.0,
            "clean_changed": self.untouched_changed / self.untouched if self.untouched else 0.0,
            "headers_removed": self.headers_removed / self.headers if self.headers else None,
        }


def _with_headers(pages: list[str]) -> list[str]:
    if len(pages) < 2:
        return pages
    return [HEADER.format(n=i + 1) + "\n" + p for i, p in enumerate(pages)]


def run(
    modes: list[str] | None = None, wrong_dir: Path | None = None, only_klastry: bool = False
) -> dict:
    """Score every system on every mode (or only `modes`); with `wrong_dir`, write each
    word klastry got wrong, in context, to `<wrong_dir>/<mode>.txt` for debugging;
    `only_klastry` skips the other systems (faster debugging runs)."""
    systems = {"klastry": SYSTEMS["klastry"]} if only_klastry else SYSTEMS
    get_lexicon()  # load the lexicon before timing
    docs = clean_documents()
    results: dict[str, dict[str, dict]] = {}
    total_chars, total_cpu = 0, 0.0
    speeds: dict[str, float] = {}
    for mode in modes or list(MODES):
        scores = {name: Score() for name in systems}
        mode_chars, mode_cpu = 0, 0.0
        for d, pages in enumerate(docs):
            clean = "\f".join(pages)
            seed = zlib.crc32(f"{mode}/{d}".encode())
            broken = corrupt(clean, mode, seed)
            broken_pages = broken.text.split("\f")
            if mode == "layout":
                broken_pages = _with_headers(broken_pages)
            for name, system in systems.items():
                start = time.process_time()
                fixed_pages = system(broken_pages)
                if name == "klastry":
                    mode_cpu += time.process_time() - start
                    mode_chars += sum(len(p) for p in broken_pages)
                if mode == "layout" and len(pages) > 1:
                    scores[name].headers += len(pages)
                    scores[name].headers_removed += sum(
                        HEADER.format(n=i + 1) not in p for i, p in enumerate(fixed_pages)
                    )
                    fixed_pages = [
                        p.replace(HEADER.format(n=i + 1) + "\n", "", 1)
                        for i, p in enumerate(fixed_pages)
                    ]
                scores[name].add(clean, broken.touched, "\f".join(fixed_pages), mode)
        results[mode] = {name: s.result() for name, s in scores.items()}
        speeds[mode] = mode_chars / mode_cpu if mode_cpu else 0.0
        total_chars += mode_chars
        total_cpu += mode_cpu
        results[mode]["klastry"]["examples_wrong"] = scores["klastry"].wrong[:40]
        if wrong_dir is not None:
            wrong_dir.mkdir(parents=True, exist_ok=True)
            lines = scores["klastry"].wrong_in_context
            (wrong_dir / f"{mode}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    speed = total_chars / total_cpu if total_cpu else 0.0
    return {
        "speed_by_mode_chars_per_cpu_s": speeds,
        "documents": len(docs),
        "characters_per_mode": sum(len("\f".join(p)) for p in docs),
        "nkjp_used": NKJP_PATH.exists(),
        "modes": results,
        "speed_chars_per_s": speed,
    }


def _pct(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{100 * x:.{digits}f}"


def table(report: dict) -> str:
    names = [n for n in SYSTEMS if n in next(iter(report["modes"].values()))]
    head = (
        f"{'mode':<18} {'words':>6} | "
        + " | ".join(f"{n + ' acc/CER/chg %':>24}" for n in names)
        + " | klastry chars/s"
    )
    lines = [head, "-" * len(head)]
    for mode, by_system in report["modes"].items():
        cells = []
        for n in names:
            r = by_system[n]
            acc, cer, chg = _pct(r["touched_acc"]), _pct(r["cer"], 3), _pct(r["clean_changed"], 3)
            cells.append(f"{acc:>7}/{cer:>7}/{chg:>7}")
        words = by_system["klastry"]["touched_words"]
        speed = report["speed_by_mode_chars_per_cpu_s"][mode]
        lines.append(
            f"{mode:<18} {words:>6} | "
            + " | ".join(f"{c:>24}" for c in cells)
            + f" | {speed:>15,.0f}"
        )
    lines.append(
        f"documents: {report['documents']}, characters per mode: "
        f"{report['characters_per_mode']}, klastry speed: "
        f"{report['speed_chars_per_s']:,.0f} chars per CPU second (one core, all modes)"
    )
    stripped = report["modes"].get("stripped", {}).get("klastry", {})
    if stripped:
        lines.append(
            "stripped, klastry: accuracy on words that had a diacritic "
            f"{_pct(stripped['changed_acc'])} %"
        )
    layout = report["modes"].get("layout", {}).get("klastry", {})
    if layout.get("headers_removed") is not None:
        removed = _pct(layout["headers_removed"])
        lines.append(f"layout, klastry: running headers removed {removed} %")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", nargs="+", choices=list(MODES), help="only these modes")
    parser.add_argument(
        "--wrong", type=Path, metavar="DIR", help="write klastry's wrong words in context"
    )
    parser.add_argument("--only-klastry", action="store_true", help="skip the other systems")
    args = parser.parse_args()
    report = run(args.modes, args.wrong, args.only_klastry)
    if args.modes or args.only_klastry:  # a partial run is for debugging: keep the full report
        print(table(report))
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(report))
    print(f"written {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
