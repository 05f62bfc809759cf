"""Yonhap News (yna.co.kr): body in article.story-news; the copyright and writer boxes follow the text."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="yna",
    domains=("yna.co.kr",),
    body=(
        f"//article[{cls('story-news')}]",
        f"//div[{cls('story-news')}]",
        f"//div[@id='articleWrap']//div[{cls('article')}]",
    ),
    drop=(
        f".//p[{cls('txt-copyright')}]",
        f".//div[{cls('writer-zone01')}]",
        f".//div[{cls('writer-zone02')}]",
        f".//div[{cls('comp-box')}]",
        ".//aside",
        f".//div[{cls('banner-0')}]",
        f".//p[{cls('adrs')}]",
    ),
    title=(
        f"//h1[{cls('tit')}]",
        f"//h1[{cls('tit01')}]",
        "//h1",
    ),
    subtitle=(f"//div[{cls('tit-sub')}]//h2",),
    byline=(f"//div[{cls('writer-zone01')}]//strong[{cls('tit-name')}]",),
)
