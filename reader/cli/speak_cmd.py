"""``article-reader speak SOURCE -o article.mp3``: the article read aloud into one MP3 + .srt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader.cli.output import check_target, say_error, say_notice, say_notices
from reader.errors import Notice, ReaderError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="file, URL or - for stdin")
    parser.add_argument(
        "-o", "--output", required=True, help="the MP3 file to write (a .srt is written beside it)"
    )
    parser.add_argument(
        "--engine",
        choices=("auto", "google", "espeak"),
        help="speech engine (default: the tts_engine setting; auto = Google, offline voice on failure)",
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


def run(args: argparse.Namespace, ctx: Any) -> int:
    from reader.articles import load_article
    from reader.speech.engines import make_engine
    from reader.speech.export import check_writable, export_audio, srt_path_for
    from reader.speech.synth import Synthesizer

    settings = ctx.settings
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
    out = Path(args.output)
    if out.suffix.lower() != ".mp3":
        raise ReaderError(
            f"the output must be an .mp3 file (got {out.name})",
            code="output.extension",
            params={"extension": ".mp3"},
        )
    check_target(out)
    if not args.no_srt:
        check_target(srt_path_for(out))
    check_writable(out)
    article = load_article(args.source)
    say_notices(getattr(article, "notices", ()))

    def notice(value: Notice) -> None:
        say_error(value.text)

    engine = make_engine(args.engine or str(settings.get("tts_engine")), ctx, on_notice=notice)
    cache = ctx.audio_cache()
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
            lexicon=ctx.lexicon(),
            paragraph_pause=pause,
            write_srt=not args.no_srt,
            read_captions=bool(settings.get("tts_read_captions")) if args.captions is None else args.captions,
            progress=progress,
        )
    finally:
        if cache.problem is not None:  # a read-only, full or misplaced cache: the export still works
            say_notice(cache.problem)
    minutes, seconds = divmod(round(result.seconds), 60)
    extra = f" and {result.srt}" if result.srt else ""
    print(f"wrote {result.mp3}{extra}: {result.sentences} sentences, {minutes}:{seconds:02d}")
    return 0
