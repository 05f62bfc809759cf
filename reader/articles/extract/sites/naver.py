"""Naver News (n.news.naver.com): article in #dic_area; the summary box (media_end_summary) is the deck."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="naver",
    domains=("n.news.naver.com", "news.naver.com", "m.news.naver.com"),
    body=(
        "//article[@id='dic_area']",
        "//div[@id='dic_area']",
        "//div[@id='newsct_article']",
        "//div[@id='articleBodyContents']",
    ),
    drop=(
        f".//strong[{cls('media_end_summary')}]",
        f".//div[{cls('vod_player_wrap')}]",
        f".//span[{cls('end_photo_org')}]//em[{cls('img_desc')}]/following-sibling::*",
    ),
    title=(
        "//h2[@id='title_area']",
        f"//h2[{cls('media_end_head_headline')}]",
    ),
    subtitle=(f"//strong[{cls('media_end_summary')}]",),
    byline=(
        f"//em[{cls('media_end_head_journalist_name')}]",
        f"//span[{cls('byline_s')}]",
    ),
    date=(f"//span[{cls('media_end_head_info_datestamp_time')}]/@data-date-time",),
)
