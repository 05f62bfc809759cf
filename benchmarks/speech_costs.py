"""Costs that shaped the speech core's choices, measured on this machine (not collected by pytest).

    python benchmarks/speech_costs.py

Prints, one per line: our segmenter's time per 30-sentence article (and kiwipiepy's load time,
memory and split time when it is installed, for comparison), espeak-ng's time per 1,000
characters of Korean, and the time-stretch cost per sentence with sox tempo (and audiotsm when
installed).
"""

from __future__ import annotations

import importlib.util
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.speech.engines.espeak import EspeakEngine
from reader.speech.sentences import segment
from reader.speech.tempo import stretch

SENTENCES = [
    "산업통상부 김정관 장관은 1.22(목) 전북 방문에 이어서 다음 날인 1.23(금) 동남권을 찾았다.",
    '동남권에서는 M.AX(제조AX) 확산을 통한 제조혁신 방안을 모색했다.정부는 "지원하겠다. 곧"이라고 밝혔다.',
    "지수는 3.5% 올랐고 U.S. 시장은… 다소 하락했다.",
]
ARTICLE = " ".join(SENTENCES * 10)  # ~30 sentences


def best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _normalizer_growth() -> None:
    """Splitting plus the announcer notation for every sentence (what the window does on open), at 1x,
    10x and 100x an article's length: the cost should grow in proportion, not faster."""
    from reader.articles.model import Article, Paragraph
    from reader.speech.reading import ESPEAK, for_profile
    from reader.speech.sentences import split_article

    base = None
    for times in (1, 10, 100):
        article = Article(title="", blocks=[Paragraph(ARTICLE) for _ in range(times)], lang="ko")
        spent = best(lambda a=article: [for_profile(s.spoken, "ko", ESPEAK) for s in split_article(a)], 3)
        base = base or spent
        print(
            f"split + notation + offline profile, {times:>3}x article ({len(ARTICLE) * times:,} chars): "
            f"{spent * 1000:.1f} ms ({spent / base:.0f}x the 1x time)"
        )


def _hostile_growth() -> None:
    """Hostile sentences (one sign repeated thousands of times): the notation's cost at 4x the length
    should be about 4x (a regular expression that backtracks would make it 16x)."""
    from reader.speech.reading import ESPEAK, for_profile, notation, without_credits

    worst = 0.0
    for unit in (
        "1", "1,", "1-", "1~", "010-", "가", "美", "[사진", "a", "1km", "가→", "다… ",
        "글·", "6-4 ", "1-2-3-4-5-6-7-8 ", "동 1-2 ", "a.b@", "www.", "美와 ", "(1588-1234)로", "½", "0-",
    ):  # fmt: skip

        def run(n: int, u: str = unit) -> None:
            text = u * n
            for_profile(notation(text), "ko", ESPEAK)
            without_credits(text, caption=True)

        small = best(lambda: run(1000), 3)
        large = best(lambda: run(4000), 3)
        worst = max(worst, large / small)
    print(f"hostile runs of one sign, 4x longer: at most {worst:.1f}x the time (linear: 4x)")


def main() -> None:
    n = len(segment(ARTICLE))
    ours = best(lambda: segment(ARTICLE), 20)
    print(f"segmenter (rules): {ours * 1000:.2f} ms per {n}-sentence article, nothing to load")
    if importlib.util.find_spec("kiwipiepy"):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
        load = time.perf_counter() - t
        grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        split = best(lambda: kiwi.split_into_sents(ARTICLE), 3)
        print(f"segmenter (kiwipiepy): load {load:.2f} s, +{grew:.0f} MB, {split * 1000:.1f} ms per article")
    else:
        print("segmenter (kiwipiepy): not installed here")
    _normalizer_growth()
    _hostile_growth()

    engine = EspeakEngine()
    if engine.available:
        text = ("".join(SENTENCES) * 6)[:1000]
        cpu0 = _child_cpu()
        per_k = best(lambda: engine.synthesize(text, "ko"), 3)
        cpu = (_child_cpu() - cpu0) / 3
        print(f"espeak-ng: {per_k * 1000:.0f} ms per 1,000 characters of Korean (CPU {cpu * 1000:.0f} ms)")
        with tempfile.TemporaryDirectory() as tmp:
            wav = Path(tmp) / "s.wav"
            wav.write_bytes(engine.synthesize(SENTENCES[0], "ko").data)
            if shutil.which("sox"):
                cpu0 = _child_cpu()
                cost = best(lambda: stretch(wav, 1.5), 5)
                cpu = (_child_cpu() - cpu0) / 5
                ms = f"{cost * 1000:.0f} ms per sentence at 1.5x (CPU {cpu * 1000:.0f} ms)"
                print(f"tempo (sox tempo -s): {ms}")
            if importlib.util.find_spec("audiotsm"):
                from audiotsm import wsola
                from audiotsm.io.wav import WavReader, WavWriter

                out = Path(tmp) / "o.wav"

                def tsm() -> None:
                    with (
                        WavReader(str(wav)) as reader,
                        WavWriter(str(out), reader.channels, reader.samplerate) as w,
                    ):
                        wsola(reader.channels, speed=1.5).run(reader, w)

                print(f"tempo (audiotsm wsola): {best(tsm, 5) * 1000:.0f} ms per sentence at 1.5x")
            else:
                print("tempo (audiotsm): not installed here")
    else:
        print("espeak-ng: not installed")


if __name__ == "__main__":
    main()
