"""Hankook Ilbo (hankookilbo.com): p.editor-p in div.col-main / #article-view-content; the new Next.js
pages stream the same body HTML in app-router chunks when it is not in the markup."""

from reader.articles.extract.sites import SiteRule, cls

RULE = SiteRule(
    name="hankookilbo",
    domains=("hankookilbo.com",),
    body=(
        "//div[@id='article-view-content']",
        f"//div[{cls('col-main')}][@itemprop='articleBody']",
        f"//div[{cls('col-main')}]",
        f"//div[{cls('article-view')}]",
    ),
    drop=(
        f".//h2[{cls('sub-tit-ll')}]",
        f".//div[{cls('editor-img-box')}]//button",
        f".//div[{cls('article-ad')}]",
        f".//div[{cls('end-ad-container')}]",
        f".//div[{cls('writer')}]",
        f".//div[{cls('more-news')}]",
    ),
    headings=(f".//h3[{cls('editor-tit')}]",),
    title=(f"//h1[{cls('title')}]", "//h1"),
    subtitle=(f"//h2[{cls('sub-tit-ll')}]",),
    byline=(
        f"//div[{cls('writer')}]//span[{cls('nm')}]",
        f"//span[{cls('nm')}]",
    ),
)
