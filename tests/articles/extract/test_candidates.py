"""Candidates mapped onto the page's own blocks: trafilatura's choice counts, the page's words are kept."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest

from reader.articles.extract.candidates import join_lists, select
from reader.articles.extract.segments import coverage, page_segments
from reader.articles.model import ListBlock, Paragraph

pytestmark = pytest.mark.core

PAGE = """<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>
<div class='story'>
<p>Across the entire <em>Gazette</em> staff, exactly one ferry <b>Pro</b> was sent back for repairs
this week.</p>
<p>Die Fähr\u00adverbindung zur Insel läuft wieder, sagte der Betreiber am Dienstag in der Stadt.</p>
<p>Read more news</p>
<ul><li>Pack a coat for the crossing</li><li>Buy tickets before boarding</li></ul>
</div></body>"""


def _page() -> object:
    root = lxml.html.document_fromstring(PAGE).find("body")
    return page_segments(root)


def test_a_candidate_that_glued_or_normalised_words_still_selects_the_page_text() -> None:
    page = _page()
    kept = [
        Paragraph(
            "Across the entire Gazettestaff, exactly one ferry Prowas sent back for repairs this week."
        ),
        Paragraph(
            unicodedata.normalize("NFC", "Die Fährverbindung zur Insel läuft wieder, sagte der Betreiber")
        ),
        ListBlock(("Pack a coat for the crossing", "Buy tickets before boarding")),
    ]
    for seg, share in zip(page.segments, coverage(page, kept), strict=True):
        seg.in_t = share
    blocks = join_lists(select(page))
    texts = [b.plain_text() for b in blocks]
    assert (
        texts[0]
        == "Across the entire Gazette staff, exactly one ferry Pro was sent back for repairs this week."
    )
    assert (
        texts[1]
        == "Die Fähr\u00adverbindung zur Insel läuft wieder, sagte der Betreiber am Dienstag in der Stadt."
    )
    assert blocks[-1] == ListBlock(("Pack a coat for the crossing", "Buy tickets before boarding"))
    assert "Home" not in " ".join(texts)


def test_short_segments_count_only_when_the_candidate_has_them_whole() -> None:
    page = _page()
    # "news" appears inside the candidate's text, but no block of the candidate is "Read more news" or "News"
    kept = [Paragraph("Read more about the news of the day: the harbour reopened and the ferries run again.")]
    shares = dict(zip((s.block.plain_text() for s in page.segments), coverage(page, kept), strict=True))
    assert shares["News"] == 0.0
    assert shares["Read more news"] == 0.0


def test_each_word_of_a_candidate_is_claimed_once() -> None:
    root = lxml.html.document_fromstring(
        "<body><p class='teaser'>The harbour reopened on Tuesday after the storm.</p>"
        "<p>The harbour reopened on Tuesday after the storm. Crews cleared the quay overnight and the "
        "first ferry left at six.</p></body>"
    ).find("body")
    page = page_segments(root)
    kept = [
        Paragraph(page.segments[1].block.plain_text())
    ]  # the candidate kept the paragraph, not the teaser
    teaser, para = coverage(page, kept)
    assert para == 1.0
    assert teaser < 0.5


LEAD_PAGE = """<body><div class='masthead'><h2>Night ferries return</h2></div>
<div class='tools'><div class='ai-box'><p>{summary}</p></div></div>
<div class='story-intro'><p>{intro}</p></div>
<div class='story-body'><p>{p1}</p><p>{p2}</p></div>
<div class='story-body'><p>{p3}</p></div></body>"""


def test_prose_only_the_readable_candidate_holds_joins_as_lead_or_continuation_not_as_a_box_above() -> None:
    summary = "This summary was written by a program; read the whole article for the full picture of the day."
    intro = (
        "Islanders welcomed the overnight crossing, but the operators warned that demand decides the winter."
    )
    p1 = "The harbour committee met on Tuesday evening and agreed that the early crossing should run daily."
    p2 = "Operators said the change would need two more crews and that the council would share the cost."
    p3 = "The council will review the timetable in spring, when the figures for the first winter are known."
    html = LEAD_PAGE.format(summary=summary, intro=intro, p1=p1, p2=p2, p3=p3)
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    for seg in page.segments:
        text = seg.block.plain_text()
        seg.in_r = 1.0 if text in (summary, intro, p1, p2, p3) else 0.0
        seg.in_t = 1.0 if text == p2 else 0.0  # trafilatura kept one paragraph only
    kept = [s.block.plain_text() for s in select(page)]
    assert kept == [intro, p1, p2, p3]


LOOSE_LEAD_PAGE = """<body><div class='col'><div class='art'><div class='bd'>
<div class='box'><h3>Related Content</h3><ul><li><a href='/v'>Video: the resignation</a></li>
<li><a href='/a'>Article: the letter</a></li></ul></div>{lead}
<p>{p1}</p><p>{p2}</p></div></div></div></body>"""


def test_a_lead_left_as_loose_text_of_the_body_container_joins_the_article() -> None:
    """A broken page opens its first paragraph with <p> and then a box, so the lead ends up as loose text of
    the container holding the other paragraphs: it is the article's own lead, not a box above it."""
    lead = "SAN FRANCISCO (AP) - The founder resigned as chief executive on Wednesday, saying he must rest."
    p1 = "The move appears to follow an unspecified medical condition for which he took a leave in January."
    p2 = "In a letter to the board, he said he had always promised to step aside when that day came."
    html = LOOSE_LEAD_PAGE.format(lead=lead, p1=p1, p2=p2)
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    for seg in page.segments:
        text = seg.block.plain_text()
        seg.in_r = 1.0 if text in (lead, p1, p2) else 0.0
        seg.in_t = 1.0 if text in (p1, p2) else 0.0  # trafilatura lost the loose lead
    kept = [s.block.plain_text() for s in select(page)]
    assert kept == [lead, p1, p2]


TEASER_LIST_PAGE = """<body><main><article><div class='body'><p>{p1}</p><p>{p2}</p>
<ul><li>{own}</li><li>Bring a coat: the wind on the upper deck is strong.</li></ul><p>{p3}</p></div></article>
<div class='recirc'><h2>More Must-Reads From The Gazette</h2><ul>
<li><span>The Struggle to Save </span><a href='/one'>Lives in the Harbour</a></li>
<li><a href='/two'>The Mayor's Struggle </a><span>to Keep the Port Open</span></li>
<li><span>Is </span><a href='/three'>Using the Snooze Button</a><span> Bad for You?</span></li>
</ul></div></main></body>"""


def test_a_list_of_other_stories_after_the_article_is_left_out_though_a_candidate_kept_it() -> None:
    """Items that are mostly a link to another page, after the article's last paragraph and outside the
    element that holds its text, are teasers of other stories; a list inside the article stays."""
    p1 = "The harbour committee met on Tuesday evening and agreed that the early crossing should run daily."
    p2 = "Operators said the change would need two more crews and that the council would share the cost."
    p3 = "The council will review the timetable in spring, when the figures for the first winter are known."
    own = "See the new timetable at the harbour office, open daily from eight."
    html = TEASER_LIST_PAGE.format(p1=p1, p2=p2, p3=p3, own=own)
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    for seg in page.segments:
        seg.in_t = 1.0  # the candidate kept everything, the other stories too
        seg.in_r = 1.0 if seg.block.plain_text() in (p1, p2, p3) else 0.0
    texts = [b.plain_text() for b in join_lists(select(page))]
    joined = " ".join(texts)
    assert own in joined
    assert p3 in texts
    for teaser in ("Lives in the Harbour", "Keep the Port", "Snooze"):
        assert teaser not in joined


BR_AND_TABLES_PAGE = """<body><table class='tabs'><tr><td><a href='/weekly'>Weekly edition</a></td>
<td><a href='/kernel'>Kernel</a></td><td><a href='/security'>Security</a></td></tr></table>
<div class='story'><p>{p1}</p><p>+ Added the night ferry<br>+ Added a stop at Norrholm<br>{long_line}<br>
+ Removed the noon boat</p><table><tr><th>Route</th><th>Departs</th></tr>
<tr><td>Aberhaven</td><td>22:30</td></tr></table><p>{p2}</p></div></body>"""


def test_short_lines_tables_of_data_and_menus_when_a_candidate_flattened_the_page() -> None:
    """A candidate that read a layout table as one run of text matches only the long lines of a <br>
    paragraph and none of the article's data table: the short lines between kept lines of their own
    paragraph, and a data table amid the text, are kept when the readable candidate has them; a table of
    links is a menu whoever keeps it."""
    p1 = "The timetable for the winter was published on Monday, with two changes to the night crossing."
    p2 = "The council will review the timetable in spring, when the figures for the first winter are known."
    long_line = "+ Changed the Saturday crossing so that it leaves after the last train has arrived"
    html = BR_AND_TABLES_PAGE.format(p1=p1, p2=p2, long_line=long_line)
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    for seg in page.segments:
        text = seg.block.plain_text()
        menu = text.startswith("Weekly")
        seg.in_r = 0.0 if menu else 1.0
        seg.in_t = 1.0 if menu or text in (p1, p2, long_line, "+ Added the night ferry") else 0.0
    texts = [b.plain_text() for b in join_lists(select(page))]
    joined = "\n".join(texts)
    assert "+ Added a stop at Norrholm" in joined  # between two kept lines of its paragraph
    assert "+ Removed the noon boat" not in joined  # after the last kept line: nothing holds it in
    assert "Aberhaven\t22:30" in joined
    assert "Weekly edition" not in joined


def test_links_in_a_sentence_of_chinese_do_not_make_it_a_menu_and_short_lists_amid_the_text_stay() -> None:
    """A CJK sentence is one or two \\w runs, so links are weighed by their letters, not their words; a
    short list the readable candidate holds between kept paragraphs is part of the text."""
    zh = (
        "<a href='/g'>谷歌</a>(<a href='/w'>微博</a>) 在2014年收购的人工智能公司开发出一款能够用自己的记忆"
        "学习新知识的计算机。"
    )
    p1 = "So of course that day I got hundreds of emails about it, and every one of them said the same."
    p2 = "So please. Don't bother sending me any more mail about this. It's a new year and a new start."
    html = (f"<body><div class='story'><p>{zh}</p><p>{p1}</p><ul><li>I've heard it before; and</li>"
            f"<li>I didn't care the first time.</li></ul><p>{p2}</p></div></body>")  # fmt: skip
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    for seg in page.segments:
        seg.in_r = 1.0
        seg.in_t = 0.0 if isinstance(seg.block, ListBlock) else 1.0
    texts = [b.plain_text() for b in join_lists(select(page))]
    assert texts[0].startswith("谷歌(微博) 在2014年")
    assert ListBlock(("I've heard it before; and", "I didn't care the first time.")).plain_text() in texts


def test_a_short_line_counts_when_the_candidate_has_it_as_a_whole_line_of_a_block() -> None:
    """A candidate that kept a <br> paragraph as one block with line breaks has each short line whole."""
    html = "<body><p>+ Added Slime Block<br>+ Added Iron Trapdoor</p><p>Slime Block news</p></body>"
    page = page_segments(lxml.html.document_fromstring(html).find("body"))
    kept = [Paragraph("+ Added Slime Block\n+ Added Iron Trapdoor")]
    shares = dict(zip((s.block.plain_text() for s in page.segments), coverage(page, kept), strict=True))
    assert shares["+ Added Slime Block"] == 1.0
    assert shares["+ Added Iron Trapdoor"] == 1.0
    assert shares["Slime Block news"] == 0.0  # its words are in the block, but not as a line of it


def test_a_wrapper_named_like_a_box_that_holds_the_article_is_the_article() -> None:
    """The post's own container may carry a box's word ("newsletter-post"): its section heads and pictures
    are the article's, while a comments box beside the text stays out."""
    from reader.articles.extract import extract_article
    from reader.articles.model import Heading, Image

    para = (
        "The {n} paragraph of the post runs long enough to read as prose, with a few plain sentences about "
        "bread, ovens and the queue outside. It ends as a sentence ends."
    )
    html = (
        "<html><head><title>Bread</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
        "<article class='newsletter-post post'><h1>Bread</h1><div class='body'>"
        + "".join(f"<p>{para.format(n=n)}</p>" for n in ("first", "second"))
        + "<h2 class='header-anchor-post'>The ovens</h2>"
        "<figure><img src='https://b.example/ovens.jpg' alt='Ovens'><figcaption>The two ovens.</figcaption>"
        "</figure>"
        + "".join(f"<p>{para.format(n=n)}</p>" for n in ("third", "fourth", "last"))
        + "</div><div class='comments'><p>Lovely piece, thanks for writing it, I read it twice today.</p>"
        "</div></article></body></html>"
    )
    a = extract_article(html, "https://b.example/p/bread")
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["The ovens"]
    assert [b.src for b in a.blocks if isinstance(b, Image)] == ["https://b.example/ovens.jpg"]
    assert a.text.split("\n\n")[-1].startswith("The last paragraph")
    assert "Lovely piece" not in a.text


@pytest.mark.parametrize(
    ("box", "label"),
    [
        ("<div><p>Inhaltsverzeichnis</p><nav><ul><li><a href='#a'>Was ist Dekantieren</a></li>"
         "<li><a href='#b'>Drei Vorteile</a></li><li><a href='#c'>Fazit und Tipps</a></li></ul></nav></div>",
         True),
        ("<div><p>관련기사</p><ul><li><a href='/1'>속초해수욕장 개장</a></li>"
         "<li><a href='/2'>이안류 주의보</a></li><li><a href='/3'>안전요원</a></li></ul></div>", True),
        ("<div><p>Ingredients</p><ul><li>Two cups of flour</li><li>One egg</li><li>A pinch of salt</li>"
         "</ul><p>Mix them <a href='/a'>well</a> and bake for an hour in a hot oven until golden.</p></div>",
         False),
    ],
)  # fmt: skip
def test_the_title_of_a_box_of_links_is_navigation(box: str, label: bool) -> None:
    from reader.articles.extract.candidates import _menu_label

    root = lxml.html.document_fromstring(f"<body><article>{box}</article></body>").find("body")
    seg = page_segments(root).segments[0]
    assert _menu_label(seg, {}) is label
