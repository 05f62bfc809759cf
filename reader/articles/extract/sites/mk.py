"""Maeil Business (mk.co.kr): body in div.news_cnt_detail_wrap[itemprop=articleBody]; mid heads are
div.border_org / h3.midtitle, the deck is div.mid_title."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="mk",
    domains=("mk.co.kr",),
    body=(
        "//div[@itemprop='articleBody']",
        f"//div[{cls('news_cnt_detail_wrap')}]",
        "//div[@id='article_body']",
    ),
    drop=(
        f".//div[{cls('mid_title')}]",
        f".//div[{cls('ad_wrap')}]",
        ".//div[@id='refTotal']",
    ),
    headings=(
        f".//div[{cls('border_org')}]",
        f".//h3[{cls('midtitle')}]",
        f".//div[{cls('midtitle')}]",
    ),
    title=(f"//h2[{cls('news_ttl')}]",),
    subtitle=(f"//div[{cls('mid_title')}]",),
    byline=(
        f"//dl[{cls('author')}]//a",
        f"//div[{cls('author')}]//a",
    ),
)
