"""Small pages for extraction tests: our own text, a site that no site rule knows."""

from __future__ import annotations

from html import escape

URL = "https://news.example.org/2026/03/harbour-ferries"

PARAS_EN = [
    "The harbour committee met on Tuesday evening to discuss the ferry timetable for the coming winter, and "
    "members agreed that the early crossing should run every day of the week.",
    "Operators said the change would need two more crews, and that the cost would be shared between the "
    "council and the company for the first year of the new service.",
    "Residents of the outer islands, who rely on the morning boat to reach the hospital and the secondary "
    "school, welcomed the decision after a campaign that lasted almost three years.",
    "The council will review the timetable in spring, when the figures for the first winter are known and "
    "the company has reported on how many people used the early boat.",
]
PARAS_KO = [
    "시의회는 화요일 저녁 회의를 열고 겨울철 여객선 운항 시간표를 논의했으며, "
    "이른 아침 배편을 매일 운항하기로 뜻을 모았다.",
    "운항사는 승무원 두 팀이 더 필요하다며 첫해 비용은 시와 회사가 나누어 부담하기로 했다고 설명했다.",
    "병원과 학교에 가려고 아침 배를 타는 섬 주민들은 3년 가까이 이어진 요구가 받아들여졌다며 반겼다.",
    "시는 첫 겨울 이용객 통계가 나오는 봄에 시간표를 다시 검토할 계획이다.",
]


def html_page(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body><header class='site-header'><a href='/'>Coastline Gazette</a><nav><a href='/a'>News</a> "
        f"<a href='/b'>Sport</a></nav></header>{body}"
        "<footer class='site-footer'><p>About us · Contact · Privacy</p></footer></body></html>"
    )


def paragraphs(paras: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paras)


def article(inner: str, head: str = "", lang: str = "en", title: str = "Night ferries return") -> str:
    return html_page(f"<main><article><h1>{escape(title)}</h1>{inner}</article></main>", head, lang)
