"""What one document has shown about its damage, learnt across all its pages.

Single pages are often too short to tell, say, whether the missing "ł" letters became line
breaks or whether diacritics were stripped; `repair_document` judges that once for the
whole document and passes the verdict to every page's fixers. `None` means "judge from the
text at hand".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Profile:
    l_as_newline: bool | None = None  # far fewer "ł" than Polish needs: breaks may be "ł"
    fffd_pairs: bool | None = None  # every lost letter left two U+FFFD (UTF-8 bytes)
    stripped: bool | None = None  # diacritics stripped (judged after letters are decoded)
    cid_map: dict[str, str] = field(default_factory=dict)  # "(cid:N)" code → character
    redecode: list[tuple[str, str]] | None = None  # (read as, really was), best first
