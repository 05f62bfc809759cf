"""korea.kr policy briefing: press releases and news in div.view_cont / div.article_body."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="korea.kr",
    domains=("korea.kr",),
    body=(
        f"//div[{cls('view_cont')}]",
        f"//div[{cls('article_body')}]",
        f"//div[{cls('rbody')}]",
        "//div[@id='pressBody']",
    ),
    drop=(
        f".//div[{cls('view_func')}]",
        f".//div[{cls('source_info')}]",
        f".//div[{cls('attach')}]",
        f".//div[{cls('file_list')}]",
        f".//div[{cls('sns_area')}]",
        f".//p[{cls('copyright')}]",
    ),
    title=(
        f"//div[{cls('article_head')}]//h1",
        f"//div[{cls('view_title')}]//h1",
        "//h1",
    ),
    subtitle=(
        f"//div[{cls('article_head')}]//h2",
        f"//div[{cls('view_title')}]//h2",
    ),
    date=(f"//div[{cls('info')}]//span[1]",),
)
