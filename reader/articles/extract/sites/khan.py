"""Kyunghyang Shinmun (khan.co.kr): p.content_text inside div#articleBody / div.art_body."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="khan",
    domains=("khan.co.kr",),
    body=(
        "//div[@id='articleBody']",
        f"//div[{cls('art_body')}]",
        "//div[@itemprop='articleBody']",
    ),
    drop=(
        f".//div[{cls('art_ad')}]",
        f".//div[{cls('banner-article-wrapper')}]",
        f".//div[{cls('editor-subtitle')}]",
    ),
    headings=(
        f".//h3[{cls('sub_title')}]",
        f".//div[{cls('content_subtitle')}]",
    ),
    title=(f"//h1[{cls('headline')}]", "//h1"),
    subtitle=(f"//div[{cls('editor-subtitle')}]",),
    byline=(f"//ul[{cls('bottom')}]//a",),
)
