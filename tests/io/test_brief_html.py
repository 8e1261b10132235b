"""The brief as HTML: one self-contained page that fetches nothing and runs nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.brief import BriefSection, default_choice
from app.io.brief_html import brief_css, brief_html, chart_data_url
from tests.domain.test_brief import entry, material

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _everything() -> str:
    made = material()
    choice = default_choice(made)
    for section in BriefSection:
        choice = choice.with_section(section, True)
    for item in made.entries:
        choice = choice.with_entry(item.uuid, True)
    return brief_html(made, choice, PNG)


def test_no_remote_urls_and_no_script() -> None:
    page = _everything()
    assert not re.search(r"https?://", page)
    assert "<script" not in page.lower()
    assert "<link" not in page.lower() and "@import" not in page and "url(" not in page


def test_the_persons_own_markdown_cannot_reach_out() -> None:
    hostile = entry("x", "![pixel](https://tracker.example/p.png)\n\n<script>alert(1)</script>\n\n"
                         "<img src=\"http://evil.example/a.png\">", marked=True)
    made = material(entries=(hostile,))
    page = brief_html(made, default_choice(made))
    assert "<script" not in page.lower()
    assert not re.search(r"<[^>]*\bsrc=\"https?:", page)  # shown as text, never as a tag
    assert "<img" not in page  # no chart asked for, and the entry's images became text


def test_a_complete_page_with_its_own_stylesheet() -> None:
    page = _everything()
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "</html>" in page
    assert "<title>Brief for the check-in on " in page
    assert re.search(r"<h2[^>]*>Mood trend</h2>", page) and re.search(r"<h2[^>]*>Stay or go</h2>", page)


def test_the_chart_is_embedded_only_when_drawn() -> None:
    page = _everything()
    assert f"src=\"{chart_data_url(PNG)}\"" in page
    made = material()
    choice = default_choice(made).with_section(BriefSection.MOOD, True)
    without = brief_html(made, choice, None)
    assert "<img" not in without and "rose from 2 to 4" in without


def test_text_is_escaped() -> None:
    made = material(questions=("Is <b>this</b> & that fair?",))
    page = brief_html(made, default_choice(made))
    assert "Is &lt;b&gt;this&lt;/b&gt; &amp; that fair?" in page


def test_sizes_follow_the_base() -> None:
    assert "font-size: 11pt" in brief_css(11)
    assert "font-size: 29pt" in brief_css(22)  # the title, 7pt over the body at 200 %
    made = material()
    assert "font-size: 22pt" in brief_html(made, replace(default_choice(made)), base_pt=22)


def test_each_section_and_part_is_kept_together_on_paper() -> None:
    page = _everything()
    assert "page-break-inside: avoid" in page and "break-inside: avoid" in page
    assert page.count("<div class=\"section\">") == len(BriefSection)
    assert page.count("<div") == page.count("</div>")
    assert page.count("-qt-user-state: 2") == len(BriefSection)  # where Qt's page breaks may go
    assert "<div class=\"part\">\n<h3 style=\"-qt-user-state: 3\">Reports on time" in page


def test_empty_sections_are_left_out_of_the_page_and_kept_in_the_preview() -> None:
    made = material(open_actions=(), done_actions=(), questions=())
    choice = default_choice(made)
    printed = brief_html(made, choice)
    assert "Actions</h2>" not in printed and "No actions are open" not in printed
    preview = brief_html(made, choice, guidance=True)
    assert "Actions</h2>" in preview and "No actions are open" in preview
