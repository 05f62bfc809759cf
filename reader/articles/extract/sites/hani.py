"""The Hankyoreh (hani.co.kr): Next.js pages with div.article-text p.text; older pages div.text."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="hani",
    domains=("hani.co.kr",),
    body=(
        f"//div[{cls('article-text')}]",
        "//div[contains(@class, 'ArticleDetailContent')]",
        f"//div[{cls('text')}]",
    ),
    drop=(
        f".//div[{cls('ArticleDetailAudioPlayer')}]",
        ".//div[contains(@class, 'BaseAd')]",
    ),
    title=(
        f"//h3[{cls('ArticleDetailView_title__9kRU_')}]",
        "//h1",
        f"//h4[{cls('title')}]",
    ),
    subtitle=(f"//div[{cls('subtitle')}]",),
)
