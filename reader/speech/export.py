"""An article as one MP3 with ID3 tags and chapters, plus an .srt transcript timed per sentence.

Every sentence clip (MP3 from Google at 24 kHz, WAV from espeak-ng at 22.05 kHz, stretched WAV
when the speed is not 1×) is decoded to one PCM format and the whole is encoded once with lame
(ffmpeg when lame is missing): MP3 frames of different sample rates cannot simply be joined, and
one encode also gives exact timings for the chapters and subtitles. Both files are written to
temporary names and moved into place at the end, so a failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import itertools
import logging
import re
import shutil
import tempfile
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles.model import Article, Heading
from reader.atomicio import atomic_writer, check_output
from reader.errors import OutputError, ReaderError, os_reason
from reader.speech.audio import run, transcode_wav
from reader.speech.engines.base import EngineError
from reader.speech.engines.marks import word_cues
from reader.speech.lexicon import Lexicon
from reader.speech.sentences import Sentence, article_lang, split_article
from reader.speech.session import paragraph_extra
from reader.speech.synth import Synthesizer

log = logging.getLogger(__name__)

SAMPLE_RATE = 24000
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

_SECTION_MARKER = re.compile(r"^\s*(?:<\s*[^<>]{1,80}\s*>|[■□◆◇▶►●]\s*\S.{0,80})\s*$")


class ExportCancelled(ReaderError):
    """The user cancelled the export; nothing was written."""

    exit_code = 130
    default_code = "speech.export_cancelled"


@dataclass
class Chapter:
    title: str
    start: float
    end: float = 0.0


@dataclass
class ExportResult:
    mp3: Path
    srt: Path | None
    sentences: int
    seconds: float
    chapters: list[Chapter] = field(default_factory=list)
    word_srt: Path | None = None


def srt_path_for(mp3: Path) -> Path:
    return mp3.with_suffix(".srt")


def word_srt_path_for(mp3: Path) -> Path:
    """The per-word transcript beside the sentence one (``article.words.srt``)."""
    return mp3.with_suffix(".words.srt")


def check_writable(out: Path) -> None:
    """Fail before any synthesis when the output cannot be written (reader.atomicio's one rule)."""
    check_output(out)


def export_audio(
    article: Article,
    out: Path,
    synthesizer: Synthesizer,
    *,
    rate: float = 1.0,
    lang: str | None = None,
    lexicon: Lexicon | None = None,
    sentence_pause: float = 0.25,
    paragraph_pause: float = 0.6,
    write_srt: bool = True,
    word_srt: bool = False,
    read_captions: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """Read ``article`` into ``out`` (MP3). Raises ReaderError subclasses with one clear sentence.

    ``word_srt``: also a ``.words.srt`` with a cue per word where the voice reports word timings
    (the natural voice, espeak-ng), the sentence whole where it does not (Google's voice, whose
    word times are only estimated); the sentence ``.srt`` is unchanged."""
    out = Path(out)
    check_writable(out)
    lang = lang or article_lang(article)
    split = split_article(article, lexicon=lexicon, read_captions=read_captions)
    sentences = [s for s in split if not s.skip]
    if not any(s.block_index >= 0 for s in sentences):  # a headline alone is not an article
        raise ReaderError("the article has no text to read aloud", code="speech.no_text")
    total = len(sentences)
    if progress:
        progress(0, total)
    with tempfile.TemporaryDirectory(prefix="ar-export-") as tmp_name:
        tmp = Path(tmp_name)
        wav_path = tmp / "all.wav"
        timings: list[tuple[Sentence, float, float]] = []
        word_timings: list[tuple[float, float, str]] = []
        chapters: list[Chapter] = []
        with wave.open(str(wav_path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            frames = 0
            for i, sentence in enumerate(sentences):
                if cancel is not None and cancel():
                    raise ExportCancelled("export cancelled; nothing was written")
                clip = synthesizer.clip_for(sentence.spoken, lang, rate)
                pcm = _decode(clip, tmp / f"s{i}.wav")
                start = frames / SAMPLE_RATE
                title = _chapter_title(article, sentence, chapters)
                if title is not None:
                    chapters.append(Chapter(title, start))
                wav.writeframes(pcm)
                frames += len(pcm) // 2
                timings.append((sentence, start, frames / SAMPLE_RATE))
                if word_srt:
                    marks = synthesizer.words_for(clip)
                    if marks and all(m.estimated for m in marks):
                        marks = None  # Google's words are only spread by length: the sentence whole
                    end = frames / SAMPLE_RATE
                    shown = sentence.transcript or sentence.text  # as the .srt words it: no credits
                    word_timings += word_cues(marks, sentence.spoken, shown, start, end)
                # a paragraph's pause comes on top of a sentence's, so the two are never confused
                pause = sentence_pause + (paragraph_extra(paragraph_pause) if sentence.paragraph_end else 0.0)
                if i < total - 1 and pause > 0:
                    silence = int(pause * SAMPLE_RATE)
                    wav.writeframes(b"\0\0" * silence)
                    frames += silence
                if progress:
                    progress(i + 1, total)
            seconds = frames / SAMPLE_RATE
        if cancel is not None and cancel():
            raise ExportCancelled("export cancelled; nothing was written")
        if not chapters:
            chapters.append(Chapter(article.title or "Article", 0.0))
        for a, b in itertools.pairwise(chapters):
            a.end = b.start
        chapters[-1].end = seconds
        mp3_tmp = tmp / "out.mp3"
        _encode_mp3(wav_path, mp3_tmp)
        _tag(mp3_tmp, article, chapters, seconds)
        srt = srt_path_for(out) if write_srt else None
        words_srt = word_srt_path_for(out) if word_srt else None
        existed = out.exists()
        try:
            _move_into_place(mp3_tmp, out)
            for path, text in ((srt, _srt(timings)), (words_srt, _cues_srt(word_timings))):
                if path is None:
                    continue
                srt_tmp = tmp / path.name
                srt_tmp.write_text(text, encoding="utf-8")
                try:
                    _move_into_place(srt_tmp, path)
                except OSError:
                    if not existed:
                        out.unlink(missing_ok=True)  # all or nothing
                    raise
        except OSError as exc:
            raise OutputError(
                f"cannot write {out}: {exc.strerror or exc}",
                code="output.failed",
                params={"path": str(out), **os_reason(exc)},
            ) from exc
    return ExportResult(out, srt, total, seconds, chapters, words_srt)


def _decode(path: Path, dst: Path) -> bytes:
    transcode_wav(path, dst, sample_rate=SAMPLE_RATE)
    with wave.open(str(dst), "rb") as w:
        return w.readframes(w.getnframes())


def _chapter_title(article: Article, sentence: Sentence, chapters: list[Chapter]) -> str | None:
    """A new chapter starts at the headline and at the first sentence of every section head."""
    if sentence.block_index == -1:
        return article.title.strip() if not chapters else None
    block = article.blocks[sentence.block_index]
    is_section = isinstance(block, Heading) or bool(_SECTION_MARKER.match(block.plain_text()))
    if is_section and sentence.start == _first_start(block.plain_text()):
        title = re.sub(r"^[<\s■□◆◇▶►●]+|[>\s]+$", "", block.plain_text())
        return title or block.plain_text()
    if not chapters:
        return article.title.strip() or "Article"
    return None


def _first_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _encode_mp3(wav: Path, mp3: Path) -> None:
    lame = shutil.which("lame")
    if lame:
        run([lame, "--quiet", "-b", "64", "-m", "m", str(wav), str(mp3)], timeout=600)
        return
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg:
        cmd = [ffmpeg, "-loglevel", "error", "-y", "-i", str(wav), "-codec:a", "libmp3lame", "-b:a", "64k"]
        run([*cmd, str(mp3)], timeout=600)
        return
    raise EngineError("no MP3 encoder found (install lame or ffmpeg)", code="speech.no_encoder")


def _tag(mp3: Path, article: Article, chapters: list[Chapter], seconds: float) -> None:
    from mutagen.id3 import CHAP, COMM, CTOC, ID3, TALB, TDRC, TIT2, TLEN, TPE1, TPUB, WOAS, CTOCFlags

    tags = ID3()
    tags.add(TIT2(encoding=3, text=article.title or "Article"))
    artist = article.site_name or ", ".join(article.authors)
    if artist:
        tags.add(TPE1(encoding=3, text=artist))
    if article.site_name:
        tags.add(TALB(encoding=3, text=article.site_name))
        tags.add(TPUB(encoding=3, text=article.site_name))
    date = _id3_date(article.published)
    if date:
        tags.add(TDRC(encoding=3, text=date))
    if article.url:
        tags.add(WOAS(url=article.url))
        tags.add(COMM(encoding=3, lang="und", desc="source", text=article.url))
    tags.add(TLEN(encoding=3, text=str(int(seconds * 1000))))
    ids = [f"chp{i}" for i in range(len(chapters))]
    tags.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text="Sections")],
        )
    )
    for cid, chapter in zip(ids, chapters, strict=True):
        tags.add(
            CHAP(
                element_id=cid,
                start_time=int(chapter.start * 1000),
                end_time=int(chapter.end * 1000),
                sub_frames=[TIT2(encoding=3, text=chapter.title)],
            )
        )
    tags.save(str(mp3))
    _order_chapter_frames(mp3)


def _order_chapter_frames(mp3: Path) -> None:
    """Put the CHAP frames in reading order inside the tag.

    mutagen writes frames sorted by size, so chapters came out as chp1, chp2, chp0, … and ffprobe and
    players that list chapters in frame order showed them shuffled. The tag mutagen wrote is ID3v2.4
    without unsynchronisation or an extended header, so its frames can be reordered in place.
    """
    data = bytearray(mp3.read_bytes())
    if data[:3] != b"ID3" or data[3] != 4 or data[5] & 0xC0:
        return
    size = _syncsafe(data[6:10])
    pos, end = 10, 10 + size
    frames: list[bytes] = []
    while pos + 10 <= end and data[pos] != 0:
        length = _syncsafe(data[pos + 4 : pos + 8])
        frames.append(bytes(data[pos : pos + 10 + length]))
        pos += 10 + length
    chaps = [f for f in frames if f[:4] == b"CHAP"]
    if len(chaps) < 2:
        return
    chaps.sort(key=lambda f: int.from_bytes(f[10:].split(b"\0", 1)[1][:4], "big"))  # start time, ms
    it = iter(chaps)
    ordered = [next(it) if f[:4] == b"CHAP" else f for f in frames]
    body = b"".join(ordered)
    data[10 : 10 + len(body)] = body
    mp3.write_bytes(bytes(data))


def _syncsafe(b: bytes | bytearray) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def _id3_date(published: str | None) -> str | None:
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def _srt_time(t: float) -> str:
    ms = round(t * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def _srt(timings: list[tuple[Sentence, float, float]]) -> str:
    parts = []
    for n, (sentence, start, end) in enumerate(timings, 1):
        text = " ".join((sentence.transcript or sentence.text).split())
        parts.append(f"{n}\n{_srt_time(start)} --> {_srt_time(end)}\n{text}\n")
    return "\n".join(parts)


def _cues_srt(cues: list[tuple[float, float, str]]) -> str:
    parts = [f"{n}\n{_srt_time(a)} --> {_srt_time(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, 1)]
    return "\n".join(parts)


def _move_into_place(src: Path, dst: Path) -> None:
    """Copy next to ``dst`` then rename, so ``dst`` is either the old file or the complete new one."""
    with open(src, "rb") as fin, atomic_writer(dst) as fh:  # reader.atomicio: the umask, symlinks, no devices
        shutil.copyfileobj(fin, fh)


__all__ = [
    "Chapter",
    "ExportCancelled",
    "ExportResult",
    "check_writable",
    "export_audio",
    "srt_path_for",
    "word_srt_path_for",
]
