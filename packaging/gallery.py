"""Render the real window under a virtual X display to PNGs: every theme, both languages, with the
player bar and the library open, on a 1366×768, an 800×600 and a 500×400 screen and at scale 2.

    python packaging/gallery.py -o gallery/            # all of them (about 50 PNGs, a few minutes)
    python packaging/gallery.py -o gallery/ --quick    # light and high contrast on 1366×768 only
    python packaging/gallery.py --screenshots          # the README's and the AppStream screenshots

Each screen is an Xvfb server with the openbox window manager, so the window is framed, placed
and maximised the way a desktop does it. Settings live in a throw-away folder, so the releaser's
own never show. Besides the PNGs it writes ``report.json``: for each shot the window's size, its
minimum size, any widget that lies outside the window or overlaps a sibling, and whether the
window changed its own width when read-aloud, the library or the settings dialog opened.

Needs Xvfb and openbox (packaging/system-deps.sh installs them); they are looked up on PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.layout_support import XServer, layout_problems  # noqa: E402  (the checkout's own helpers)

THEMES = ("light", "sepia", "dark", "contrast", "system")
LANGUAGES = ("ko", "en")
# name, screen size in device pixels, scale factor, whether the window is maximised
SCREENS: tuple[tuple[str, tuple[int, int], int, bool], ...] = (
    ("1366x768", (1366, 768), 1, True),
    ("800x600", (800, 600), 1, True),
    ("500x400", (500, 400), 1, True),
    ("scale2", (2732, 1536), 2, True),
    ("first", (1366, 768), 1, False),  # the size a new window opens at
)


def child_env(display: str, scale: int, base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        SDL_AUDIODRIVER="dummy",
        ARTICLE_READER_BASEDIR=str(base),
        PYTHONPATH=str(ROOT),
    )
    env.pop("WAYLAND_DISPLAY", None)
    if scale != 1:
        env["QT_SCALE_FACTOR"] = str(scale)
    else:
        env.pop("QT_SCALE_FACTOR", None)
    return env


def run_all(out: Path, screens: list[str], themes: tuple[str, ...], languages: tuple[str, ...]) -> list[Any]:
    out.mkdir(parents=True, exist_ok=True)
    results: list[Any] = []
    for name, size, scale, maximised in SCREENS:
        if name not in screens:
            continue
        with XServer(size) as x:
            for lang in languages:
                with tempfile.TemporaryDirectory() as base:
                    cmd = [
                        sys.executable, __file__, "--child", "-o", str(out), "--name", name, "--lang", lang,
                        "--themes", ",".join(themes), *(["--maximised"] if maximised else []),
                    ]  # fmt: skip
                    proc = subprocess.run(
                        cmd, env=child_env(x.display, scale, Path(base)), capture_output=True, text=True,
                        timeout=600,
                    )  # fmt: skip
                    if proc.returncode != 0:
                        sys.stderr.write(proc.stdout + proc.stderr)
                        raise SystemExit(f"the window for {name}/{lang} failed ({proc.returncode})")
                    results.extend(json.loads(proc.stdout.strip().splitlines()[-1]))
    (out / "report.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


# -- the child: one window, shown in every theme ------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from reader.context import AppContext
    from reader.gui.app import build_window
    from reader.paths import AppPaths, sample_article
    from reader.settings import Settings

    paths = AppPaths.from_basedir(Path(os.environ["ARTICLE_READER_BASEDIR"]))
    paths.ensure()
    settings = Settings.load(paths.settings_file)
    settings.set("ui_language", args.lang)
    settings.set("tts_engine", "espeak")  # the offline voice: no network here
    if args.shot:
        settings.set("font_size", args.font_size)
        settings.set("theme", args.themes.split(",")[0])
    ctx = AppContext(paths=paths, settings=settings)
    app, window = build_window(ctx)

    def spin(ms: int) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents()
            time.sleep(0.01)

    if args.shot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
    elif args.maximised:
        window.showMaximized()
    else:
        window.show()
    spin(600)
    other = "en" if args.lang == "ko" else "ko"
    window.open_article_now(str(sample_article(other)))
    spin(200)
    window.features.library.save_current()  # so the library lists something
    spin(400)
    window.open_article_now(str(sample_article(args.lang)))
    spin(300)
    window.features.library.save_current()
    spin(400)
    widths = {"shown": window.width()}
    window.actions["read"].trigger()
    speech = window.features.speech
    for _ in range(300):
        spin(20)
        if speech.current is not None and speech.current >= 1:
            break
    window.actions["read"].trigger()  # pause: the player bar stays, the highlight holds still
    spin(200)
    widths["read_aloud"] = window.width()
    if args.shot:
        if args.library:
            window.actions["library_panel"].setChecked(True)
        window.message_bar.dismiss()
        spin(600)
        window.view.verticalScrollBar().setValue(0)
        spin(300)
        window.grab().save(args.shot)
        window.close()
        spin(100)
        sys.stdout.write("[]\n")
        return
    if not window.actions["library_panel"].isChecked():
        window.actions["library_panel"].trigger()
    spin(500)
    widths["library"] = window.width()
    dialog = window.open_settings()
    spin(300)
    widths["settings"] = window.width()
    dialog.close()
    spin(200)
    window.message_bar.dismiss()

    results = []
    for theme in args.themes.split(","):
        settings.set("theme", theme)
        spin(400)
        stem = f"{args.lang}-{args.name}-{theme}"
        path = Path(args.out) / f"{stem}.png"
        frame = window.frameGeometry()
        screen = window.screen()
        shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        shot.save(str(path))
        results.append({
            "file": path.name, "screen": args.name, "lang": args.lang, "theme": theme,
            "window": [window.width(), window.height()],
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "widths": widths, "problems": layout_problems(window),
            "toolbar_overflow": list(window.chrome.fitting.overflowed),
            "player_level": speech.bar.level,
        })  # fmt: skip
    if args.name == "1366x768":
        results.extend(images_off_shot(window, args, spin))
    if args.name == "500x400":
        results.extend(popup_shots(window, args, spin))
    window.close()
    spin(100)
    sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    QApplication.quit()


def popup_shots(window: Any, args: argparse.Namespace, spin: Any) -> list[Any]:
    """What the narrow window tucks away: the player's speed, volume and voice panel, the More menu."""
    window.settings.set("theme", "light")
    window.actions["library_panel"].setChecked(False)
    spin(300)
    out = []
    bar = window.features.speech.bar
    if bar.more.isVisible():
        bar.more.click()
        spin(400)
        name = f"{args.lang}-500x400-player-panel.png"
        window.screen().grabWindow(0).save(str(Path(args.out) / name))
        out.append({"file": name, "lang": args.lang, "panel": bar.panel.isVisible()})
        bar.panel.hide()
        spin(100)
    more = window.chrome.fitting.more
    if more.isVisible():
        menu = window.chrome.fitting.more_menu
        window.chrome.fitting.show_more()
        spin(400)
        shot = f"{args.lang}-500x400-more-menu.png"
        window.screen().grabWindow(0).save(str(Path(args.out) / shot))
        out.append({"file": shot, "lang": args.lang, "items": [a.text() for a in menu.actions()]})
        menu.close()
    return out


def images_off_shot(window: Any, args: argparse.Namespace, spin: Any) -> list[Any]:
    """An article with photos, images off: each caption once, after a small mark."""
    from reader.articles.model import Article, Image, Paragraph

    ko = args.lang == "ko"
    caption = (
        "시립도서관 큰글자책 서가에서 책을 고르는 어르신들. [사진 출처 = 한빛일보]"
        if ko
        else "Readers choosing books at the library's large-print shelf. Photo: The Daily Example"
    )
    article = Article(
        title="사진이 있는 기사" if ko else "An article with photos",
        lang=args.lang,
        blocks=[
            Paragraph(("이미지를 끈 채로 읽습니다. " if ko else "Read with images off. ") * 6),
            Image("https://images.example/shelf.jpg", alt=caption, caption=caption),
            Paragraph(("사진 설명은 한 번만 보입니다. " if ko else "Each caption shows once. ") * 6),
            Image("https://images.example/x.jpg", alt="사진설명" if ko else "image", caption=""),
            Paragraph(("뜻 없는 대체 텍스트는 안 보입니다. " if ko else "Empty alt text is not shown. ") * 5),
            Image("https://images.example/y.jpg", alt="책 읽는 어린이" if ko else "A child reading"),
        ],
    )
    out = []
    for theme in ("light", "dark"):
        window.settings.set("theme", theme)
        window.show_article(article)
        spin(400)
        name = f"{args.lang}-images-off-{theme}.png"
        window.view.viewport().grab().save(str(Path(args.out) / name))
        out.append({"file": name, "lang": args.lang, "theme": theme, "text": window.view.toPlainText()})
    return out


# The committed screenshots: (file under the repository, language, theme, text size, library open).
SCREENSHOTS: tuple[tuple[str, str, str, int, bool], ...] = (
    ("packaging/screenshots/reader-ko.png", "ko", "light", 20, True),
    ("packaging/linux/screenshots/reader-ko.png", "ko", "light", 20, True),
    ("packaging/linux/screenshots/reader-en.png", "en", "light", 20, True),
    ("packaging/linux/screenshots/reader-ko-large-dark.png", "ko", "dark", 30, False),
)
SCREENSHOT_SIZE = (1280, 800)


def make_screenshots() -> None:
    """The window at 1280×800 (its inside, without the window manager's frame), as committed."""
    with XServer((1440, 960)) as x:
        for path, lang, theme, size, library in SCREENSHOTS:
            with tempfile.TemporaryDirectory() as base:
                cmd = [
                    sys.executable, __file__, "--child", "--shot", str(ROOT / path), "--lang", lang,
                    "--themes", theme, "--font-size", str(size), *(["--library"] if library else []),
                ]  # fmt: skip
                proc = subprocess.run(
                    cmd, env=child_env(x.display, 1, Path(base)), capture_output=True, text=True, timeout=600
                )
                if proc.returncode != 0:
                    sys.stderr.write(proc.stdout + proc.stderr)
                    raise SystemExit(f"the screenshot {path} failed ({proc.returncode})")
                sys.stdout.write(f"{path}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", default="gallery", help="folder for the PNGs and report.json")
    parser.add_argument("--quick", action="store_true", help="light and high contrast on 1366×768 only")
    parser.add_argument("--screens", default=",".join(s[0] for s in SCREENS))
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--langs", default=",".join(LANGUAGES))
    parser.add_argument("--screenshots", action="store_true", help="redo the committed screenshots")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--shot", default="", help=argparse.SUPPRESS)
    parser.add_argument("--font-size", type=int, default=20, help=argparse.SUPPRESS)
    parser.add_argument("--library", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--name", default="", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default="ko", help=argparse.SUPPRESS)
    parser.add_argument("--maximised", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return 0
    if args.screenshots:
        make_screenshots()
        return 0
    screens = ["1366x768"] if args.quick else args.screens.split(",")
    themes = ("light", "contrast") if args.quick else tuple(args.themes.split(","))
    results = run_all(Path(args.out), screens, themes, tuple(args.langs.split(",")))
    bad = [r for r in results if r.get("problems")]
    for r in results:
        if "window" in r:
            sys.stdout.write(
                f"{r['file']}: window {r['window'][0]}x{r['window'][1]}, minimum {r['minimum'][0]}x"
                f"{r['minimum'][1]}, widths {r['widths']}, more: {r['toolbar_overflow']}, "
                f"player level {r['player_level']}, problems {r['problems']}\n"
            )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
