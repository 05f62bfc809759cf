"""Whether an image's alt text says something a reader should see.

Pages fill ``alt`` with words that describe nothing: "image", "사진", "사진설명", a file name, a
photo agency's credit, the headline again, or the caption word for word. Shown where an image is
not loaded, those only clutter the page; Firefox's Reader View shows the caption alone. Qt-free.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_ALT", "useful_alt"]

MAX_ALT = 2000  # characters looked at; a longer alt is a page's mistake, not a description

# Words that only say "there is a picture here" (compared without spaces, digits and punctuation).
_GENERIC = frozenset(
    {
        "image", "images", "img", "photo", "photos", "photograph", "picture", "pic", "graphic",
        "graphics", "figure", "fig", "thumbnail", "thumb", "icon", "logo", "banner", "placeholder",
        "untitled", "null", "undefined", "none", "alt", "alttext", "spacer", "blank", "default",
        "featuredimage", "mainimage", "articleimage", "headerimage", "heroimage", "imagedescription",
        "photocaption", "caption", "enlarge", "zoom", "clicktoenlarge",
        "이미지", "사진", "사진설명", "이미지설명", "그림", "썸네일", "대표이미지", "기사이미지",
        "본문이미지", "첨부이미지", "첨부사진", "기사사진", "포토", "일러스트", "그래픽", "캡처", "캡쳐",
        "사진확대", "이미지확대", "확대", "자료사진", "자료", "사진자료", "이미지자료", "제공", "사진제공",
        "이미지제공", "출처", "사진출처", "이미지출처", "클릭", "크게보기", "원본보기",
        "写真", "图片", "画像",
    }
)  # fmt: skip

_FILE = re.compile(
    r"[\w\-. ()\[\]/\\:~%+]*\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic|jfif)(?:\?.*)?", re.IGNORECASE
)
_URL = re.compile(r"(?:https?:|www\.|//)\S*", re.IGNORECASE)
# camera and CMS names: IMG_1234, DSC01234, P1010023, image001, photo_2023-05-01, a hash
_SERIAL = re.compile(r"[A-Za-z가-힣]{0,8}[_\-. ]?\d{2,}[\w\-.]*|[0-9a-f]{8,}", re.IGNORECASE)
# credits: "[사진 출처 = 연합뉴스]", "(사진=산업부 제공)", "사진=BTC미디어", "<이종화 기자>", "ⓒ 뉴스1",
# "© Getty Images", "Photo: Reuters", "AP Photo/Jae C. Hong"
_CREDITS = (
    re.compile(r"[\[(<]\s*(?:사진|그림|자료|이미지|영상)?\s*(?:출처|제공)?\s*[=:]?[^\])>]*[\])>]"),
    re.compile(r"(?:사진|그림|자료|이미지|영상|출처)\s*[=:]\s*\S.*"),
    re.compile(r"\S*\s*(?:기자|특파원|통신원)\s*$"),
    re.compile(r"[ⓒ©]\s*\S.*"),
    re.compile(r"(?:photo|image|picture|credit|source|courtesy)s?\s*(?:by|:|/)\s*\S.*", re.IGNORECASE),
    re.compile(r"\b(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock|Yonhap|연합뉴스|뉴스1|뉴시스)\b.*$",
               re.IGNORECASE),
)  # fmt: skip
_SQUEEZE = re.compile(r"[\W_\d]+", re.UNICODE)


def _squeezed(text: str) -> str:
    """Letters only, lower case: "사진 1." → "사진", "Photo_03" → "photo"."""
    return _SQUEEZE.sub("", text).casefold()


def _generic(words: str) -> bool:
    """A placeholder word, or one said again and again ("사진 사진 사진")."""
    if words in _GENERIC:
        return True
    for n in range(2, min(16, len(words) // 2) + 1):
        if len(words) % n == 0 and words[:n] in _GENERIC and words == words[:n] * (len(words) // n):
            return True
    return False


def useful_alt(alt: str, caption: str = "", title: str = "") -> str:
    """``alt``, tidied, when it describes the image; "" when it is a placeholder word, a file name or
    address, a serial number, only a credit, the headline, or already said by ``caption``."""
    text = " ".join(unicodedata.normalize("NFKC", (alt or "")[:MAX_ALT]).split())
    if not text:
        return ""
    words = _squeezed(text)
    if len(words) < 2 or _generic(words):
        return ""
    if _FILE.fullmatch(text) or _URL.fullmatch(text) or _SERIAL.fullmatch(text):
        return ""
    rest = text
    for credit in _CREDITS:
        rest = credit.sub(" ", rest)
    rest_words = _squeezed(rest)
    if len(rest_words) < 2 or _generic(rest_words):
        return ""  # nothing but a credit (and perhaps "사진")
    for other in (caption, title):
        said = _squeezed(unicodedata.normalize("NFKC", other or ""))
        covers = said in words and len(said) >= 0.8 * len(words)
        if said and (words in said or rest_words in said or covers):
            return ""  # the caption (or the headline) already says it
    return text
