"""The block walker: one handler per element kind, anchors, nested lists, MathML, forms as containers."""

from __future__ import annotations

import lxml.html
import pytest

from reader.articles.extract.blocks import BlockWalker, BuildOptions, build_blocks
from reader.articles.model import Heading, Image, ListBlock, Paragraph, Quote, Table

pytestmark = pytest.mark.core


def frag(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html, create_parent="div")


def test_every_kind_of_block_in_page_order() -> None:
    blocks = build_blocks(
        frag(
            "<h2>Head</h2><p>One <em>two</em> three.</p><blockquote>Said so.</blockquote>"
            "<ul><li>a</li><li>b</li></ul><table><tr><th>k</th><th>v</th></tr><tr><td>1</td><td>2</td></tr></table>"
            "<figure><img src='/p.jpg' alt='pic'><figcaption>The pier.</figcaption></figure>"
        ),
        BuildOptions(base_url="https://news.example.org/a/"),
    )
    assert blocks == [
        Heading("Head", 2),
        Paragraph("One two three.", blocks[1].marks),
        Quote("Said so."),
        ListBlock(("a", "b")),
        Table((("k", "v"), ("1", "2")), header=True),
        Image("https://news.example.org/p.jpg", "pic", "The pier."),
    ]


def test_anchor_is_the_element_each_block_began_in() -> None:
    root = frag(
        "<div id='a'><p id='p1'>First para.</p>Loose <b>text</b> here.</div><ul id='l'><li>x</li></ul>"
    )
    walker = BlockWalker()
    blocks = walker.walk(root)
    assert [b.plain_text() for b in blocks] == ["First para.", "Loose text here.", "x"]
    assert [a.get("id") for a in walker.anchors] == ["p1", "a", "l"]


def test_nested_sub_list_items_are_kept_as_items() -> None:
    blocks = build_blocks(
        frag(
            "<ol><li>Prepare<ul><li>wash the rice</li><li>soak it <b>overnight</b></li></ul></li>"
            "<li>Cook</li></ol>"
        )
    )
    assert blocks == [ListBlock(("Prepare", "wash the rice", "soak it overnight", "Cook"), ordered=True)]


def test_mathml_is_read_as_its_tokens_not_dropped() -> None:
    blocks = build_blocks(
        frag(
            "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn>"
            "<annotation encoding='application/x-tex'>a \\ne 0</annotation></math>, there are two roots.</p>"
        )
    )
    assert blocks == [Paragraph("When a ≠ 0 , there are two roots.")]


def test_a_page_wrapped_in_a_form_keeps_its_text_but_not_its_controls() -> None:
    blocks = build_blocks(
        frag(
            "<form><p>The council met on Tuesday.</p><label>Search</label><input value='q'>"
            "<button>Go</button></form>"
        )
    )
    assert blocks == [Paragraph("The council met on Tuesday.")]


def test_words_either_side_of_inline_elements_keep_their_spaces() -> None:
    blocks = build_blocks(
        frag(
            "<div>Shares mixed in early trading after <a href='/x'>the network reported</a> that the mood "
            "soured; across the entire <em>Gazette</em> staff, one <i>Pro</i> was replaced.</div>"
        )
    )
    assert [b.plain_text() for b in blocks] == [
        "Shares mixed in early trading after the network reported that the mood soured; "
        "across the entire Gazette staff, one Pro was replaced."
    ]


LAYOUT_PAGE = """<table width='100%' border='0'><tr><td class='logo'><a href='/'>Coastline Gazette</a>
</td></tr><tr><td><table><tr><td width='150'><ul><li><a href='/news'>News</a></li>
<li><a href='/sport'>Sport</a></li></ul></td>
<td><h2>Night ferry returns</h2><p>The overnight ferry to the northern isles ran again on Tuesday.</p>
<p>Islanders welcomed the crossing, but the operators warned that demand decides the winter.</p>
<table><tr><td>Route</td><td>Departs</td></tr><tr><td>Aberhaven - Norrholm</td><td>22:30</td></tr></table>
</td></tr></table></td></tr></table>"""


def test_a_table_that_lays_out_the_page_gives_its_cells_content_as_blocks() -> None:
    """Old pages (and many Korean boards) lay the page out in nested tables: a cell holding a table, a list,
    headings or paragraphs is a box, so the article in it is paragraphs, while a table of data inside it
    stays a table."""
    blocks = build_blocks(frag(LAYOUT_PAGE))
    assert Heading("Night ferry returns", 2) in blocks
    assert Paragraph("The overnight ferry to the northern isles ran again on Tuesday.") in blocks
    assert ListBlock(("News", "Sport")) in blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert tables == [Table((("Route", "Departs"), ("Aberhaven - Norrholm", "22:30")))]


@pytest.mark.parametrize(
    "table",
    [
        "<table><tr><td>Route</td><td>Departs</td></tr><tr><td>Aberhaven</td><td>22:30</td></tr></table>",
        "<table role='grid'><caption>Fares</caption><tr><td><p>Adult</p><p>single</p></td><td>12</td></tr>"
        "</table>",
        "<table><tr><th>Fare</th></tr><tr><td><ul><li>adult</li><li>child</li></ul></td></tr></table>",
    ],
)
def test_tables_of_data_stay_tables(table: str) -> None:
    blocks = build_blocks(frag(table))
    assert [type(b) for b in blocks if not isinstance(b, Paragraph)] == [Table]  # a caption may lead it
    for b in blocks:
        if isinstance(b, Paragraph):  # no cell's text left the table
            assert "12" not in b.plain_text()
            assert "22:30" not in b.plain_text()


def test_what_the_parser_nests_in_a_void_element_comes_back_after_it() -> None:
    """libxml2 opens <source>, <track>, <embed> and <wbr> as containers of what follows: a <picture>'s
    <img> would sit inside the <source> every walker skips, and a <wbr> would hold the rest of a word."""
    from reader.articles.extract.dom import parse_html

    tree = parse_html(
        "<figure><picture><source srcset='a.webp 1x'><img src='https://x.example/a.jpg' alt='A'></picture>"
        "<figcaption>The ovens.</figcaption></figure><p>long<wbr>word and <b>more</b></p>"
        "<video><source src='v.mp4'><track src='v.vtt'>Fallback</video><p>after</p>"
    )
    assert tree is not None
    for void in tree.iter("source", "track", "wbr"):
        assert void.text is None
        assert len(void) == 0
    assert tree.find(".//picture/img") is not None
    assert "".join(tree.find(".//p").itertext()) == "longword and more"
    blocks = BlockWalker(BuildOptions(image_base="https://x.example/")).walk(tree.find("body"))
    assert [type(b).__name__ for b in blocks] == ["Image", "Paragraph", "Paragraph"]
    assert isinstance(blocks[0], Image)
    assert blocks[0].caption == "The ovens."
