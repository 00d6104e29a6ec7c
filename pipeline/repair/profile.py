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
    l_as_newline: bool | None = None
    fffd_pairs: bool | None = None
    stripped: bool | None = None
    cid_map: dict[str, str] = field(default_factory=dict)
    redecode: list[tuple[str, str]] | None = None
