"""How long a listener waits between pressing 기사 읽어주기 and hearing the first word.

A 30-sentence Korean article is read through the real gTTS code against a fake Google endpoint on
127.0.0.1 that adds 300 ms per request. Figures, all measured in this run:

Each figure is the median of several trials.

- streaming: the read-aloud session (prefetch pipeline) — time to first audio;
- batch: the reference — synthesize every sentence, then start playing the first;
- replay (다시듣기) from the audio cache — time to first audio, no request;
- espeak-ng offline — time to first audio with an empty cache;
- the natural voice (Microsoft, through the real edge-tts code against a fake of its WebSocket
  service on 127.0.0.1 adding 300 ms per request): streaming against synthesize-all-then-play.

Run: ``python benchmarks/first_audio.py`` from the repository root. Audio goes to SDL's dummy
driver, so nothing is heard.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.articles.model import Article, Paragraph
from reader.settings import Settings
from reader.speech.cache import AudioCache
from reader.speech.engines import make_engine
from reader.speech.engines.google import ENDPOINT_ENV
from reader.speech.player import Player
from reader.speech.sentences import split_article
from reader.speech.session import PLAYING, Callbacks, ReadAloudSession
from reader.speech.synth import Synthesizer
from tests.speech_fakes import FakeGoogle, make_mp3

LATENCY = 0.3
TRIALS = 5  # medians: the machine is shared, single runs are noisy
TRIALS_STREAMING = 3

PARAGRAPHS = [
    "시립도서관이 올봄부터 야간 열람실을 새로 연다. 평일에는 밤 열한 시까지 문을 연다. "
    "주말에는 오후 여섯 시에 닫는다. 열람실 좌석은 모두 백이십 석이다. 예약은 누리집에서 받는다.",
    "도서관 측은 직장인 이용자가 늘었다고 설명했다. 퇴근 뒤에 책을 빌리려는 사람이 많았다. "
    "지난해 설문에서 응답자 절반이 저녁 운영을 원했다. 관장은 시민의 요청에 답한 것이라고 말했다. "
    "운영 인력은 자원봉사자와 함께 꾸린다.",
    "어린이 자료실도 달라진다. 그림책 서가를 낮추고 바닥 쉼터를 넓혔다. 보호자가 함께 앉을 의자도 놓았다. "
    "주말에는 이야기 들려주기 시간이 열린다. 참여는 무료다.",
    "노년층을 위한 서비스도 늘린다. 큰 글자 책을 두 배로 들여온다. 돋보기와 독서대도 빌려준다. "
    "책을 읽어 주는 낭독 모임이 한 달에 두 번 열린다. 집으로 책을 보내 주는 택배 대출도 시작한다.",
    "주차 공간은 여전히 부족하다. 도서관은 인근 학교 운동장을 주말에 개방하기로 했다. "
    "버스 노선도 한 곳 더 늘어난다. "
    "시는 내년 예산에 증축 설계비를 반영했다. 공사는 이 년 뒤에 시작될 예정이다.",
    "이용자들은 대체로 반겼다. 한 대학생은 시험 기간에 큰 도움이 될 것이라고 했다. "
    "한 주민은 아이와 함께 올 곳이 생겼다며 웃었다. 도서관은 석 달 동안 운영해 본 뒤 시간을 조정한다. "
    "의견은 안내 창구에서 받는다.",
]


def article() -> Article:
    return Article(title="", blocks=[Paragraph(p) for p in PARAGRAPHS], lang="ko")


def first_audio(session: ReadAloudSession, playing: threading.Event, start: int | None = None) -> float:
    playing.clear()
    t0 = time.perf_counter()
    if start is None:
        session.replay()
    else:
        session.play(start)
    if not playing.wait(60):
        raise RuntimeError("no audio within 60 s")
    return time.perf_counter() - t0


def make_session(
    engine: str, settings: Settings, cache: AudioCache, player: Player
) -> tuple[ReadAloudSession, threading.Event]:
    sentences = split_article(article(), offline=engine == "espeak", include_title=False)
    spoken = [s for s in sentences if not s.skip]
    assert len(spoken) == 30, f"the article should have 30 spoken sentences, has {len(spoken)}"
    synth = Synthesizer(make_engine(engine, settings), cache)
    playing = threading.Event()
    callbacks = Callbacks(on_state=lambda st: playing.set() if st == PLAYING else None)
    session = ReadAloudSession(sentences, synth, "ko", player=player, callbacks=callbacks)
    return session, playing


def warm_up_gtts() -> None:
    """What the window does in the background at start: import gTTS (and requests) once, ~0.2 s."""
    from gtts.lang import tts_langs

    tts_langs()


def fresh_cache(base: Path, name: str) -> AudioCache:
    return AudioCache(base / name, 200 * 1024 * 1024)


def main() -> int:
    settings = Settings(None)
    player = Player()
    player.open()  # the window opens the device once; it is not part of the wait
    warm_up_gtts()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        fake = FakeGoogle(make_mp3("안녕하세요. 테스트 음성입니다.", base / "voice.mp3")).start()
        fake.latency = LATENCY
        os.environ[ENDPOINT_ENV] = fake.url  # the real gTTS code, sent to 127.0.0.1

        # streaming: press read on an article never heard before (empty cache each trial)
        # (the window's cache is open already, so each trial empties one open cache)
        streaming_runs = []
        cache = fresh_cache(base, "stream")
        for _ in range(TRIALS_STREAMING):
            cache.clear()
            session, playing = make_session("google", settings, cache, player)
            streaming_runs.append(first_audio(session, playing, 0))
            session.stop()
            session.close()  # waits for the request in flight

        # the reference: every sentence synthesized before the first is played
        cache = fresh_cache(base, "batch")
        batch_synth = Synthesizer(make_engine("google", settings), cache)
        sentences = [s for s in split_article(article(), include_title=False) if not s.skip]
        t0 = time.perf_counter()
        clips = [batch_synth.clip_for(s.spoken, "ko", rate=1.0) for s in sentences]
        player.play(clips[0], 0)
        batch = time.perf_counter() - t0
        player.stop()

        # 다시듣기 after the whole article was heard: its cache holds every sentence; no request allowed
        session, playing = make_session("google", settings, cache, player)
        before = len(fake.requests)
        replay_runs = []
        for _ in range(TRIALS):
            replay_runs.append(first_audio(session, playing))
            session.stop()
        replay_requests = len(fake.requests) - before
        session.close()

        espeak_runs = []
        cache = fresh_cache(base, "espeak")
        for _ in range(TRIALS):
            cache.clear()
            session, playing = make_session("espeak", settings, cache, player)
            espeak_runs.append(first_audio(session, playing, 0))
            session.close()
        fake.stop()
    player.close()
    streaming = statistics.median(streaming_runs)
    replay = statistics.median(replay_runs)
    espeak = statistics.median(espeak_runs)

    print(
        f"first audio, streaming: {streaming * 1000:.0f} ms "
        f"(reference, synthesize-all-then-play: {batch * 1000:.0f} ms; "
        f"fake endpoint +{LATENCY * 1000:.0f} ms/request)"
    )
    print(f"ratio: {batch / streaming:.1f}x (target >= 10x)")
    print(
        f"다시듣기 from cache, first audio: {replay * 1000:.0f} ms, "
        f"{replay_requests} requests (target <= 100 ms)"
    )
    print(f"espeak-ng offline, first audio: {espeak * 1000:.0f} ms (target <= 150 ms)")
    natural_section()
    return 0


def natural_section() -> None:
    """The natural voice: the same article and latency, through edge-tts against a local fake of
    Microsoft's service (real MP3 frames, word boundaries), in its own cache and player."""
    from reader.speech.engines.edge import ENDPOINT_ENV as NATURAL_ENDPOINT_ENV
    from tests.speech.fake_edge import FakeEdge

    settings = Settings(None)
    player = Player()
    player.open()
    fake = FakeEdge(fast=True).start()
    fake.latency = LATENCY
    os.environ[NATURAL_ENDPOINT_ENV] = fake.url
    os.environ.setdefault("NO_PROXY", "127.0.0.1")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            runs = []
            cache = fresh_cache(base, "natural-stream")
            for _ in range(TRIALS_STREAMING):
                cache.clear()
                session, playing = make_session("natural", settings, cache, player)
                runs.append(first_audio(session, playing, 0))
                session.stop()
                session.close()
            cache = fresh_cache(base, "natural-batch")
            synth = Synthesizer(make_engine("natural", settings), cache)
            sentences = [s for s in split_article(article(), include_title=False) if not s.skip]
            t0 = time.perf_counter()
            clips = [synth.clip_for(s.spoken, "ko", rate=1.0) for s in sentences]
            player.play(clips[0], 0)
            batch = time.perf_counter() - t0
            player.stop()
            marks = sum(len(synth.words_for(c) or ()) for c in clips)
    finally:
        fake.stop()
        player.close()
        os.environ.pop(NATURAL_ENDPOINT_ENV, None)
    streaming = statistics.median(runs)
    print(
        f"natural voice, first audio, streaming: {streaming * 1000:.0f} ms "
        f"(reference, synthesize-all-then-play: {batch * 1000:.0f} ms; "
        f"fake service +{LATENCY * 1000:.0f} ms/request; {len(clips)} sentences, {marks} word marks)"
    )
    print(f"natural voice ratio: {batch / streaming:.1f}x (target >= 10x)")


if __name__ == "__main__":
    raise SystemExit(main())
