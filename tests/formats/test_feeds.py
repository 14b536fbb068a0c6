"""Feed input: one document per RSS or Atom item, deduplicated by link; hostile feeds refused
with one line; `.xml` files picked up only when they are feeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from documents import write_atom, write_rss

from kg.cli import main
from kg.errors import InputError
from kg.graphfile import read_graph_json
from loaders import expand, load, load_file

ITEMS = [
    {
        "title": "Police report on gangs in Peru",
        "link": "https://monitor.example.org/peru",
        "description": "A short summary that the full content replaces.",
        "content": "<p>Investigators say <b>Tren de Aragua</b> operates in Peru.</p>"
        "<script>track()</script><p>More raids are expected.</p>",
        "date": "Tue, 02 Apr 2024 10:00:00 GMT",
    },
    {
        "title": "The same story, sent twice",
        "link": "https://monitor.example.org/peru",
        "description": "A repeated item with the same link.",
    },
    {
        "title": "Harbour seizures",
        "link": "javascript:alert(1)",
        "description": "Customs seized cocaine in the harbour.",
    },
]


def _documents(path: Path) -> list:  # type: ignore[type-arg]
    loaded = load_file(str(path))
    assert isinstance(loaded, tuple)
    return list(loaded)


def test_each_rss_item_is_a_document(tmp_path: Path) -> None:
    first, second = _documents(write_rss(tmp_path / "monitor.rss", ITEMS))
    assert first.text == (
        "Police report on gangs in Peru\n\nInvestigators say Tren de Aragua operates in Peru.\n\n"
        "More raids are expected."
    )
    assert (first.url, first.title, first.publisher, first.published, first.lang) == (
        "https://monitor.example.org/peru",
        "Police report on gangs in Peru",
        "Example Monitor",
        "2024-04-02",
        "en",
    )
    # The summary stands in for missing content; a link that is not a web address is no URL.
    assert second.text == "Harbour seizures\n\nCustoms seized cocaine in the harbour." and second.url is None


def test_atom_entries_with_their_language(tmp_path: Path) -> None:
    entries = [
        {
            "title": "Golpe al Clan del Golfo",
            "link": "https://observatorio.example.org/golfo",
            "summary": "La policía dice que el Clan del Golfo opera en Colombia.",
            "date": "2024-04-03T08:00:00Z",
        }
    ]
    (document,) = _documents(write_atom(tmp_path / "observatorio.atom", entries, lang="es"))
    assert (document.lang, document.published, document.publisher) == ("es", "2024-04-03", "Observatorio")
    assert document.text.endswith("el Clan del Golfo opera en Colombia.")


def test_items_are_deduplicated_by_link_across_feeds(tmp_path: Path) -> None:
    write_rss(tmp_path / "a.rss", ITEMS[:1])
    write_rss(tmp_path / "b.xml", ITEMS[1:], title="Second Monitor")
    documents = list(load([tmp_path]))
    assert [d.url for d in documents] == ["https://monitor.example.org/peru", None]
    assert documents[0].publisher == "Example Monitor"


def test_xml_files_in_a_folder_are_read_only_when_they_are_feeds(tmp_path: Path) -> None:
    feed = write_rss(tmp_path / "feed.xml", ITEMS)
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>\n')
    assert list(expand([tmp_path])) == [str(feed)]
    with pytest.raises(InputError, match=r"sitemap.xml: not an RSS or Atom feed"):
        load_file(str(sitemap))


def test_a_doctype_naming_an_external_dtd_is_read_without_fetching_it(tmp_path: Path) -> None:
    path = tmp_path / "old.rss"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://dtd.example.invalid/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Old</title>'
        "<item><title>Police arrest gang members</title><link>https://old.example.org/1</link></item>"
        "</channel></rss>\n",
        encoding="utf-8",
    )
    assert [d.title for d in _documents(path)] == ["Police arrest gang members"]


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>t</title><item><title>&b;</title></item></channel></rss>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title></item></channel></rss>
"""
BAD_FEEDS = {
    "entity expansion": (LAUGHS, "refused: the feed declares XML entities"),
    "external entity": (EXTERNAL, "refused: the feed declares XML entities"),
    "truncated": (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Cut',
        "not well-formed XML (line 2",
    ),
    "no items": (
        '<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
        "the feed has no items with text",
    ),
    "not a feed": ("<html><body><p>A page.</p></body></html>", "not an RSS or Atom feed"),
    "empty": ("", "empty file"),
}


@pytest.mark.parametrize("case", sorted(BAD_FEEDS))
def test_bad_feeds_give_one_line(tmp_path: Path, case: str) -> None:
    content, problem = BAD_FEEDS[case]
    path = tmp_path / "bad.rss"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_file(str(path))
    message = str(raised.value)
    assert message.startswith(f"{path}: {problem}") and "\n" not in message


def test_kg_build_reports_a_bad_feed_and_keep_going_skips_it(tmp_path: Path) -> None:
    good = write_rss(tmp_path / "good.rss", ITEMS)
    bad = tmp_path / "bad.atom"
    bad.write_text(EXTERNAL, encoding="utf-8")
    out = tmp_path / "out"
    failed = CliRunner().invoke(main, ["build", str(bad), str(good), "-o", str(out), "-q"])
    assert failed.exit_code == 1 and f"{bad}: refused: the feed declares XML entities" in failed.output
    assert not out.exists()
    kept = CliRunner().invoke(main, ["build", str(bad), str(good), "-o", str(out), "-q", "--keep-going"])
    assert kept.exit_code == 0, kept.output
    assert kept.output.count("skipped ") == 1
    graph = read_graph_json(out / "graph.json")
    operates = {(graph.node(e.source).name, graph.node(e.target).name): e for e in graph.edges()}
    evidence = operates[("Tren de Aragua", "Peru")].evidence
    assert {(e.url, e.published, e.source_path) for e in evidence} == {
        ("https://monitor.example.org/peru", "2024-04-02", str(good))
    }
    assert "Investigators say Tren de Aragua operates in Peru." in {e.sentence for e in evidence}
