"""Is this line boilerplate? Patterns for the lines pages put around an article, in several languages.

Generic by construction: copyright and 무단 전재 lines, share rows, toolbar labels, "related" and
"most read" headings, "read also" cross links, reporter e-mail and byline lines, subscription and
paywall prompts, UI labels, credit lines. No pattern names a site or a page.
"""

from __future__ import annotations

import re

_COPYRIGHT_STRONG = re.compile(
    r"all\s+rights\s+reserved|무단\s*(?:전재|복제|배포|게재|사용)|재\s*배포\s*(?:및\s*)?금지|재배포금지|"
    r"AI\s*학습\s*(?:및\s*)?활용\s*금지|저작권자\s*[ⓒ©(]",
    re.I,
)
_COPYRIGHT_WEAK = re.compile(r"^\s*(?:copyright\b|ⓒ|©|\(c\)\s*\d{4})", re.I)
# "The contents of this site are ©2019 Example Publishing Corp." — a copyright sign or word before a year
_COPYRIGHT_YEAR = re.compile(r"(?:©|ⓒ|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.I)
_SHARE_WORDS = frozenset(
    [
        "페이스북",
        "트위터",
        "밴드",
        "블로그",
        "카카오톡",
        "카카오스토리",
        "카카오",
        "네이버",
        "라인",
        "링크복사",
        "링크",
        "복사",
        "url복사",
        "url",
        "주소복사",
        "공유",
        "공유하기",
        "공유닫기",
        "닫기",
        "메일",
        "이메일",
        "문자",
        "sns",
        "x",
        "엑스",
        "텔레그램",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "email",
        "e-mail",
        "print",
        "share",
        "copy",
        "link",
        "tweet",
        "스크랩",
        "좋아요",
        "싫어요",
        "기사저장",
        "북마크",
        "저장",
        "보내기",
        "퍼가기",
        "kakaotalk",
        "naver",
        "band",
        "telegram",
        "threads",
        "스레드",
        "인스타그램",
        "instagram",
        "유튜브",
        "youtube",
    ]
)
_TOOLBAR = re.compile(
    r"기사\s*읽어\s*주기|다시\s*듣기|기사\s*듣기|음성\s*(?:으로\s*)?듣기|듣기\s*중지|폰트\s*(?:확대|축소|크기)|"
    r"글자\s*(?:크기|확대|축소)|글씨\s*(?:크기|확대|축소)|프린트\s*하기|인쇄\s*하기|본문\s*(?:글자|글씨)\s*(?:크기)?|"
    r"텍스트\s*음성\s*변환\s*서비스\s*사용하기|가\s*가|\b(?:작게|보통|크게|매우\s*크게|인쇄|프린트|확대|축소|닫기|"
    r"listen\s+to\s+(?:this\s+)?article|text\s+size|font\s+size|print\s+this\s+article)\b",
    re.I,
)
SIDEBAR_TITLE = re.compile(
    r"^(?:leaders\s+today|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|related\s+(?:articles?|stories|news|"
    r"coverage|content|links)|read\s+more|more\s+from\s+.{1,40}|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|"
    r"top\s+stories|latest\s+news|editor'?s\s+picks?|more\s+stories|"
    r"많이\s*본\s*(?:뉴스|기사)|가장\s*많이\s*본.{0,10}|관련\s*(?:기사|뉴스|보도)(?:\s*보기)?|추천\s*(?:기사|뉴스)|인기\s*(?:기사|뉴스)|"
    r"주요\s*(?:기사|뉴스)|이\s*시각.{0,10}|오늘의\s*.{0,8}(?:뉴스|기사)|포토\s*(?:뉴스|기사)|최신\s*(?:기사|뉴스)|"
    r"실시간\s*.{0,8}(?:뉴스|기사)|함께\s*보면\s*좋은.{0,8}|이\s*기사와\s*관련된\s*기사|당신이\s*관심\s*있을\s*만한.{0,8}|"
    r"섹션\s*주요\s*뉴스|에디터\s*추천|헤드라인|(?:\S+\s*)?기자의\s*(?:다른|최신)\s*기사(?:\s*보기)?|이\s*기자의\s*기사|"
    r"다른\s*기사\s*보기|other\s+(?:\w+\s+){0,2}(?:columns|articles|stories|posts)|more\s+(?:\w+\s+)?columns|"
    # German, Spanish, French, Italian, Portuguese, Polish, Dutch
    r"weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen|news|tipps|\w+tipps|informationen)(?:\s+\S+){0,4}|"
    r"mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|aus\s+\S+(?:\s+\S+)?|news)|(?:das|diese\s+\S+)\s+könnte[n]?\s+(?:dich|sie)\s+"
    r"(?:auch\s+)?interessieren|auch\s+interessant|ähnliche\s+(?:artikel|beiträge)|verwandte\s+(?:artikel|themen)|"
    r"das\s+thema\s+könnte\s+(?:dich|sie)\s+auch\s+interessieren|meistgelesen\w*|beliebte\s+(?:artikel|beiträge)|"
    r"kommentierte\s+artikel|zum\s+weiterlesen|"
    r"(?:también\s+)?(?:te|le)\s+puede\s+interesar|noticias\s+relacionadas|artículos\s+relacionados|más\s+noticias|"
    r"lo\s+más\s+(?:leído|visto)|sur\s+le\s+même\s+sujet|articles\s+similaires|les\s+plus\s+lus|"
    r"articoli\s+correlati|potrebbe\s+interessarti|notícias\s+relacionadas|mais\s+lidas|"
    r"czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|polecamy|lees\s+ook|meer\s+over\s+dit\s+onderwerp)"
    r"\s*(?:[:>›»]|\.\.\.|…)?$",
    re.I,
)
CREDIT = re.compile(
    r"^\s*[\[(<]?\s*(?:자료\s*제공|사진\s*제공|영상\s*제공|촬영\s*기자|영상\s*(?:편집|취재|촬영)|자료|출처|제공|그래픽|"
    r"사진|영상|편집|취재|촬영|source|photo|credit)\s*[:=：]\s*\S.{0,60}$",
    re.I,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
BYLINE_LINE = re.compile(
    r"^[\[(]?\s*(?:[가-힣]{2,10}\s*=\s*)?(?:[가-힣]{2,10}\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*"
    r"(?:기자|특파원|선임기자|객원기자|인턴기자|통신원|논설위원)"
    r"(?:\s*[,·]\s*[가-힣]{2,4}\s*(?:기자|특파원))*(?:\s*외\s*\d{1,2}\s*명)?\s*[\])]?\s*=?$"
)
# What a page's "copy link" button says once pressed, saved into the page along with the article.
_CLIPBOARD_NOTICE = re.compile(
    r"^(?:(?:기사\s*)?(?:url|주소|링크|기사\s*주소)\s*(?:이|가)?\s*(?:클립보드에\s*)?복사(?:되었습니다|됐습니다|되었어요)|"
    r"클립보드에\s*복사(?:되었습니다|됐습니다)|(?:link|url)\s+(?:has\s+been\s+|was\s+)?copied(?:\s+to\s+(?:the\s+|your\s+)?clipboard)?|"
    r"copied\s+to\s+(?:the\s+|your\s+)?clipboard)\s*[.!]?$",
    re.I,
)
# A share box's own prompt ("이 기사를 공유합니다", "Share this article"), left behind when its buttons go.
_SHARE_PROMPT = re.compile(
    r"^(?:이\s*)?(?:기사|글|뉴스)(?:를|을)?\s*(?:공유|추천|스크랩)\s*(?:합니다|하세요|하기|해\s*(?:주세요|보세요))|"
    r"^share\s+(?:this|the)\s+(?:article|story|post|page)|^(?:partager|teilen)\s+(?:cet\s+article|sie\s+diesen\s+artikel)"
    r"\s*[.!:]?$",
    re.I,
)
_SUBSCRIBE = re.compile(
    r"구독\s*(?:하기|신청|하고|하세요|해\s*주세요|버튼)|뉴스레터|newsletter|subscribe\s+(?:to|now|today|for)|"
    r"sign\s+up\s+(?:now|today|here|for\s+(?:our|the|free)|to\s+(?:our|receive|get))|"
    r"무료\s*구독|기사\s*제보|제보\s*(?:하기|는)|카톡\s*(?:아이디|id)?\s*[:：]?\s*[a-z0-9_]{4,}\b|앱\s*다운로드|download\s+(?:the|our)\s+app|"
    r"follow\s+us\s+on|네이버\s*(?:뉴스)?\s*(?:에서|채널)",
    re.I,
)
SECTION_HEAD = re.compile(
    r"^(?:<\s*[^<>]{1,60}\s*>|〈\s*[^〈〉]{1,60}\s*〉|《\s*[^《》]{1,60}\s*》|【\s*[^【】]{1,60}\s*】|"
    r"[■□▶▷◆◇●○▲△◈▣☞►◎]\s*\S.{0,70}|\[\s*[^\[\]]{1,60}\s*\])$"
)
NOTE = re.compile(r"^(?:\*(?!\*)|※|†|‡)\s*\S")
TERMINAL_SENTENCE = re.compile(r"[.!?。다요죠음함됨임][\"'”’)\]]*$")


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def is_copyright_strong(text: str) -> bool:
    return len(text) < 300 and bool(_COPYRIGHT_STRONG.search(text))


def is_share_row(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s,·|/•]+", text.lower()) if t]
    return bool(tokens) and len(tokens) <= 16 and all(t in _SHARE_WORDS for t in tokens)


def is_toolbar(text: str) -> bool:
    if len(text) > 120:
        return False
    rest = _TOOLBAR.sub(" ", text)
    return bool(_TOOLBAR.search(text)) and not re.sub(r"[\W_]+", "", rest)


_LICENSE = re.compile(
    r"공공누리|자유롭게\s*이용할\s*수\s*있습니다|공식\s*전자정부\s*누리집|creative\s+commons\s+licen[cs]e\s*$",
    re.I,
)
_UI_LABEL = re.compile(
    r"^(?:\d+\s+)?(?:comments?|댓글(?:\s*\d+)?|reply|share(?:\s+this)?|공유|print|목록|top|맨\s*위로|"
    r"back\s+to\s+(?:top|home|the\s+\w+)|advertisement|광고|sponsored|loading…?|불러오는\s*중…?|pdf|"
    r"(?:view|show|hide|load|read)\s+(?:all\s+)?comments|no\s+comments(?:\s+yet)?|keine\s+kommentare|sin\s+comentarios|"
    r"aucun\s+commentaire|nessun\s+commento|brak\s+komentarzy|kommentare?\s+(?:anzeigen|lesen)|"
    r"zurück(?:\s+(?:nach\s+oben|zu[mr]?\s+\S+(?:\s+\S+)?))?|nach\s+oben|volver\s+(?:arriba|al\s+inicio)|"
    r"retour\s+(?:en\s+haut|à\s+l'accueil)|torna\s+su|voltar\s+ao\s+topo|pingback(?:\s+von)?|trackback|"
    # a video player's own labels, when a page saves them as text
    r"chapters|(?:descriptions|subtitles|captions)\s+(?:off|settings)(?:,\s+selected)?|this\s+is\s+a\s+modal\s+window|"
    r"(?:beginning|end)\s+of\s+dialog\s+window|play\s+video|video\s+player\s+is\s+loading|동영상\s*고정(?:\s*취소)?|"
    r"자동\s*재생|영상\s*닫기)\s*\d*\s*(?:\([^()]{0,80}\))?\.?$",
    re.I,
)
# Phrases only a video player's controls say; a line holding two of them is the player's saved text
# ("Chapters descriptions off, selected captions settings, opens captions settings dialog This is a modal …").
_PLAYER_CHROME = re.compile(
    r"modal\s+window|dialog\s+window|captions?\s+settings|subtitles?\s+settings|descriptions\s+off|"
    r"captions\s+off|playback\s+rate|seek\s+to\s+live|stream\s+type|video\s+player\s+is\s+loading|"
    r"remaining\s+time|picture-in-picture|audio\s+track|escape\s+will\s+cancel",
    re.I,
)


_PLAYER_WORDS = ("modal", "dialog", "caption", "subtitle", "descriptions", "playback", "seek to",
                 "stream type", "video player", "remaining time", "picture-in-picture", "audio track",
                 "escape will")  # fmt: skip


def is_player_chrome(text: str) -> bool:
    low = text.lower()
    if sum(w in low for w in _PLAYER_WORDS) < 2:  # plain substring tests first: most lines have none
        return False
    return len({m.group(0).lower() for m in _PLAYER_CHROME.finditer(text)}) >= 2


# "Read more: <another story>" and its kin in other languages: a cross-link set into the article.
_READ_ALSO = re.compile(
    r"^[\[(]?\s*(?:(?:also\s+)?read\s+(?:more|also|next)|also\s+read|see\s+also|related(?:\s+(?:story|article|link))?|"
    r"watch|listen|more\s+on\s+this|lea\s+(?:también|más)|lee\s+también|ver\s+también|(?:también\s+)?(?:te|le)\s+puede\s+interesar|"
    r"lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|siehe\s+auch|(?:à\s+)?lire\s+aussi|voir\s+aussi|"
    r"leggi\s+anche|leia\s+(?:também|mais)|veja\s+também|vea\s+también|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|"
    r"lees\s+ook|관련\s*기사|함께\s*보면\s*좋은\s*기사)\s*[\])]?\s*[:：»>]\s*\S",
    re.I,
)
_SHORTCODE = re.compile(r"^\[\w+[^\]]*\].*\[/\w+\]$")
_CTA = re.compile(r"click\s+here\s+(?:for|to)\b|여기를\s*클릭", re.I)
_SEPARATOR = re.compile(r"^[\W_]{1,40}$")  # "___", "* * *", "···": a rule between parts, nothing to read
_PLACEHOLDER = re.compile(r"^(?:\$\$\w+\$\$|\{\{\s*[\w.]+\s*\}\}|%%\w+%%|\[\[\w+\]\])$")


# Prompts addressed to the reader about the site rather than the story: paywalls, sign-ups, "follow us",
# affiliate and advertising disclosures. Whole sentences, so they are told by what they ask.
_PROMPT = re.compile(
    r"please\s+(?:subscribe|log\s*in|sign\s+in|register)|already\s+a\s+(?:subscriber|member)|"
    r"(?:first-time\s+)?subscribers\s+(?:also\s+)?(?:receive|get|enjoy)|to\s+(?:view|read|continue\s+reading|access)\s+"
    r"(?:the\s+full|this|the\s+rest)|subscribe\s+(?:to|now)|sign\s+up\s+(?:to|for)\s+(?:get|receive|our|the)|"
    r"follow\s+(?:us|[\w.]+(?:\s+[\w.]+){0,3})\s+on\s+(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube)|"
    r"letter\s+to\s+the\s+editor\s+(?:via|using|here)|advertis(?:ing|er)\s+(?:disclosure|disclaimer)|"
    r"may\s+(?:receive|earn)\s+(?:a\s+)?(?:compensation|commission)|contains\s+(?:affiliate\s+links|references\s+to\s+"
    r"products)|we\s+want\s+to\s+hear\s+what\s+you\s+think|"
    r"abonnieren\s+sie|jetzt\s+abonnieren|unterstütze\s+\S+|suscríbete|abonnez-vous|"
    # a paywall's pitch to read on: "Lesen Sie jetzt weiter mit NR+", "Keep reading with a subscription"
    r"(?:continue|keep)\s+reading\s+(?:with\s+(?:a|an|our|your|unlimited)\b|for\s+(?:free|just|only)\b)|lesen\s+sie\s+(?:jetzt\s+)?weiter\s+mit|weiterlesen\s+mit|"
    r"(?:poursuivez|continuez)\s+votre\s+lecture|sigue\s+leyendo\s+con|continua\s+a\s+leggere\s+con|"
    r"続きを読むには|有料会員(?:登録|になると|限定)|전문(?:을|은)?\s*(?:보시려면|보려면|읽으려면)|"
    r"유료\s*(?:회원|구독)(?:만|\s*전용|에\s*가입)|"
    # the notice under a machine-written summary: "AI 요약은 … 정확하지 않을 수 있습니다"
    r"^ai\s*(?:가\s*)?(?:요약|summary|summaries|zusammenfassung|要約)\S*\s.{0,80}(?:정확하지\s*않을|오류가\s*있을|"
    r"may\s+(?:be\s+inaccurate|contain\s+(?:errors|mistakes))|can\s+make\s+mistakes|fehler\s+enthalten|"
    r"不正確|誤りを含む)",
    re.I,
)


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A date stamp set at the top of a body: "입력 : 2016.09.12 10:05", "Updated: March 3, 2020 4:05 pm".
_DATE_STAMP = re.compile(
    r"^[\[(]?\s*(?:기사\s*)?(?:입력|수정|등록|승인|송고|최종\s*수정|업데이트|발행|게재)(?:\s*일시?)?\s*[:：]?\s*\d{2,4}\s*[.\-/년]|"
    r"^(?:published|updated|posted|last\s+updated|modified|first\s+published)(?:\s+(?:on|at))?\s*:?\s*"
    rf"(?:\w+,?\s+)?(?:\d|{_MONTHS})|"
    # a bare date and time, with or without the reporter beside it: "2009-10-15 14:20 | 박민호 기자"
    r"^(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*[|·]?\s*)?\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[|·]?\s*[가-힣]{2,4}\s*(?:기자|특파원))?\s*$",
    re.I,
)
# A post's header or footer line of fields: "January 13, 2020 at 08:45 AM | categories: Python | Comments".
_FIELD_LABEL = re.compile(
    r"^(?:categor(?:y|ies)|tags?|filed\s+under|posted\s+(?:in|by|on)|by|views?|comments?|"
    r"kategorie[n]?|schlagwörter|etiquetas|catégories?)\b",
    re.I,
)
_DATE_IN = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}|(?:{_MONTHS})\.?\s+\d{{1,2}})\b|"
    r"\b\d{1,2}:\d{2}\b",
    re.I,
)
_COUNTERS = re.compile(
    r"^(?:\d+\s*(?:guests?|users?|members?|online|visitors?|views?|comments?|likes?|shares?|replies)\s*[,|·]?\s*){1,4}$",
    re.I,
)
_HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
# "기사문의 및 제보 : 카톡/라인 …(끝)", news tickers, a reporter's other stories, press-release contact lines
_KO_TAIL = re.compile(
    r"(?:기사\s*)?(?:문의|제보)\s*(?:및\s*(?:제보|문의))?\s*[:：]|카톡\s*/\s*라인|최종\s*업데이트|^\[\s*(?:실시간\s*뉴스|뉴스\s*속보|속보창)\s*\]|"
    r"^(?:담당\s*부서|담당자|책임자|연락처|문의처)\s*[:：]?\s*\S",
)
_PHONE = re.compile(r"\(?\b0\d{1,2}\)?[-.\s]\d{3,4}[-.\s]\d{4}\b")


# The labels of a post's own fields, as a notice board or press-release page sets them out in a table
# above the text ("제목 | …", "담당부서 | …", "조회수 | 1,024"): the post's metadata, not its text.
FIELD_LABEL = re.compile(
    r"^(?:제\s*목|글\s*제목|작성자|글쓴이|작성일(?:자|시)?|등록일(?:자|시)?|게시일|배포일(?:시)?|보도일(?:시)?|수정일|조회(?:수)?|"
    r"첨부(?:파일)?|담당\s*부서|부서(?:명)?|담당자|연락처|전화(?:번호)?|문의(?:처)?|출처|"
    r"title|subject|author|writer|posted(?:\s+on)?|date|views?|hits|attachments?|files?|department|contact|phone|"
    r"category)\s*[:：]?$",
    re.I,
)


def field_labels(text: str) -> int:
    """How many post-field labels a line names ("보도자료 상세보기 - 제목, 담당부서, 작성일")."""
    return sum(bool(FIELD_LABEL.match(p.strip())) for p in re.split(r"[,、·/|\-]", text) if p.strip())


def is_field_table(rows: tuple[tuple[str, ...], ...]) -> bool:
    """A table of a post's fields (title, department, date, views, attachments), label then value."""
    if len(rows) < 2:
        return False
    labelled = sum(1 for r in rows if len(r) >= 2 and FIELD_LABEL.match(r[0].strip()))
    return labelled >= 2 and labelled * 3 >= len(rows) * 2


def _field_line(t: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", t) if p.strip()]
    return len(parts) >= 2 and bool(_DATE_IN.search(t)) and any(_FIELD_LABEL.match(p) for p in parts)


def is_boilerplate_line(text: str) -> bool:
    t = text.strip()
    if not t or _PLACEHOLDER.match(t) or _SEPARATOR.match(t):
        return True
    if len(t) < 160 and _LICENSE.search(t):
        return True
    if _UI_LABEL.match(t) or _SHORTCODE.match(t) or _CLIPBOARD_NOTICE.match(t) or _SHARE_PROMPT.match(t):
        return True
    if len(t) < 2000 and is_player_chrome(t):
        return True
    if len(t) < 200 and _READ_ALSO.match(t):
        return True
    if len(t) < 200 and _CTA.search(t):
        return True
    if is_copyright_strong(t) or is_share_row(t) or is_toolbar(t):
        return True
    if len(t) < 100 and _COPYRIGHT_WEAK.match(t):
        return True
    if len(t) < 200 and _COPYRIGHT_YEAR.search(t):
        return True
    if SIDEBAR_TITLE.match(t) or CREDIT.match(t):
        return True
    if len(t) < 100 and EMAIL.search(t):
        rest = EMAIL.sub("", t)
        if len(re.findall(r"\w+", rest)) <= 5:
            return True
    if BYLINE_LINE.match(t):
        return True
    if len(t) < 250 and _PROMPT.search(t):
        return True
    if len(t) < 120 and (_DATE_STAMP.match(t) or _COUNTERS.match(t) or _HASHTAGS.match(t) or _field_line(t)):
        return True
    if len(t) < 200 and _KO_TAIL.search(t):
        return True
    if len(t) < 120 and _PHONE.search(t) and len(t.split()) <= 10:
        return True
    return len(t) < 90 and bool(_SUBSCRIBE.search(t)) and not TERMINAL_SENTENCE.search(t)
