"""What the natural voice is sent, and where its words land on the screen, on every corpus sentence.

Microsoft's service cannot be reached from here, so how its voices read a phrase cannot be heard;
what can be measured is everything on our side of the wire, through the real edge-tts code talking
to the fake service on 127.0.0.1 (tests/speech/fake_edge.py):

- the text each request carries: whether edge-tts still changes it (it blanks C0 controls, and
  XML-escapes; characters XML forbids made the fake's parser, like any XML parser, refuse the SSML:
  the engine blanks them first) and whether any request is longer than edge-tts's 4,096-byte
  message (it would split it at a space, anywhere in a phrase);
- the word highlight: the voice's word boundaries, carried through the normalizer's rewriting back
  onto the displayed sentence (reader.speech.words.WordTimeline). Two ways a voice may report its
  words are simulated: as it was given them (what the fake does), and as it *read* them (a number
  reported as the words it was read as, "3개" -> "세", "개"): the boundaries then are not in the
  text, and the alignment has to share the gaps;
- the same with numbers and Latin names written in Hangul first (espeak-ng's extras), to see what
  such a profile would cost the highlight.

Reported per language: sentences; requests edge-tts would change or split; display words that are
highlighted at some point (coverage); highlighted spans that are exactly one displayed word; spans
wider than one word (a rewritten stretch highlighted whole).

Run: ``python benchmarks/natural_text.py`` from the repository root (needs ../shared/corpus).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.articles.extract import extract_article
from reader.speech.engines.marks import align_words, source_spans
from reader.speech.engines.natural import sendable
from reader.speech.reading import NATURAL, Profile, for_profile
from reader.speech.sentences import Sentence, article_lang, split_article
from reader.speech.synth import Synthesizer
from reader.speech.words import DisplayedWord, WordTimeline

HANGUL_EXTRAS = Profile("natural+hangul", hangul_numbers=True, hangul_latin=True)
_NUM = re.compile(r"\d")


def corpus() -> Path | None:
    here = Path(__file__).resolve().parent.parent
    for parent in here.parents:
        if (parent / "shared" / "corpus" / "ko" / "index.json").is_file():
            return parent / "shared" / "corpus"
    return None


def pages(root: Path, english: int) -> list[tuple[str, str, str | None]]:
    """(language, html, url) for every Korean page and the first ``english`` English ones."""
    out: list[tuple[str, str, str | None]] = []
    for page in json.loads((root / "ko" / "index.json").read_text(encoding="utf-8")):
        charset = (page.get("declared_charset") or "utf-8").lower()
        charset = "cp949" if charset in ("euc-kr", "ks_c_5601-1987", "x-windows-949") else charset
        html = (root / "ko" / page["file"]).read_bytes().decode(charset, "replace")
        out.append(("ko", html, page.get("url")))
    moz = json.loads((root / "moz" / "index.json").read_text(encoding="utf-8"))["pages"]
    english_pages = [
        p for p in moz if (p.get("lang") or "").lower().startswith("en") and not p.get("synthetic")
    ]
    for page in english_pages[:english]:
        raw = (root / "moz" / page["file"]).read_bytes()
        if page["file"].endswith(".gz"):
            raw = gzip.decompress(raw)
        out.append(("en", raw.decode("utf-8", "replace"), None))
    return out


@dataclass
class Tally:
    sentences: int = 0
    requests: int = 0
    changed_by_edge_tts: int = 0
    blanked: int = 0
    over_4096: int = 0
    received_differs: int = 0
    words: dict[str, list[int]] = field(default_factory=dict)  # scenario -> [display, covered, exact, wide]

    def add_words(self, scenario: str, display: int, covered: int, exact: int, wide: int, marks: int) -> None:
        row = self.words.setdefault(scenario, [0, 0, 0, 0, 0])
        for i, v in enumerate((display, covered, exact, wide, marks)):
            row[i] += v


def _as_read(word: str) -> list[str]:
    """A voice that reports the words it read a number as ("3개" -> "세", "개")."""
    if not _NUM.search(word):
        return [word]
    from reader.speech.reading.counters import hangul_numbers

    return hangul_numbers(word).split() or [word]


def _highlight(sentence: Sentence, given: str, reported: list[str]) -> tuple[int, int, int, int, int]:
    """(display words, highlighted at some point, exactly one display word, wider, marks) when the
    voice, given ``given``, reports ``reported``."""
    marks = align_words(given, [(n * 0.3, n * 0.3 + 0.25, w) for n, w in enumerate(reported)])
    spans = source_spans(marks, given, sentence.spoken)  # as the synthesizer keeps them
    from dataclasses import replace

    kept = [replace(m, text_start=a, text_end=b) for m, (a, b) in zip(marks, spans, strict=True)]
    timeline = WordTimeline(kept, sentence.spoken, sentence.text)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence.text)]
    said = sentence.transcript or sentence.text
    text = sentence.text
    content = [(a, b) for a, b in tokens if text[a:b] in said and re.search(r"\w", text[a:b])]

    def overlaps(a: int, b: int, w: DisplayedWord) -> bool:
        return w.text_start < b and a < w.text_end

    covered = sum(1 for a, b in content if any(overlaps(a, b, w) for w in timeline.words))
    exact = sum(1 for w in timeline.words if (w.text_start, w.text_end) in tokens)
    wide = sum(1 for w in timeline.words if sum(1 for a, b in tokens if overlaps(a, b, w)) > 1)
    return len(content), covered, exact, wide, len(timeline.words)


def measure(root: Path, english: int, through_service: bool) -> dict[str, Tally]:
    import edge_tts.communicate as communicate

    tallies: dict[str, Tally] = {}
    fake = None
    synth = None
    if through_service:
        from reader.speech.cache import AudioCache
        from reader.speech.engines import NaturalEngine
        from tests.speech.fake_edge import FakeEdge

        fake = FakeEdge(fast=True).start()
        communicate.WSS_URL = fake.wss_url
        os.environ["NO_PROXY"] = "127.0.0.1"
        tmp = tempfile.mkdtemp(prefix="natural-text-")
        synth = Synthesizer(NaturalEngine(min_interval=0.0), AudioCache(Path(tmp), 10**10))
    try:
        for lang_hint, html, url in pages(root, english):
            article = extract_article(html, url)
            lang = article_lang(article) or lang_hint
            tally = tallies.setdefault(lang, Tally())
            for sentence in split_article(article):
                if sentence.skip:
                    continue
                tally.sentences += 1
                given = " ".join(for_profile(sentence.spoken, lang, NATURAL).split())
                pieces = synth._pieces(given, synth.engine) if synth is not None else [given]
                for piece in pieces:
                    tally.requests += 1
                    safe = sendable(piece)
                    tally.blanked += safe != piece
                    escaped = communicate.escape(communicate.remove_incompatible_characters(safe))
                    tally.changed_by_edge_tts += communicate.remove_incompatible_characters(safe) != safe
                    tally.over_4096 += len(escaped.encode("utf-8")) > 4096
                if synth is not None and fake is not None:
                    before = fake.count
                    synth.clip_for(sentence.spoken, lang)
                    received = [r.text for r in fake.requests[before:]]
                    if received:  # none: the same sentence earlier, from the cache
                        tally.received_differs += received != [sendable(p) for p in pieces]
                words = given.split()
                tally.add_words("as given", *_highlight(sentence, given, words))
                as_read = [r for w in words for r in _as_read(w)]
                tally.add_words("as read", *_highlight(sentence, given, as_read))
                hangul = " ".join(for_profile(sentence.spoken, lang, HANGUL_EXTRAS).split())
                tally.add_words("hangul extras", *_highlight(sentence, hangul, hangul.split()))
    finally:
        if fake is not None:
            fake.stop()
    return tallies


def main() -> int:
    root = corpus()
    if root is None:
        print("../shared/corpus is not present")
        return 1
    through = "--offline" not in sys.argv
    t0 = time.perf_counter()
    tallies = measure(root, english=10, through_service=through)
    print(f"natural voice text and word marks on the corpus ({time.perf_counter() - t0:.1f} s)")
    for lang, t in sorted(tallies.items()):
        print(f"\n[{lang}] {t.sentences} sentences, {t.requests} requests")
        print(f"  requests edge-tts would change (C0 controls): {t.changed_by_edge_tts}")
        print(f"  requests with characters SSML cannot carry (blanked by the engine): {t.blanked}")
        print(f"  requests over edge-tts's 4,096-byte message (it would split them): {t.over_4096}")
        if through:
            print(f"  sentences whose text reached the fake service changed: {t.received_differs}")
        print("  word highlight            coverage   one word   wider   (display words, marks)")
        for scenario, (display, covered, exact, wide, marks) in t.words.items():
            print(
                f"  {scenario:<24} {covered / max(1, display):8.1%} {exact / max(1, marks):10.1%}"
                f" {wide / max(1, marks):7.1%}   ({display}, {marks})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
