"""Daum News (v.daum.net): paragraphs p[dmcf-ptype=general] inside div.article_view section."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="daum",
    domains=("v.daum.net",),
    body=(
        f"//div[{cls('article_view')}]//section",
        f"//div[{cls('article_view')}]",
        "//div[@id='harmonyContainer']",
    ),
    drop=(
        f".//div[{cls('layer_util')}]",
        f".//div[{cls('box_recommend')}]",
    ),
    title=(f"//h3[{cls('tit_view')}]",),
    byline=(f"//span[{cls('txt_info')}][1]",),
    date=(f"//span[{cls('num_date')}]",),
)
