"""What each voice needs beyond the shared notation: one profile per engine.

Every engine hears the same announcer's notation (reading.notation); a profile says what that
engine's voice still needs written out. Google's voice reads digits, Latin acronyms and sentence
punctuation right; espeak-ng does not, so its profile writes numbers and acronyms in Hangul and
keeps sentence-final falls out of the middle of a sentence. A new engine adds a profile here
(measured: leave alone only what its voice was heard to read right).
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
PROFILES: dict[str, Profile] = {p.name: p for p in (GOOGLE, ESPEAK)}


def profile_for(engine: object) -> Profile:
    """The profile of the engine that will speak next (an auto engine's active one)."""
    active = getattr(engine, "active", None)
    engine = active if active is not None else engine
    name = getattr(engine, "reading_profile", None) or getattr(engine, "name", "")
    if isinstance(name, str) and name in PROFILES:
        return PROFILES[name]
    return ESPEAK if getattr(engine, "offline", False) else GOOGLE
