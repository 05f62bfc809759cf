"""How news is read aloud: one normalizer for every engine, organised by category, with a profile
per engine for what its voice still needs (see pipeline.py and profile.py).

Categories, each a small rule table in its own module: hanja (abbreviations, company shorthands,
glosses), signs (and scores), ranges (and address numbers), units, phones (and codes read digit by
digit), dates (and years and event dates), counters (native or Sino-Korean), acronyms (words or
letters), web (addresses said in Hangul for espeak-ng), credits (bylines and photo sources inside the
text). A rewrite that changes how a word ends refits the particle after it (numerals.fit_particle).
"""

from reader.speech.reading.credits import credit_spans, without_credits
from reader.speech.reading.pipeline import for_offline, for_profile, normalize, notation, tidy
from reader.speech.reading.profile import ESPEAK, GOOGLE, NATURAL, PROFILES, Profile, profile_for

__all__ = [
    "ESPEAK",
    "GOOGLE",
    "NATURAL",
    "PROFILES",
    "Profile",
    "credit_spans",
    "for_offline",
    "for_profile",
    "normalize",
    "notation",
    "profile_for",
    "tidy",
    "without_credits",
]
