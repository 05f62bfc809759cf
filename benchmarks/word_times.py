"""espeak-ng's word times on the corpus: how many words come with the library's own word event, how
many had to share the time between their neighbours, and what the library path costs beside the
program (the same audio, sample for sample: checked here on every sentence).

Run: ``python benchmarks/word_times.py`` from the repository root (needs ../shared/corpus and
espeak-ng; ``--pages N`` reads only the first N Korean pages).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.natural_text import corpus, pages
from reader.articles.extract import extract_article
from reader.speech.engines import EspeakEngine
from reader.speech.reading import ESPEAK, for_profile
from reader.speech.sentences import article_lang, split_article


def _pcm(data: bytes) -> bytes:
    with wave.open(io.BytesIO(data), "rb") as w:
        return w.readframes(w.getnframes())


def main() -> int:
    root = corpus()
    if root is None:
        print("../shared/corpus is not present")
        return 1
    limit = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else None
    library, program = EspeakEngine(), EspeakEngine(library=False)
    if not library.word_times:
        print("libespeak-ng is not available here")
        return 1
    rows: dict[str, list[int]] = {}
    costs: dict[str, list[float]] = {"library": [], "program": []}
    different = 0
    chosen = pages(root, english=5)
    if limit is not None:
        chosen = [p for p in chosen if p[0] == "ko"][:limit] + [p for p in chosen if p[0] == "en"][:1]
    for lang_hint, html, url in chosen:
        article = extract_article(html, url)
        lang = article_lang(article) or lang_hint
        row = rows.setdefault(lang, [0, 0, 0])  # sentences, words, words with their own event
        for sentence in split_article(article, offline=True):
            if sentence.skip:
                continue
            text = " ".join(for_profile(sentence.spoken, lang, ESPEAK).split())
            t0 = time.perf_counter()
            clip = library.synthesize(text, lang)
            t1 = time.perf_counter()
            plain = program.synthesize(text, lang)
            t2 = time.perf_counter()
            costs["library"].append(t1 - t0)
            costs["program"].append(t2 - t1)
            different += _pcm(clip.data) != _pcm(plain.data)
            marks = clip.words or ()
            row[0] += 1
            row[1] += len(marks)
            row[2] += sum(1 for m in marks if not m.estimated)
    library.close()
    print("espeak-ng word times on the corpus (the library in its worker, beside the program)")
    for lang, (sentences, words, reported) in sorted(rows.items()):
        share = reported / max(1, words)
        print(
            f"  [{lang}] {sentences} sentences, {words} words: {share:.1%} with espeak-ng's own word event, "
            f"{1 - share:.1%} sharing their neighbours' time"
        )
    lib, prog = statistics.median(costs["library"]), statistics.median(costs["program"])
    print(f"  sentences whose audio differs from the program's: {different}")
    print(
        f"  median time per sentence: library {lib * 1000:.1f} ms, program {prog * 1000:.1f} ms "
        f"(ratio {lib / prog:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
