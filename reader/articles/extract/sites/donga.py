"""Dong-A Ilbo (donga.com): body in section.news_view (older pages div.article_txt)."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="donga",
    domains=("donga.com",),
    body=(
        f"//section[{cls('news_view')}]",
        f"//div[{cls('article_txt')}]",
        "//div[@id='article_txt']",
    ),
    drop=(
        f".//div[{cls('view_ad06')}]",
        f".//div[{cls('article_end')}]",
        f".//div[{cls('byline')}]",
        f".//div[{cls('armerica_ban')}]",
        f".//div[{cls('sub_title')}]",
    ),
    title=(
        f"//section[{cls('head_group')}]//h1",
        f"//h1[{cls('title')}]",
        "//h1",
    ),
    subtitle=(
        f"//section[{cls('news_view')}]//h2[{cls('sub_tit')}]",
        f"//div[{cls('sub_title')}]",
    ),
)
