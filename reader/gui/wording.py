"""The words for the core's errors and notices, in the interface language.

The Qt-free core reports what went wrong as a value: a stable code ("source.not_found"), its
parameters, and one English sentence for the command line and the log (reader.errors). This is
the window's one table from code to sentence, marked for the catalogue in the context "Messages"
and translated when shown, so a Korean reader reads Korean and a switch of language rewords a
message already on screen. A code the table does not know yet falls back to the core's English.

Two refinements keep the sentences specific without English leaking through parameters:

- a *variant* ``code#value`` picks a wording by one parameter (an HTTP status, a file kind, a
  system error name such as ENOSPC), falling back to the code's own wording;
- a ``cause`` (a notice under a notice: "Google is unreachable" under "read with the offline
  voice") is worded first and given to the outer sentence as ``{cause}``.

Free-text parameters the system writes in English (``reason``, ``detail``) are used only by the
English fallback, never by a wording: the Korean sentence says what it can say in Korean.

Sources are named by the sentence around an opening error ("Could not open {source}: …"), so the
wordings of ``source.*`` and ``article.*`` say only what is wrong, not which file.
"""

# ruff: noqa: E501  (a table of sentences reads best one per line)
from __future__ import annotations

import logging
import string
from collections.abc import Callable, Iterator, Mapping

from reader.errors import Notice, Param, ReaderError
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

Worded = Callable[[], str]
"""A message worded when shown (and again after a change of language)."""

Text = str | Worded


WORDS: dict[str, str] = {
    # -- opening: what is wrong with the source (the sentence around it names the source) --------
    "source.none": QT_TRANSLATE_NOOP("Messages", "no file or web address was given"),
    "source.bad_address": QT_TRANSLATE_NOOP("Messages", "this is not a valid web address"),
    "source.remote_file": QT_TRANSLATE_NOOP(
        "Messages", "it points to a file on another computer ({host}), which cannot be read"
    ),
    "source.scheme": QT_TRANSLATE_NOOP(
        "Messages", "a “{scheme}:” address cannot be opened; give a web address (http or https), a saved page or a text file"
    ),
    "source.not_found": QT_TRANSLATE_NOOP("Messages", "there is no such file"),
    "source.permission": QT_TRANSLATE_NOOP("Messages", "you do not have permission to read this file"),
    "source.folder": QT_TRANSLATE_NOOP(
        "Messages", "this is a folder, not a file; choose a saved page (.html, .mhtml) or a text file"
    ),
    "source.fifo": QT_TRANSLATE_NOOP("Messages", "this is a named pipe, not a file"),
    "source.device": QT_TRANSLATE_NOOP("Messages", "this is a device, not a file"),
    "source.socket": QT_TRANSLATE_NOOP("Messages", "this is a socket, not a file"),
    "source.not_a_file": QT_TRANSLATE_NOOP("Messages", "this is not an ordinary file"),
    "source.unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read"),
    "source.unreadable#EIO": QT_TRANSLATE_NOOP(
        "Messages", "the file cannot be read: the disk reported an input/output error"
    ),
    "source.no_stdin": QT_TRANSLATE_NOOP("Messages", "there is no standard input to read"),
    "source.stdin_terminal": QT_TRANSLATE_NOOP(
        "Messages", "standard input is a terminal; pipe a page into it"
    ),
    "source.too_large": QT_TRANSLATE_NOOP(
        "Messages", "the page is larger than {limit_mb} MB, more than a news article can be; it was not read"
    ),
    "source.empty": QT_TRANSLATE_NOOP("Messages", "the page is empty"),
    "source.too_deep": QT_TRANSLATE_NOOP("Messages", "the page is nested too deeply to be read as an article"),
    "source.unsupported": QT_TRANSLATE_NOOP("Messages", "this is not a web page or a text file"),
    "source.unsupported#pdf": QT_TRANSLATE_NOOP(
        "Messages", "this is a PDF document, not a web page; open it in a PDF viewer"
    ),
    "source.unsupported#image": QT_TRANSLATE_NOOP("Messages", "this is an image, not a web page"),
    "source.unsupported#audio": QT_TRANSLATE_NOOP("Messages", "this is a sound file, not a web page"),
    "source.unsupported#video": QT_TRANSLATE_NOOP("Messages", "this is a video, not a web page"),
    "source.unsupported#archive": QT_TRANSLATE_NOOP(
        "Messages", "this is a compressed archive, not a web page; unpack it first"
    ),
    "source.unsupported#document": QT_TRANSLATE_NOOP(
        "Messages", "this is an office document or e-book, not a web page"
    ),
    "source.unsupported#program": QT_TRANSLATE_NOOP("Messages", "this is a program, not a web page"),
    "source.unsupported#database": QT_TRANSLATE_NOOP("Messages", "this is a database, not a web page"),
    "source.unsupported#script": QT_TRANSLATE_NOOP(
        "Messages", "this is a script or style sheet, not a web page"
    ),
    "source.unsupported#data": QT_TRANSLATE_NOOP("Messages", "this is data for programs, not a web page"),
    "source.bad_compression": QT_TRANSLATE_NOOP(
        "Messages", "the page is compressed data that could not be unpacked"
    ),
    "source.truncated": QT_TRANSLATE_NOOP(
        "Messages", "the page was cut off before its end; try again"
    ),
    "source.mhtml": QT_TRANSLATE_NOOP("Messages", "this is not a usable MHTML archive (no web page in it)"),
    "source.internal": QT_TRANSLATE_NOOP("Messages", "an unexpected error stopped the reading"),
    "page.too_many_elements": QT_TRANSLATE_NOOP(
        "Messages", "the page has more than {limit} elements, too many to read as an article"
    ),
    "extract.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "the article extractor cannot load its {module} library; reinstall the program (article-reader doctor checks it)"
    ),
    # -- opening: the network -----------------------------------------------------------------
    "source.no_server": QT_TRANSLATE_NOOP(
        "Messages", "the server {host} could not be found; check the address and your internet connection"
    ),
    "source.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "{host} could not be reached; check your internet connection"
    ),
    "source.unreachable#ENETUNREACH": QT_TRANSLATE_NOOP(
        "Messages", "{host} could not be reached: this computer is not connected to a network"
    ),
    "source.refused": QT_TRANSLATE_NOOP("Messages", "{host} refused the connection; the server may be down"),
    "source.timeout": QT_TRANSLATE_NOOP("Messages", "{host} did not answer within {timeout} seconds"),
    "source.too_slow": QT_TRANSLATE_NOOP(
        "Messages", "{host} is answering too slowly: the page did not arrive within {total} seconds"
    ),
    "source.connection_closed": QT_TRANSLATE_NOOP(
        "Messages", "{host} closed the connection before sending the whole page; try again"
    ),
    "source.bad_http": QT_TRANSLATE_NOOP("Messages", "{host} sent an answer that is not a web page"),
    "source.tls": QT_TRANSLATE_NOOP(
        "Messages", "the secure connection to {host} failed: its certificate could not be trusted"
    ),
    "source.encoding": QT_TRANSLATE_NOOP("Messages", "{host} sent the page in a form that cannot be read"),
    "source.http_status": QT_TRANSLATE_NOOP("Messages", "{host} could not give the page (HTTP {status})"),
    "source.http_status#401": QT_TRANSLATE_NOOP("Messages", "{host} asks for a login (HTTP 401)"),
    "source.http_status#403": QT_TRANSLATE_NOOP("Messages", "{host} refused access to the page (HTTP 403)"),
    "source.http_status#404": QT_TRANSLATE_NOOP("Messages", "{host} has no page at this address (HTTP 404)"),
    "source.http_status#410": QT_TRANSLATE_NOOP("Messages", "{host} says the page has been removed (HTTP 410)"),
    "source.http_status#429": QT_TRANSLATE_NOOP(
        "Messages", "{host} says too many requests were made; try again later (HTTP 429)"
    ),
    "source.http_status#500": QT_TRANSLATE_NOOP("Messages", "{host} had an internal problem (HTTP 500)"),
    "source.http_status#502": QT_TRANSLATE_NOOP("Messages", "{host} had an internal problem (HTTP 502)"),
    "source.http_status#503": QT_TRANSLATE_NOOP(
        "Messages", "{host} is not available just now; try again later (HTTP 503)"
    ),
    "source.redirect_empty": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a redirect without saying where to (HTTP {status})"
    ),
    "source.redirect_loop": QT_TRANSLATE_NOOP(
        "Messages", "{host} keeps redirecting, so the page cannot be opened"
    ),
    "source.bad_redirect": QT_TRANSLATE_NOOP("Messages", "{host} redirected to an address that is not valid"),
    "source.redirect_scheme": QT_TRANSLATE_NOOP(
        "Messages", "{host} redirected to a “{scheme}:” address, which is not a web page"
    ),
    "source.failed": QT_TRANSLATE_NOOP("Messages", "the page could not be loaded"),
    "source": QT_TRANSLATE_NOOP("Messages", "the page could not be read"),
    "image.refused": QT_TRANSLATE_NOOP("Messages", "an image is not fetched from this address"),
    "image.not_image": QT_TRANSLATE_NOOP("Messages", "the server sent something other than an image"),
    # -- opening: the page has no article -------------------------------------------------------
    "article.none": QT_TRANSLATE_NOOP("Messages", "no article was found on this page"),
    "article.empty": QT_TRANSLATE_NOOP("Messages", "the page is empty"),
    "article.binary": QT_TRANSLATE_NOOP("Messages", "this is not a web page"),
    "article.too_deep": QT_TRANSLATE_NOOP("Messages", "the page is nested too deeply to be read as an article"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "opening was cancelled"),
    # -- notices about an article ---------------------------------------------------------------
    "decode.replaced": QT_TRANSLATE_NOOP(
        "Messages", "Some characters of this page could not be read as {encoding} and are shown as �."
    ),
    # -- settings, folders and the program's own files -----------------------------------------
    "settings.reset": QT_TRANSLATE_NOOP(
        "Messages", "The settings file could not be read; defaults are in use. It was kept as {kept_as}."
    ),
    "settings.reset#": QT_TRANSLATE_NOOP(
        "Messages", "The settings file could not be read; defaults are in use."
    ),
    "settings.values_fixed": QT_TRANSLATE_NOOP(
        "Messages", "Some settings had values this program cannot use and were reset or brought into range: {names}."
    ),
    "settings.not_saved": QT_TRANSLATE_NOOP(
        "Messages", "Settings cannot be saved to {folder}; changes last until the program closes."
    ),
    "lexicon.reset": QT_TRANSLATE_NOOP(
        "Messages",
        "The pronunciation dictionary could not be read; reading aloud goes on without it. It was kept as {kept_as}.",
    ),
    "lexicon.reset#": QT_TRANSLATE_NOOP(
        "Messages", "The pronunciation dictionary could not be read; reading aloud goes on without it."
    ),
    "paths.config_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The config folder {folder} cannot be used; settings last until the program closes."
    ),
    "paths.data_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The data folder {folder} cannot be used; the library cannot keep articles."
    ),
    "paths.cache_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The cache folder {folder} cannot be used; pages and speech are not kept for next time."
    ),
    "audio_cache.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The speech cache in {folder} cannot be used; sentences read now are not kept for next time."
    ),
    # -- writing files ---------------------------------------------------------------------------
    "output.failed": QT_TRANSLATE_NOOP("Messages", "{path} could not be written"),
    "output.failed#ENOSPC": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: the disk is full"),
    "output.failed#EDQUOT": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: the disk quota is used up"),
    "output.failed#EACCES": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: you do not have permission to write there"
    ),
    "output.failed#EPERM": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: you do not have permission to write there"
    ),
    "output.failed#EROFS": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: the disk is read-only"),
    "output.failed#ENAMETOOLONG": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: the file name is too long"
    ),
    "output.failed#EIO": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: the disk reported an input/output error"
    ),
    "output.permission": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: you do not have permission to write there"
    ),
    "output.no_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written: the folder {folder} does not exist"
    ),
    "output.not_a_folder": QT_TRANSLATE_NOOP("Messages", "{path} is not a folder"),
    "output.blocked": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: {folder} is a file, not a folder"),
    "output.is_folder": QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give a file name"),
    "output.is_fifo": QT_TRANSLATE_NOOP("Messages", "{path} is a named pipe, not a file"),
    "output.is_device": QT_TRANSLATE_NOOP("Messages", "{path} is a device, not a file"),
    "output.is_socket": QT_TRANSLATE_NOOP("Messages", "{path} is a socket, not a file"),
    "output.not_a_file": QT_TRANSLATE_NOOP("Messages", "{path} is not an ordinary file"),
    "output.is_source": QT_TRANSLATE_NOOP(
        "Messages", "{path} is the page being read; give the output another name"
    ),
    "output.is_own_file": QT_TRANSLATE_NOOP(
        "Messages", "{path} is one of article-reader's own files (the library or the settings); give the output another name"
    ),
    "output": QT_TRANSLATE_NOOP("Messages", "the file could not be written"),
    "export.format": QT_TRANSLATE_NOOP("Messages", "“{format}” is not an export format; use HTML or Markdown"),
    "import.not_a_folder": QT_TRANSLATE_NOOP("Messages", "{folder} is not a folder"),
    # -- the library -----------------------------------------------------------------------------
    "library": QT_TRANSLATE_NOOP("Messages", "the library could not be used"),
    "library.error": QT_TRANSLATE_NOOP("Messages", "the library {path} could not be used"),
    "library.closed": QT_TRANSLATE_NOOP("Messages", "the library is closed"),
    "library.busy": QT_TRANSLATE_NOOP(
        "Messages", "the library is in use by another window or program; try again"
    ),
    "library.disk_full": QT_TRANSLATE_NOOP("Messages", "the disk holding the library is full; nothing was changed"),
    "library.read_only": QT_TRANSLATE_NOOP(
        "Messages", "the library {path} can only be read here: saved articles open, but nothing can be saved"
    ),
    "library.read_only_upgrade": QT_TRANSLATE_NOOP(
        "Messages", "the library {path} needs an update this program cannot write here, so it is not opened"
    ),
    "library.cannot_write": QT_TRANSLATE_NOOP("Messages", "the library {path} cannot be written"),
    "library.cannot_open": QT_TRANSLATE_NOOP("Messages", "the library {path} cannot be opened"),
    "library.folder": QT_TRANSLATE_NOOP("Messages", "the folder of the library {path} cannot be used"),
    "library.damaged": QT_TRANSLATE_NOOP(
        "Messages", "the library {path} is damaged; it was left untouched — move it aside to start a new library"
    ),
    "library.not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a library file (a folder or a named pipe stands there); move it aside to start a new library"
    ),
    "library.foreign": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a database, but not this program's library; it was left untouched"
    ),
    "library.too_new": QT_TRANSLATE_NOOP(
        "Messages", "the library {path} was written by a newer version of this program; update it to open the library"
    ),
    "library.no_such_id": QT_TRANSLATE_NOOP("Messages", "no saved article has the number {id}"),
    "library.no_such_history": QT_TRANSLATE_NOOP("Messages", "that history entry is gone"),
    "library.history_empty": QT_TRANSLATE_NOOP("Messages", "that history entry has nothing left to save"),
    "library.already_deleted": QT_TRANSLATE_NOOP("Messages", "some articles were already deleted"),
    "library.sort": QT_TRANSLATE_NOOP("Messages", "the library cannot be sorted that way"),
    # -- reading aloud (variants by the engine: "google", "natural", "espeak") --------------------
    "speech.fallback": QT_TRANSLATE_NOOP("Messages", "{cause}; reading with another voice instead."),
    "speech.fallback#espeak": QT_TRANSLATE_NOOP("Messages", "{cause}; reading with the offline voice (espeak-ng) instead."),
    "speech.fallback#google": QT_TRANSLATE_NOOP("Messages", "{cause}; reading with Google's voice instead."),
    "speech.restored": QT_TRANSLATE_NOOP("Messages", "The voice answers again; reading with it."),
    "speech.restored#google": QT_TRANSLATE_NOOP("Messages", "Google's voice answers again; reading with it."),
    "speech.restored#natural": QT_TRANSLATE_NOOP("Messages", "The natural voice (Microsoft) answers again; reading with it."),
    "speech.unreachable": QT_TRANSLATE_NOOP("Messages", "the voice cannot be reached (no connection, or it took too long)"),
    "speech.unreachable#google": QT_TRANSLATE_NOOP("Messages", "Google's voice cannot be reached (no connection, or it took too long)"),
    "speech.unreachable#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) cannot be reached (no connection, or it took too long)"),
    "speech.timeout": QT_TRANSLATE_NOOP("Messages", "the voice did not answer in time"),
    "speech.timeout#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) did not answer in time"),
    "speech.refused": QT_TRANSLATE_NOOP("Messages", "the voice refused the request"),
    "speech.refused#google": QT_TRANSLATE_NOOP("Messages", "Google's voice refused the request"),
    "speech.refused#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) refused the request"),
    "speech.server": QT_TRANSLATE_NOOP("Messages", "the voice's server had a problem"),
    "speech.server#google": QT_TRANSLATE_NOOP("Messages", "Google's voice had a problem on its server"),
    "speech.server#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) had a problem on its server"),
    "speech.no_audio": QT_TRANSLATE_NOOP("Messages", "the voice answered without sound"),
    "speech.no_audio#google": QT_TRANSLATE_NOOP("Messages", "Google's voice answered without sound"),
    "speech.no_audio#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) answered without sound"),
    "speech.dropped": QT_TRANSLATE_NOOP("Messages", "the voice's connection dropped while it spoke"),
    "speech.malformed": QT_TRANSLATE_NOOP("Messages", "the voice sent an answer that cannot be used"),
    "speech.resting": QT_TRANSLATE_NOOP("Messages", "the voice is resting after repeated failures (it is tried again in {seconds} s)"),
    "speech.resting#google": QT_TRANSLATE_NOOP("Messages", "Google's voice is resting after repeated failures (it is tried again in {seconds} s)"),
    "speech.resting#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) is resting after repeated failures (it is tried again in {seconds} s)"),
    "speech.endpoint": QT_TRANSLATE_NOOP("Messages", "the address set for the natural voice is not a WebSocket address"),
    "speech.language": QT_TRANSLATE_NOOP("Messages", "this voice does not speak the article's language ({lang})"),
    "speech.voice": QT_TRANSLATE_NOOP("Messages", "there is no natural voice called “{voice}”"),
    "speech.not_installed": QT_TRANSLATE_NOOP("Messages", "the offline voice is not installed (install the espeak-ng package)"),
    "speech.failed": QT_TRANSLATE_NOOP("Messages", "the voice failed"),
    "speech.failed#espeak": QT_TRANSLATE_NOOP("Messages", "the offline voice (espeak-ng) failed"),
    "speech.failed#natural": QT_TRANSLATE_NOOP("Messages", "the natural voice (Microsoft) failed"),
    "speech.unknown_engine": QT_TRANSLATE_NOOP("Messages", "there is no speech engine called “{name}”"),
    "speech.empty": QT_TRANSLATE_NOOP("Messages", "there is nothing to say"),
    "speech.engine_changed": QT_TRANSLATE_NOOP("Messages", "the voice changed while reading; try again"),
    "speech.synthesis_failed": QT_TRANSLATE_NOOP("Messages", "the sentence could not be turned into speech"),
    "speech.playback_failed": QT_TRANSLATE_NOOP("Messages", "playing the sound failed"),
    "speech.no_sox": QT_TRANSLATE_NOOP("Messages", "sox or ffmpeg is needed to process sound (install the sox package)"),
    "speech.tool_failed": QT_TRANSLATE_NOOP("Messages", "the sound tool {tool} failed"),
    "speech.no_encoder": QT_TRANSLATE_NOOP("Messages", "no MP3 encoder was found (install lame or ffmpeg)"),
    "speech.no_text": QT_TRANSLATE_NOOP("Messages", "the article has no text to read aloud"),
    "speech.export_cancelled": QT_TRANSLATE_NOOP("Messages", "the export was cancelled; nothing was written"),
    "audio.no_device": QT_TRANSLATE_NOOP("Messages", "there is no sound device; read-aloud can still export MP3"),
    "audio.bad_clip": QT_TRANSLATE_NOOP("Messages", "a sound clip ({name}) could not be played"),
    # -- printing --------------------------------------------------------------------------------
    "print.nothing": QT_TRANSLATE_NOOP("Messages", "There is nothing to print: this article has no text."),
    "print.nothing_selected": QT_TRANSLATE_NOOP("Messages", "There is nothing to print: the selection has no text."),
    "print.no_room": QT_TRANSLATE_NOOP("Messages", "The margins leave no room for text on this paper size."),
    "print.cannot_open": QT_TRANSLATE_NOOP("Messages", "The printer or file could not be opened for writing."),
    "image.undecodable": QT_TRANSLATE_NOOP("Messages", "the image could not be decoded"),
    "error": QT_TRANSLATE_NOOP("Messages", "something went wrong"),
}  # fmt: skip

# The parameter whose value picks a variant wording (``code#value``) for each code that has some.
VARIANT_BY: dict[str, str] = {
    "source.unsupported": "kind",
    "source.http_status": "status",
    "source.unreadable": "errno",
    "source.unreachable": "errno",
    "output.failed": "errno",
    "speech.fallback": "to",
    "speech.restored": "to",
    "speech.unreachable": "engine",
    "speech.timeout": "engine",
    "speech.refused": "engine",
    "speech.server": "engine",
    "speech.no_audio": "engine",
    "speech.resting": "engine",
    "speech.failed": "engine",
    "settings.reset": "kept_as",  # empty (so "settings.reset#"): the old file could not be kept
    "lexicon.reset": "kept_as",
}


# The settings by the names a reader knows them by (a notice lists the ones it had to reset).
SETTING_NAMES: dict[str, str] = {
    "font_size": QT_TRANSLATE_NOOP("Messages", "text size"),
    "font_family": QT_TRANSLATE_NOOP("Messages", "font"),
    "font_preset": QT_TRANSLATE_NOOP("Messages", "font style"),
    "line_height": QT_TRANSLATE_NOOP("Messages", "line height"),
    "content_width": QT_TRANSLATE_NOOP("Messages", "column width"),
    "justify": QT_TRANSLATE_NOOP("Messages", "justified text"),
    "paragraph_spacing": QT_TRANSLATE_NOOP("Messages", "paragraph spacing"),
    "letter_spacing": QT_TRANSLATE_NOOP("Messages", "letter spacing"),
    "word_spacing": QT_TRANSLATE_NOOP("Messages", "word spacing"),
    "line_focus": QT_TRANSLATE_NOOP("Messages", "line focus"),
    "line_focus_lines": QT_TRANSLATE_NOOP("Messages", "lines in focus"),
    "theme": QT_TRANSLATE_NOOP("Messages", "colours"),
    "ui_language": QT_TRANSLATE_NOOP("Messages", "interface language"),
    "show_images": QT_TRANSLATE_NOOP("Messages", "images"),
    "recent_sources": QT_TRANSLATE_NOOP("Messages", "recent articles"),
    "window_geometry": QT_TRANSLATE_NOOP("Messages", "window position"),
    "font_notice_shown": QT_TRANSLATE_NOOP("Messages", "font notice"),
    "tts_engine": QT_TRANSLATE_NOOP("Messages", "voice"),
    "tts_natural_consent": QT_TRANSLATE_NOOP("Messages", "consent to the natural voice"),
    "tts_natural_voices": QT_TRANSLATE_NOOP("Messages", "natural voices"),
    "tts_pitch": QT_TRANSLATE_NOOP("Messages", "voice pitch"),
    "tts_highlight_unit": QT_TRANSLATE_NOOP("Messages", "highlighting by word or sentence"),
    "tts_rate": QT_TRANSLATE_NOOP("Messages", "reading speed"),
    "tts_volume": QT_TRANSLATE_NOOP("Messages", "reading volume"),
    "tts_paragraph_pause": QT_TRANSLATE_NOOP("Messages", "pause between paragraphs"),
    "tts_highlight": QT_TRANSLATE_NOOP("Messages", "highlighting the sentence read"),
    "tts_highlight_style": QT_TRANSLATE_NOOP("Messages", "highlight style"),
    "tts_follow": QT_TRANSLATE_NOOP("Messages", "keeping the sentence in view"),
    "tts_read_captions": QT_TRANSLATE_NOOP("Messages", "reading captions"),
    "tts_cache_mb": QT_TRANSLATE_NOOP("Messages", "speech cache size"),
    "tts_google_tld": QT_TRANSLATE_NOOP("Messages", "Google voice region"),
    "print_font_size": QT_TRANSLATE_NOOP("Messages", "print type size"),
    "print_follow_reader": QT_TRANSLATE_NOOP("Messages", "print size following the screen"),
    "print_large": QT_TRANSLATE_NOOP("Messages", "large print"),
    "print_font_style": QT_TRANSLATE_NOOP("Messages", "print font style"),
    "print_paper": QT_TRANSLATE_NOOP("Messages", "paper size"),
    "print_orientation": QT_TRANSLATE_NOOP("Messages", "page orientation"),
    "print_images": QT_TRANSLATE_NOOP("Messages", "printing images"),
    "print_captions": QT_TRANSLATE_NOOP("Messages", "printing captions"),
    "print_margins_mm": QT_TRANSLATE_NOOP("Messages", "page margins"),
    "library_panel": QT_TRANSLATE_NOOP("Messages", "library panel"),
}

# Parameters that hold a comma-separated list of names the window words one by one.
NAME_LISTS: dict[str, dict[str, str]] = {"names": SETTING_NAMES}


class _Params(Mapping[str, str]):
    """The parameters as the wording shows them: numbers without trailing zeros."""

    def __init__(self, params: Mapping[str, Param]) -> None:
        self._p = params

    def __getitem__(self, key: str) -> str:
        value = self._p[key]
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._p)

    def __len__(self) -> int:
        return len(self._p)


def template_for(code: str, params: Mapping[str, Param]) -> str | None:
    """The untranslated wording for ``code`` with ``params`` (a variant when one fits), or None."""
    key = VARIANT_BY.get(code)
    if key is not None:
        value = params.get(key, "")
        variant = WORDS.get(f"{code}#{value}")
        if variant is not None:
            return variant
    return WORDS.get(code)


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def word(value: ReaderError | Notice) -> str:
    """``value`` in the interface language; the core's English sentence for a code not in the table."""
    notice = value.notice() if isinstance(value, ReaderError) else value
    template = template_for(notice.code, notice.params)
    if template is None:
        log.info("no wording for the code %r; showing the English sentence", notice.code)
        return notice.text
    params: dict[str, Param] = dict(notice.params)
    if notice.cause is not None:
        params["cause"] = word(notice.cause)
    for key, names in NAME_LISTS.items():
        if isinstance(params.get(key), str):
            items = [n.strip() for n in str(params[key]).split(",") if n.strip()]
            params[key] = ", ".join(translate("Messages", names[n]) if n in names else n for n in items)
    try:
        return translate("Messages", template).format_map(_Params(params))
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("the wording of %r does not fit its parameters (%s)", notice.code, exc)
        return notice.text


def worded(value: ReaderError | Notice) -> Worded:
    """``value`` worded when shown: the message bar words it again after a change of language."""
    return lambda: word(value)


def text_of(text: Text) -> str:
    return text() if callable(text) else text
