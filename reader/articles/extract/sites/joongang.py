"""JoongAng Ilbo (joongang.co.kr): body in div#article_body; photo boxes and bylines inside it."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="joongang",
    domains=("joongang.co.kr",),
    body=(
        "//div[@id='article_body']",
        f"//div[{cls('article_body')}]",
    ),
    drop=(
        f".//div[{cls('ab_byline')}]",
        f".//div[{cls('ab_related_article')}]",
        f".//div[{cls('ab_sub_heading')}]//button",
    ),
    headings=(
        f".//div[{cls('ab_sub_heading')}]",
        f".//h2[{cls('ab_sub_headingline')}]",
    ),
    title=(f"//h1[{cls('headline')}]", "//h1"),
    subtitle=(f"//div[{cls('ab_sub_heading')}]",),
    byline=(f"//div[{cls('byline')}]//a",),
)
