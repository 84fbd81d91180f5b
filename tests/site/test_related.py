"""Related articles: most shared first (a reporter counts twice, a topic once), then
nearest in time; only articles near it in each shared list are considered, so a topic
of thousands costs no more than a small one."""

from __future__ import annotations

from generator.records import Entry
from generator.site.archive import assemble
from generator.site.render import Related


def entry(day: int, slug: str, **meta) -> Entry:
    date = f"2024-03-{day:02d}"
    base = {"title": slug, "paper": "西海岸新闻", "date": date, "date_precision": "day", "page": 1, "kind": "article",
            "kicker": "", "subtitle": "", "authors": [], "topics": [], "continued_from": None, "continued_to": None,
            "continues": "", "slug": slug}
    base.update(meta)
    return Entry(path=f"content/xi-hai-an-xin-wen/2024/03/{day:02d}/01/01-{slug}.md", meta=base, body="正文。")


def titles(articles) -> list[str]:
    return [a.title for a in articles]


def test_a_shared_reporter_outranks_a_shared_topic_and_nearer_days_come_first():
    archive = assemble([
        entry(10, "me", authors=["董梅雪"], topics=["教育"]),
        entry(1, "same-reporter-far", authors=["董梅雪"]),
        entry(9, "topic-near", topics=["教育"]),
        entry(20, "topic-far", topics=["教育"]),
        entry(11, "both", authors=["董梅雪"], topics=["教育"]),
        entry(12, "nothing-shared", topics=["交通"]),
    ])
    me = next(a for a in archive.articles if a.title == "me")
    assert titles(Related(archive)(me)) == ["both", "same-reporter-far", "topic-near", "topic-far"]


def test_only_the_articles_near_it_in_a_long_topic_are_offered():
    entries = [entry(1 + n // 40, f"a{n:04d}", topics=["城建"]) for n in range(1000)]
    archive = assemble(entries)
    related = Related(archive)
    assert related.WINDOW < 500
    for a in archive.articles[::97]:
        day = int(a.date[-2:])
        offered = related(a)
        assert len(offered) == 5 and a not in offered
        assert all(abs(int(o.date[-2:]) - day) <= 1 for o in offered)  # the same day or the next, never far
