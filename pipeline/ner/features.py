"""Morfeusz features for the NER model: what a hash of the surface form cannot know.

The model's embeddings hash each token's form, prefix, suffix and shape. In Polish one name
has a dozen forms ("Kraków", "Krakowie", "Krakowa"), and whether a word is a known place,
first name, surname or company is in no spelling. Morfeusz 2 knows both: its lemmas join the
forms, and its dictionary's name classes ("nazwa_geograficzna", "imię", "nazwisko",
"nazwa_organizacji", …) work as a large Polish gazetteer. The component below writes them
into two token attributes that the tok2vec layer hashes like the others:

- `token.tag_`: the parts of speech of all readings and their name classes, e.g.
  "subst/imię+nazwa_geograficzna+nazwisko" for "Krakowie";
- `token.lemma_`: the lemma most readings share, lower-cased ("kraków").

It must run before `tok2vec`, in training too (`[training] annotating_components`). A model
that uses it can be loaded once this module is imported; `pipeline.ner` imports it.

The module also holds the model's tokenizer rules (`extend_tokenizer`, named in config.cfg as
the `after_creation` callback): spaCy's Polish tokenizer keeps "SenatorLechFeszler:" (names
glued in transcripts and web text), "1912/1913" and "/Katowice 2003/" whole, so no entity
inside them can be found. The rules split glued capitalised words and slashes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

FACTORY = "klastry_morph_features"
SPACE_TAG = "_SP"
# Enough for the distinct words of a long batch of reports; cleared when full.
CACHE_SIZE = 200_000


def morph_features(analyses: list[tuple[int, int, tuple[Any, ...]]], text: str) -> tuple[str, str]:
    """(tag, lemma) strings for one token from Morfeusz's readings of it."""
    pos: set[str] = set()
    classes: set[str] = set()
    lemmas: Counter[str] = Counter()
    for start, _, (_, lemma, tag, names, _) in analyses:
        pos.add(tag.split(":", 1)[0])
        classes.update(names)
        if start == 0:
            lemmas[lemma.split(":", 1)[0].lower()] += 1
    tag = "+".join(sorted(pos)) + "/" + "+".join(sorted(classes))
    lemma = lemmas.most_common(1)[0][0] if lemmas else text.lower()
    return tag, lemma


class MorphFeatures:
    """Sets `tag` and `lemma` of every token from Morfeusz, caching by word form."""

    def __init__(self, nlp: Language, name: str) -> None:
        import morfeusz2

        self.name = name
        self.morfeusz = morfeusz2.Morfeusz(generate=False)
        self.cache: dict[str, tuple[int, int]] = {}

    def _lookup(self, doc: Doc, text: str) -> tuple[int, int]:
        try:
            analyses = self.morfeusz.analyse(text)
        except Exception:  # a word Morfeusz cannot read simply has no features
            analyses = []
        tag, lemma = morph_features(analyses, text)
        if len(self.cache) >= CACHE_SIZE:
            self.cache.clear()
        strings = doc.vocab.strings
        hashes = (strings.add(tag), strings.add(lemma))
        self.cache[text] = hashes
        return hashes

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        space = doc.vocab.strings.add(SPACE_TAG)
        for token in doc:
            if token.is_space:
                token.tag = space
                token.lemma = token.orth
                continue
            text = token.text
            tag, lemma = cache.get(text) or self._lookup(doc, text)
            token.tag = tag
            token.lemma = lemma
        return doc


if not Language.has_factory(FACTORY):

    @Language.factory(FACTORY)
    def make_morph_features(nlp: Language, name: str) -> MorphFeatures:
        """Factory named in the model's config.cfg."""
        return MorphFeatures(nlp, name)


# A capitalised word glued to a lower-case letter ("SenatorLechFeszler"), a slash between digits.
EXTRA_INFIXES = (
    r"(?<=[a-ząćęłńóśźżéü])(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])",
    r"(?<=[0-9])/(?=[0-9])",
)
EXTRA_AFFIXES = ("/",)  # "/Katowice", "2003/"
TOKENIZER_CALLBACK = "klastry.tokenizer_rules.v1"


def extend_tokenizer(nlp: Language) -> Language:
    """Add klastry's rules to `nlp`'s tokenizer (the defaults of its language plus these)."""
    defaults = nlp.Defaults
    nlp.tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *EXTRA_INFIXES]).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, *EXTRA_AFFIXES]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, *EXTRA_AFFIXES]).search
    return nlp


@registry.callbacks(TOKENIZER_CALLBACK)  # registering again (spacy train --code) replaces it
def make_tokenizer_rules() -> Any:
    """The `[nlp] after_creation` callback named in the model's config.cfg."""
    return extend_tokenizer


__all__ = ["FACTORY", "MorphFeatures", "extend_tokenizer", "morph_features"]
