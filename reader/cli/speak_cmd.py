"""``article-reader speak SOURCE -o article.mp3``: the article read aloud into one MP3 + .srt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader.cli.output import check_target, say_error, say_notice, say_notices
from reader.errors import Notice, ReaderError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", nargs="?", help="file, URL or - for stdin")
    parser.add_argument("-o", "--output", help="the MP3 file to write (a .srt is written beside it)")
    parser.add_argument(
        "--engine",
        choices=("auto", "natural", "google", "espeak"),
        help="speech engine (default: the tts_engine setting; auto = natural if accepted, then Google, "
        "then the offline voice; natural sends each sentence's text to Microsoft)",
    )
    parser.add_argument(
        "--voice",
        help="a natural voice such as ko-KR-SunHiNeural (means --engine natural); see --list-voices",
    )
    parser.add_argument("--pitch", type=int, help="natural voice pitch in Hz, -50 to 50 (default: tts_pitch)")
    parser.add_argument(
        "--list-voices",
        action="store_true",
        help="list the natural voices for --lang (default: Korean, English)",
    )
    parser.add_argument(
        "--word-srt",
        action="store_true",
        help="also write a .words.srt timed per word (natural voice, espeak-ng)",
    )
    parser.add_argument(
        "--rate", type=float, help="speed 0.5-3.0, pitch kept (default: the tts_rate setting)"
    )
    parser.add_argument("--lang", help="language of the voice (default: the article's)")
    parser.add_argument("--pause", type=float, help="pause between paragraphs in seconds, 0-2")
    parser.add_argument("--no-srt", action="store_true", help="do not write the .srt transcript")
    parser.add_argument(
        "--captions",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read image captions after their paragraph (default: the tts_read_captions setting)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")


def _engine_name(args: argparse.Namespace, settings: Any) -> str:
    from reader.speech.voices import valid_name

    if args.voice is not None and not valid_name(args.voice):
        raise ReaderError(f"--voice: {args.voice!r} is not a natural voice name (see --list-voices)")
    if args.pitch is not None and not -50 <= args.pitch <= 50:
        raise ReaderError(f"--pitch must be between -50 and 50 Hz (got {args.pitch})")
    name = args.engine or ("natural" if args.voice else str(settings.get("tts_engine")))
    if args.voice and name in ("google", "espeak"):
        raise ReaderError(f"--voice is for the natural voice, not --engine {name}")
    return name


def list_voices(args: argparse.Namespace, ctx: Any) -> int:
    """The natural voices per language, the chosen one marked; the list is refreshed when stale."""
    from reader.speech.engines.base import primary_lang
    from reader.speech.voices import VoiceCatalog, chosen_voices

    catalog = VoiceCatalog(ctx.paths.cache_dir)
    if not catalog.refresh_if_stale():
        which = "the list kept from" if catalog.from_service else "the built-in list instead of"
        say_error(f"the voice list could not be fetched; showing {which} the service's")
    chosen = chosen_voices(ctx.settings)
    langs = [args.lang] if args.lang else ["ko", "en"]
    for lang in langs:
        voices = catalog.for_language(lang)
        if not voices:
            say_error(f"no natural voice speaks '{lang}'")
            continue
        default = catalog.default_for(lang)
        pick = chosen.get(primary_lang(lang)) or (default.name if default else "")
        for v in voices:
            mark = "*" if v.name == pick else " "
            print(f"{mark} {v.name:<36} {v.gender or '-':<6} {v.person}")
    return 0


def run(args: argparse.Namespace, ctx: Any) -> int:
    from reader.articles import load_article
    from reader.speech.engines import make_engine
    from reader.speech.export import check_writable, export_audio, srt_path_for, word_srt_path_for
    from reader.speech.synth import Synthesizer

    settings = ctx.settings
    if args.list_voices:
        return list_voices(args, ctx)
    if not args.source:
        raise ReaderError("a SOURCE to read is needed (a file, a URL or - for stdin)")
    if not args.output:
        raise ReaderError("-o/--output is needed: the MP3 file to write")
    # the settings' values are valid by construction (reader.settings); only an option can be out of range
    rate = float(settings.get("tts_rate"))
    if args.rate is not None:
        rate = args.rate
        if not 0.5 <= rate <= 3.0:
            raise ReaderError(
                f"--rate must be between 0.5 and 3.0 (got {rate:g})",
                code="option.range",
                params={"option": "--rate", "min": 0.5, "max": 3.0},
            )
    pause = float(settings.get("tts_paragraph_pause"))
    if args.pause is not None:
        pause = args.pause
        if not 0.0 <= pause <= 2.0:
            raise ReaderError(
                f"--pause must be between 0 and 2 seconds (got {pause:g})",
                code="option.range",
                params={"option": "--pause", "min": 0.0, "max": 2.0},
            )
    name = _engine_name(args, settings)
    out = Path(args.output)
    if out.suffix.lower() != ".mp3":
        raise ReaderError(
            f"the output must be an .mp3 file (got {out.name})",
            code="output.extension",
            params={"extension": ".mp3"},
        )
    check_target(out, [args.source], ctx.paths)
    if not args.no_srt:
        check_target(srt_path_for(out), [args.source], ctx.paths)
    if args.word_srt:
        check_target(word_srt_path_for(out), [args.source], ctx.paths)
    check_writable(out)
    article = load_article(args.source)
    say_notices(getattr(article, "notices", ()))

    def notice(message: Notice) -> None:
        say_error(message.text)

    engine = make_engine(name, ctx, on_notice=notice, voice=args.voice, pitch=args.pitch)
    cache = ctx.audio_cache()
    lexicon = ctx.lexicon()
    for problem in lexicon.warnings:  # a damaged dictionary was set aside: reading goes on without it
        say_notice(problem)
    synth = Synthesizer(engine, cache)
    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rreading sentence {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    try:
        result = export_audio(
            article,
            out,
            synth,
            rate=rate,
            lang=args.lang,
            lexicon=lexicon,
            paragraph_pause=pause,
            write_srt=not args.no_srt,
            word_srt=args.word_srt,
            read_captions=bool(settings.get("tts_read_captions")) if args.captions is None else args.captions,
            progress=progress,
        )
    finally:
        if cache.problem is not None:  # a read-only, full or misplaced cache: the export still works
            say_notice(cache.problem)
    minutes, seconds = divmod(round(result.seconds), 60)
    extra = f" and {result.srt}" if result.srt else ""
    if result.word_srt:
        extra += f" and {result.word_srt}"
    print(f"wrote {result.mp3}{extra}: {result.sentences} sentences, {minutes}:{seconds:02d}")
    return 0
