"""Chosun Ilbo (chosun.com, Arc XP): paragraphs p.article-body__content inside section.article-body."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="chosun",
    domains=("chosun.com",),
    body=(
        f"//section[{cls('article-body')}]",
        "//div[@id='news_body_id']",
        f"//div[{cls('par')}]",
    ),
    drop=(
        f".//div[{cls('article-ad')}]",
        f".//div[{cls('dfpAd')}]",
        f".//div[{cls('related-articles')}]",
    ),
    title=(f"//h1[{cls('article-header__headline')}]", "//h1"),
    subtitle=(f"//h2[{cls('article-header__subheadline')}]",),
    byline=(f"//a[{cls('article-byline__author')}]",),
)
