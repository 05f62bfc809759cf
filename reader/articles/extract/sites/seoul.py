"""Seoul Shinmun (seoul.co.kr): body in div.viewContent (older pages: #atic_txt1 / .v_article)."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="seoul",
    domains=("seoul.co.kr",),
    body=(
        f"//div[{cls('viewContent')}]",
        "//div[@id='articleContent']",
        "//div[@id='atic_txt1']",
        f"//div[{cls('v_article')}]",
        "//div[@itemprop='articleBody']",
    ),
    drop=(
        f".//div[{cls('articleToolbar')}]",
        f".//div[{cls('leadersToday')}]",
        f".//div[{cls('copyright')}]",
        f".//div[{cls('relatedNews')}]",
        f".//*[{cls('expendImageWrap')}]//button",
    ),
    title=(
        f"//h1[{cls('h38')}]",
        f"//div[{cls('articleTitle')}]//h1",
        "//h1",
    ),
    subtitle=(
        f"//h2[{cls('viewSubTitle')}]",
        f"//div[{cls('stit')}]",
    ),
    byline=(
        f"//div[{cls('byline')}]//a",
        f"//span[{cls('reporter')}]",
    ),
)
