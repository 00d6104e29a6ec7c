"""Restore "ł"/"Ł" that a PDF text layer turned into a line break ("wspó\\npracy").

Hand-written because the damage looks like ordinary layout: some fonts map the glyph "ł"
to a line-feed code, so "powstało" comes out as "powsta\\no". A line break touching a
letter is read as "ł" when the joined word is much more likely than the two pieces
(lexicon log-frequencies), with a prior that depends on how many real "ł" letters the
text has: a text full of them has clearly not lost them, so its breaks stay.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.repair.fffd import GUESS_LOGP, best_word
from pipeline.repair.lexicon import MORFEUSZ_LOGP, UNKNOWN_LOGP, get_lexicon, sentence_start
from pipeline.repair.profile import Profile

# A piece may run over a space that follows a U+FFFD ("dzia\nalno\ufffd ci"): the U+FFFD
# fixer drops such spaces later, so the word is judged whole here.
_RIGHT = re.compile(r"(?:[^\W\d_]|\ufffd)+(?:(?<=\ufffd) (?:[^\W\d_]|\ufffd)+)*")
_SHORT_RIGHT = re.compile(r"(?:[^\W\d_]|\ufffd)+")
# The next word at its longest: pieces joined over further breaks that may be lost "ł" too.
_RIGHT_CHAIN = re.compile(r"(?:[^\W\d_]|\ufffd)+(?:\n(?:[^\W\d_]|\ufffd)+)*")
_CANDIDATE = re.compile(
    r"(?<=[^\W\d_\ufffd])\n|(?<=\ufffd )\n|(?:(?<=[ \t\n])|^)\n(?=[^\W\d_\ufffd])"
    # "wsun\ufffd\n go": a lost "ł" ending a word right after a lost letter
    r"|(?<=\ufffd)\n(?=[ \t,.;:!?)])",
    re.M,
)
DAMAGED_PRIOR = 0.5
CLEAN_PRIOR = 6.0
SHORT_PRIOR = 2.0
BREAK_THEN_SPACE = 4.0
FRAGMENT_PENALTY = 2.0
ENDING_BONUS = 1.5
ROOM_BONUS = 4.0
_AFTER_WORD = set(" \t,.;:!?)")
L_SHARE = 0.004  # Polish prose has about 1.8 % "ł"; a quarter of that means none were lost
OTHER_POLISH = "ąćęńóśźżĄĆĘŃÓŚŹŻ\ufffd"
OTHER_SHARE = 0.01  # Polish prose has about 5 % of these letters


def looks_damaged(text: str) -> bool | None:
    """True when the text has far fewer "ł" than Polish should, but keeps (or shows as U+FFFD)
    its other Polish letters: a text without any lost them all to stripping, or is not
    Polish, and its line breaks are line breaks. None when too short to tell."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 300:
        return None
    ls = text.count("ł") + text.count("Ł")
    others = sum(text.count(c) for c in OTHER_POLISH)
    return ls < L_SHARE * letters and others >= OTHER_SHARE * letters and text.count("\n") > 0


def _score(piece: str) -> float:
    """Log-frequency of the best reading; fragments morfeusz rejects ("rwa") cost more:
    wordfreq has seen many broken words."""
    if not piece:
        return 0.0
    best = best_word(piece)
    if not best:
        return UNKNOWN_LOGP
    lex = get_lexicon()
    return best[1] if lex.is_morfeusz_word(best[0]) else best[1] - FRAGMENT_PENALTY


@lru_cache(maxsize=1)
def _top_logp() -> float:
    """The highest score `_score` can give: that of the lexicon's most frequent word."""
    return max(get_lexicon().freq.top, MORFEUSZ_LOGP, GUESS_LOGP)


def fix_linebreak_l(text: str, profile: Profile | None = None) -> str:
    """Turn line breaks that stand for a lost "ł" back into the letter."""
    if "\n" not in text:
        return text
    damaged = profile.l_as_newline if profile and profile.l_as_newline is not None else None
    if damaged is None:
        damaged = looks_damaged(text)
    prior = SHORT_PRIOR if damaged is None else DAMAGED_PRIOR if damaged else CLEAN_PRIOR
    layout = _Layout.of(text)
    out: list[str] = []
    done = ""  # repaired text so far, so a word with two lost "ł" is judged whole
    pos = 0
    skip: set[int] = set()
    filled: set[int] = set()  # breaks already read as "ł": the line goes on past them
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        if i in skip:
            continue
        line_start = text.rfind("\n", 0, i)
        while line_start in filled:
            line_start = text.rfind("\n", 0, line_start)
        column = i - line_start - 1
        words = _left_words(done[-40:] + text[max(pos, i - 40) : i])
        left = "".join(words)
        rm = _SHORT_RIGHT.match(text, i + 1)
        right = rm.group() if rm else ""
        if not left and not right:
            continue
        keep, joined, chain = _judge(text, i, left, rm, prior, layout, column)
        best = max(keep, joined)
        for t in range(1, len(words)):
            # "rezygnacj\ufffd poda\na": a space after a U+FFFD may be a real one, so the
            # break is also judged with the word cut there, the words before scored apart
            alone = _judge(text, i, "".join(words[t:]), rm, prior, layout, column)
            rest = words[:t]
            score = max(_score("".join(rest)), sum(map(_score, rest))) + max(alone[:2])
            if score > best:
                best, left, (keep, joined, chain) = score, "".join(words[t:]), alone
        if joined <= keep or joined <= UNKNOWN_LOGP + 1:
            continue
        letter = "Ł" if _upper(text, i, left, right) else "ł"
        piece = text[pos:i] + letter
        if chain is not None:
            second = "Ł" if letter == "Ł" and right.isupper() else "ł"
            piece += text[i + 1 : chain] + second
            skip.add(chain)
            filled.add(chain)
            pos = chain + 1
        else:
            pos = i + 1
        filled.add(i)
        out.append(piece)
        done = (done + piece)[-40:]
    out.append(text[pos:])
    return "".join(out)


def _judge(
    text: str,
    i: int,
    left: str,
    rm: re.Match[str] | None,
    prior: float,
    layout: _Layout,
    column: int,
) -> tuple[float, float, int | None]:
    """(score of the pieces as they stand, best score with "ł" for the break at `i`, the
    position of a second break that the best reading also fills, if any)."""
    right = rm.group() if rm else ""
    after = rm.end() if rm else i + 1
    keep = _score(left) + _score(right)
    # "powsta\no ok." / "ogó\n wokó": a break followed by a space or a punctuation
    # mark is no line wrap: it is a lost letter at the end of a word.
    bonus = 0.0
    if not right:
        follower = text[i + 1 : i + 2]
        # a lost final "ł" just before a real line break: "wokó\n\ncentrów"
        bonus = BREAK_THEN_SPACE if follower in _AFTER_WORD else BREAK_THEN_SPACE / 2
        if follower in " \t" and not layout.indents:
            bonus = 2 * BREAK_THEN_SPACE  # this text never starts a line with a space
        bonus = bonus if follower else 0.0
    if not left and right and text[i - 1 : i] == " " and not layout.trailing_spaces:
        # "w \nzach": this text never leaves a space before a real line end
        bonus += BREAK_THEN_SPACE
    if right and right[0].islower() and layout.width:
        # a line wraps only when the next word does not fit: a break with room to spare
        # for it, inside a sentence, is no wrap ("spis instytucji oko\nobiznesowych")
        chain_m = _RIGHT_CHAIN.match(text, i + 1)
        longest = len(chain_m.group()) if chain_m else len(right)
        if layout.width - (column + 1 + longest) >= max(8, layout.width // 10):
            bonus += ROOM_BONUS
    if left and len(right) == 1 and right in "aeioyu":
        # "zgarnia\no": past-tense endings -ła, -ło, -ły, -li are the commonest victims
        bonus += ENDING_BONUS
    if keep >= _top_logp() - prior + max(bonus, 0.0, BREAK_THEN_SPACE - prior):
        return keep, -math.inf, None  # not even the most frequent word could outscore them
    joined = _score(left + "ł" + right) - prior + bonus
    long_m = _RIGHT.match(text, i + 1)
    if long_m and long_m.end() > after:
        joined = max(joined, _score(left + "ł" + long_m.group().replace(" ", "")) - prior)
    chain = None
    if rm and text[after : after + 1] == "\n":
        r2 = _SHORT_RIGHT.match(text, after + 1)
        tail = r2.group() if r2 else ""
        end = r2.end() if r2 else after + 1
        both = _score(left + "ł" + right + "ł" + tail) - 2 * prior
        if not tail and text[end : end + 1] in _AFTER_WORD:
            both += BREAK_THEN_SPACE
        if both > joined and both > keep + _score(tail):
            joined, chain = both, after
    return keep, joined, chain


_SPACED_END = re.compile(r"\S[ \t]\n(?=\S)")
_PLAIN_END = re.compile(r"\S\n(?=\S)")
# Line starts that cannot be a lost final "ł" (no letter before the break).
_INDENTED = re.compile(r"[^\w\ufffd]\n[ \t]+\S")
_UNINDENTED = re.compile(r"[^\w\ufffd]\n\S")


@dataclass(frozen=True)
class _Layout:
    """How this text's real lines end and begin, against which a break is judged."""

    trailing_spaces: bool  # real line ends keep a space: "słowo \nsłowo" proves nothing
    indents: bool  # some real lines begin with spaces: "ją\n przewracać" proves less
    width: int | None  # how long a full line is (None: too few lines to tell)

    @classmethod
    def of(cls, text: str) -> _Layout:
        """Counted over every break between two pieces of text. Lost "ł" inside words only
        add plain breaks, and a lost word-initial "Ł" after a space ("płaszczyznę. \nosie")
        comes a few times in a hundred lines, while a text that keeps its spaces keeps them
        on many lines. Too few breaks to tell count as keeping spaces and indenting."""
        spaced = len(_SPACED_END.findall(text))
        plain = len(_PLAIN_END.findall(text))
        indented = len(_INDENTED.findall(text))
        unindented = len(_UNINDENTED.findall(text))
        # a full line is about as long as the longest, or the second longest where there
        # are enough lines for one to be a stray (lost "ł" only make lines shorter)
        lengths = sorted(len(line) for line in text.split("\n") if line.strip())
        width = None if len(lengths) < 10 else lengths[-1] if len(lengths) < 20 else lengths[-2]
        return cls(
            trailing_spaces=spaced + plain < 5 or spaced > 0.1 * (spaced + plain),
            indents=indented + unindented < 5 or indented > 0,
            width=width,
        )


def _is_letter(c: str) -> bool:
    return c.isalpha() or c == "\ufffd"


def _left_words(s: str) -> list[str]:
    """The word (letters and U+FFFD, across spaces after a U+FFFD) that ends `s`, as the
    pieces those spaces separate."""
    if s.endswith("\ufffd "):
        s = s[:-1]
    j = len(s)
    while j > 0 and _is_letter(s[j - 1]):
        j -= 1
    # "alno\ufffd ci": a space after a U+FFFD that follows a letter may be an artefact
    while j >= 3 and s[j - 1] == " " and s[j - 2] == "\ufffd" and j < len(s):
        k = j - 2
        while k > 0 and s[k - 1] == "\ufffd":
            k -= 1
        if k == 0 or not s[k - 1].isalpha():
            break
        j = k
        while j > 0 and _is_letter(s[j - 1]):
            j -= 1
    return s[j:].split(" ")


def _upper(text: str, i: int, left: str, right: str) -> bool:
    lex = get_lexicon()
    if right:
        letters = [c for c in right if c.isalpha()]
        if left:
            return (
                bool(letters)
                and letters[0].isupper()
                and (len(letters) < 2 or all(c.isupper() for c in letters))
                and all(c.isupper() for c in left if c.isalpha())
            )
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
        word = ("ł" + right).lower()
        # the break at `i` is the word's first letter, not a line end: "prosto - \nozy"
        # continues a sentence, "płaszczyznę. \nosie" starts one
        return sentence_start(text, i) or word in lex.capitals or lex.is_proper(word)
    letters = [c for c in left if c.isalpha()]
    # "UŁ", "PŁ": no word ends in "ł" after one capital letter, acronyms do
    return (len(letters) >= 2 or left.isupper()) and all(c.isupper() for c in letters)
