"""The preview must render ordinary Markdown and never let pasted HTML or links do anything."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.markdown_render import render_markdown, safe_href
from tests.io.fixtures.injection_payloads import RAW_HTML, REMOTE_IMAGES, UNSAFE_LINKS

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "li", "ol", "p", "pre", "span", "strong", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def tags(fragment: str) -> list[tuple[str, dict[str, str | None]]]:
    """The elements a browser would build from the fragment, with decoded attribute values."""
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser.found


def hrefs(fragment: str) -> list[str | None]:
    return [attrs.get("href") for tag, attrs in tags(fragment) if tag == "a"]


def assert_inert(fragment: str) -> None:
    for tag, attrs in tags(fragment):
        assert tag in ALLOWED_TAGS, fragment
        assert not any(name.startswith("on") for name in attrs), fragment
        assert "src" not in attrs, fragment
        assert "style" not in attrs or tag in {"th", "td"}, fragment  # table column alignment
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("http://", "https://", "mailto:", "#")), fragment


# -- raw HTML ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", RAW_HTML)
def test_raw_html_is_shown_as_text(source: str) -> None:
    rendered = render_markdown(source)
    assert_inert(rendered)
    assert "&lt;" in rendered  # the markup is visible, escaped


def test_escaped_html_reads_as_the_original_text() -> None:
    rendered = render_markdown('<img src="x" onerror="alert(1)">')
    assert rendered == '<p>&lt;img src="x" onerror="alert(1)"&gt;</p>'


def test_entities_stay_entities() -> None:
    assert render_markdown("Fish &amp; chips &copy; & <") == "<p>Fish &amp; chips &copy; &amp; &lt;</p>"


# -- images and links ----------------------------------------------------------------------


def test_images_become_their_alt_text_and_nothing_is_fetched() -> None:
    rendered = render_markdown(
        "![a cat](https://example.com/cat.png) ![](http://x/y.gif)\n\n![ref][pic]\n\n[pic]: file:///etc/x.png"
    )
    assert_inert(rendered)
    assert "<img" not in rendered
    assert "example.com" not in rendered and "file:" not in rendered
    assert "[image: a cat]" in rendered
    assert "[image]" in rendered
    assert "[image: ref]" in rendered


@pytest.mark.parametrize("source", REMOTE_IMAGES)
def test_no_image_is_ever_fetched(source: str) -> None:
    rendered = render_markdown(source)
    assert_inert(rendered)
    assert "<img" not in rendered and "[image" in rendered


def test_an_image_inside_a_link_keeps_the_link() -> None:
    rendered = render_markdown("[![logo](https://x/logo.png)](https://example.com)")
    assert rendered == '<p><a href="https://example.com"><span class="image">[image: logo]</span></a></p>'


@pytest.mark.parametrize("source", UNSAFE_LINKS)
def test_unsafe_links_lose_their_target(source: str) -> None:
    rendered = render_markdown(source)
    assert hrefs(rendered) == [None]
    assert "<a>x</a>" in rendered


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[x](https://example.com/a?b=1&c=2)", "https://example.com/a?b=1&c=2"),
        ("[x](HTTP://EXAMPLE.COM)", "HTTP://EXAMPLE.COM"),
        ("[x](mailto:me@example.com)", "mailto:me@example.com"),
        ("<https://example.com/auto>", "https://example.com/auto"),
        ("<me@example.com>", "mailto:me@example.com"),
        ("[x][r]\n\n[r]: https://example.com/ref", "https://example.com/ref"),
        ("[x](#section)", "#section"),
    ],
)
def test_safe_links_keep_their_target(source: str, href: str) -> None:
    assert hrefs(render_markdown(source)) == [href]


def test_safe_href_decodes_before_deciding() -> None:
    assert safe_href("java&#x0A;script:alert(1)") is None
    assert safe_href("\x01javascript:alert(1)") is None
    assert safe_href("https://example.com/?q=&lt;") == "https://example.com/?q=<"


def test_attribute_values_are_escaped() -> None:
    rendered = render_markdown('[x](https://example.com/"onmouseover="alert(1) "a \\"title\\"")')
    assert_inert(rendered)


# -- Markdown features ---------------------------------------------------------------------


def test_tables_render() -> None:
    rendered = render_markdown("| Goal | Status |\n|---|:-:|\n| Ship | done |\n")
    assert "<table>" in rendered and "<th>Goal</th>" in rendered
    assert '<td style="text-align: center;">done</td>' in rendered


def test_footnotes_render_with_in_page_links() -> None:
    rendered = render_markdown("I said it[^1].\n\n[^1]: In the meeting.")
    assert '<div class="footnote">' in rendered
    assert '<a class="footnote-ref" href="#fn:1">1</a>' in rendered
    assert "In the meeting." in rendered


def test_lists_render_including_sane_ordered_lists() -> None:
    rendered = render_markdown("- one\n- two\n\n3. three\n4. four\n")
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in rendered
    assert '<ol start="3">' in rendered


def test_fenced_code_is_escaped() -> None:
    rendered = render_markdown("```html\n<script>alert(1)</script>\n```")
    assert rendered == (
        '<pre><code class="language-html">&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>'
    )


def test_definition_lists_and_abbreviations_render() -> None:
    rendered = render_markdown("PIP\n: Performance improvement plan\n\n*[HR]: Human resources\n\nHR called.")
    assert "<dt>PIP</dt>" in rendered and "<dd>Performance improvement plan</dd>" in rendered
    assert '<abbr title="Human resources">HR</abbr>' in rendered


def test_single_newlines_do_not_become_breaks() -> None:
    assert render_markdown("one\ntwo") == "<p>one\ntwo</p>"


def test_state_does_not_leak_between_renders() -> None:
    render_markdown("Note[^1]\n\n[^1]: first\n\n*[ABC]: Alphabet\n\n[ref]: https://example.com")
    rendered = render_markdown("ABC and [ref] and [^1]")
    assert rendered == "<p>ABC and [ref] and [^1]</p>"


def test_arbitrary_unicode_survives() -> None:
    text = "RTL \u200fשלום\u200e, emoji 👩🏽‍💻, combining e\u0301, NUL \x00 end"
    rendered = render_markdown(text)
    assert "שלום" in rendered and "👩🏽‍💻" in rendered and "e\u0301" in rendered


# -- hostile input in bulk -----------------------------------------------------------------

FRAGMENTS = [
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>", "<a href=x>", "<",
    ">", "&", "&#x09;", "&#106;", "javascript:", "JAVASCRIPT:", "data:", "http://x", "[", "]", "(",
    ")", "![", "](", "\n", "\n\n", "    ", "`", "```", "*", "_", "\\", '"', "'", "<div>", "</div>",
    "[^1]", "[^1]: ", "*[x]: ", "|", "---", ": ", "1. ", "- ", "> ", "#", "{", "}", "onerror=",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=40).map("".join))
def test_no_input_produces_active_content(source: str) -> None:
    assert_inert(render_markdown(source))


# -- start-up cost -------------------------------------------------------------------------


def test_importing_the_module_does_not_import_markdown() -> None:
    code = "import sys, app.io.markdown_render; sys.exit('markdown' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- text too tangled to render quickly ----------------------------------------------------

TANGLED = {
    "brackets": "[" * 20_000 + "x" + "]" * 20_000,  # ~50 s to render: quadratic in "["
    "unclosed links": "[a](" * 5_000,
    "deep lists": "\n".join("  " * depth + "- x" for depth in range(800)),  # overflows the recursion
    "deep quotes": ">" * 3_000 + " x",
    "growing quotes": "\n".join(">" * depth + " x" for depth in range(1, 400)),
}


@pytest.mark.parametrize("name", list(TANGLED))
def test_tangled_text_is_shown_as_written_not_rendered(name: str) -> None:
    text = TANGLED[name]
    rendered = render_markdown(text)
    assert rendered.startswith('<div class="plain">')
    assert_inert(rendered)
    shown = rendered.replace("<br>", "\n").replace("</p><p>", "\n\n")
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == text  # every character, as written


def test_ordinary_nesting_still_renders() -> None:
    source = "> > quoted twice\n\n- a\n    - b\n        - c\n\n[link](https://example.org) [x]"
    rendered = render_markdown(source)
    assert "<blockquote>" in rendered and rendered.count("<ul>") == 3
    assert 'href="https://example.org"' in rendered
