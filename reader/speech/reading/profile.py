"""What each voice needs beyond the shared notation: one profile per engine.

Every engine hears the same announcer's notation (reading.notation); a profile says what that
engine's voice still needs written out. Google's voice reads digits, Latin acronyms and sentence
punctuation right; espeak-ng does not, so its profile writes numbers and acronyms in Hangul and
keeps sentence-final falls out of the middle of a sentence. A new engine adds a profile here
(measured: leave alone only what its voice was heard to read right).

The natural voice (Microsoft's neural voices, through edge-tts) gets the whole shared notation,
and nothing is left out of it for that voice: its service cannot be reached from where this was
built, so none of its readings could be heard, and where a reading cannot be measured the shared
rule stays (it writes what an announcer says, which a voice that needed no help reads the same).
Its profile adds none of espeak-ng's extras either: digits, Latin names and sentence punctuation
go to it as they go to Google's voice. What was measured, on the corpus's 283 Korean and 604
English sentences through the real edge-tts code and a fake of the service
(benchmarks/natural_text.py): the service receives exactly this text (edge-tts only escapes it
for SSML; characters XML forbids are blanked by the engine first); no request is long enough for
edge-tts to split it; every displayed word is highlighted, 98.7% of the highlights exactly one
displayed word (Korean). Writing numbers and Latin names in Hangul for this voice would change the
highlight little (97.8%) and fix no reading anyone has heard wrong, so it is not done.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    hangul_numbers: bool = False  # every number in Hangul, native or Sino by its counter
    hangul_latin: bool = False  # acronyms and known Latin names in Hangul
    fold_inner_pauses: bool = False  # ". ? ! … ;" inside a sentence become commas (no long pause)
    plain_symbols: bool = False  # symbols the voice would name ("/", "#", "*") become spaces


GOOGLE = Profile("google")
ESPEAK = Profile("espeak", hangul_numbers=True, hangul_latin=True, fold_inner_pauses=True, plain_symbols=True)
NATURAL = Profile("natural")  # the shared notation whole, nothing more (see the module's docstring)
PROFILES: dict[str, Profile] = {p.name: p for p in (GOOGLE, ESPEAK, NATURAL)}


def profile_for(engine: object) -> Profile:
    """The profile of the engine that will speak next (an auto engine's active one)."""
    active = getattr(engine, "active", None)
    engine = active if active is not None else engine
    name = getattr(engine, "reading_profile", None) or getattr(engine, "name", "")
    if isinstance(name, str) and name in PROFILES:
        return PROFILES[name]
    return ESPEAK if getattr(engine, "offline", False) else GOOGLE
