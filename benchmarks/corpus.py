"""A synthetic corpus of N MB recombined from the seed articles, with places, people and companies varied.

Every synthetic file holds several seed articles; in each article the places are moved to another
real prefecture (with its counties, townships and province, drawn from the bundled gazetteer, so
the admin hierarchy stays consistent), people get other surnames and given names, and company names
get another core. The graph therefore grows like a real one: new entities, new places, repeated
patterns. Output is deterministic for a given seed.

Usage: python benchmarks/corpus.py OUT_DIR --mb 5 [--seed 0]

>>> files = list(itertools.islice(synthetic_files(seed=1), 2))
>>> [name for name, _ in files]
['s00000.txt', 's00001.txt']
>>> files == list(itertools.islice(synthetic_files(seed=1), 2))
True
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from kg.gazetteer import Division

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES_PER_FILE = (4, 9)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉玲萍红斌鹏飞宇浩然晨阳光荣志新春梅兰海波林峰亮健俊凯琳雪婷慧颖"
CORE = "华鑫瑞达恒泰盛隆源丰宏信诚科创新锐博远金银通联合众安康德润嘉禾天晟昊聚力铭润旭东豪宝"
LEVELS = ("prefecture", "county", "township")
HOME_PROVINCE = "江西省"  # every seed article is Jiangxi news


@dataclass(frozen=True)
class SeedArticle:
    """One seed article: its text and the names to vary in it."""

    text: str
    places: tuple[tuple[str, str, str], ...]  # (full name, short form or "", level)
    provinces: tuple[str, ...]  # province full names and short forms found
    people: tuple[str, ...]
    companies: tuple[str, ...]


def synthetic_files(seed: int = 0, seeds: Path = SEEDS) -> Iterator[tuple[str, str]]:
    """An endless, deterministic stream of (file name, text) pairs."""
    rng = random.Random(seed)
    pool = seed_articles(seeds)
    for index in itertools.count():
        count = rng.randint(*ARTICLES_PER_FILE)
        parts = [vary(rng.choice(pool), rng) for _ in range(count)]
        yield f"s{index:05d}.txt", "\n\n\n".join(parts) + "\n"


def write_corpus(out: Path, mb: float, seed: int = 0) -> list[Path]:
    """Write files to ``out`` until they total ``mb`` megabytes (UTF-8); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written, size = [], 0
    for name, text in synthetic_files(seed):
        if size >= mb * 1_000_000:
            break
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        written.append(out / name)
        size += len(data)
    return written


@lru_cache(maxsize=4)
def seed_articles(seeds: Path = SEEDS) -> tuple[SeedArticle, ...]:
    """The articles of every seed file, with their variable names found once."""
    from kg.text.articles import split_articles

    found = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for article in split_articles(text, path.name):
            found.append(_analyse(text[article.start:article.end], [b.name for b in article.bylines]))
    return tuple(found)


def _analyse(text: str, bylines: list[str]) -> SeedArticle:
    from kg.extract import find_mentions

    mentions = find_mentions(text)
    people = {m.text for m in mentions if m.type == "Person" and 2 <= len(m.text) <= 4 and m.text[0] in SURNAMES}
    people.update(n for n in bylines if 2 <= len(n) <= 4)
    companies = {m.text for m in mentions if m.type == "Organization" and m.kind == "company" and len(m.text) >= 3}
    places, provinces = _places_in(text)
    return SeedArticle(text, places, provinces, tuple(sorted(people)), tuple(sorted(companies)))


def _places_in(text: str) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """Prefectures, counties and townships named in full in ``text`` (with their short forms), and provinces."""
    from kg.gazetteer import short_form

    places: set[tuple[str, str, str]] = set()
    provinces: set[str] = set()
    for name, level in _division_names():
        short = short_form(name, level) or ""
        if level == "province":
            provinces.update(n for n in (name, short) if n and n in text)
        elif name in text:
            places.add((name, short, level))
    return tuple(sorted(places)), tuple(sorted(provinces))


@lru_cache(maxsize=1)
def _division_names() -> tuple[tuple[str, str], ...]:
    """Distinct full names (3+ characters) of provinces, prefectures, counties and townships."""
    from kg.gazetteer import load

    names = {(d.name, d.level) for d in load() if d.level in ("province", *LEVELS) and len(d.name) >= 3}
    return tuple(sorted(names))


@lru_cache(maxsize=1)
def _divisions() -> tuple[dict[str, tuple[Division, ...]], dict[str, tuple[Division, ...]]]:
    """Divisions by level, and the children of each division code."""
    from kg.gazetteer import load

    by_level: dict[str, list[Division]] = {}
    children: dict[str, list[Division]] = {}
    for d in load():
        by_level.setdefault(d.level, []).append(d)
        children.setdefault(d.parent or "", []).append(d)
    return ({k: tuple(v) for k, v in by_level.items()}, {k: tuple(v) for k, v in children.items()})


def vary(article: SeedArticle, rng: random.Random) -> str:
    """The article with a consistent random substitution of its places, people and companies."""
    mapping = _place_mapping(article, rng)
    mapping.update({name: _person(name, rng) for name in article.people})
    mapping.update({name: _company(name, rng) for name in article.companies})
    mapping = {k: v for k, v in mapping.items() if k and v and k != v}
    if not mapping:
        return article.text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=lambda k: (-len(k), k))))
    return pattern.sub(lambda m: mapping[m.group(0)], article.text)


def _place_mapping(article: SeedArticle, rng: random.Random) -> dict[str, str]:
    """First prefecture → a random prefecture P; counties → counties of P; townships → townships
    of those counties; the seeds' province → P's province. Short forms follow their full names."""
    from kg.gazetteer import short_form

    by_level, children = _divisions()
    prefecture = rng.choice(by_level["prefecture"])
    counties = _of_level(children.get(prefecture.code, ()), "county") or by_level["county"]
    mapping: dict[str, str] = {}
    taken_prefecture = False
    for name, short, level in article.places:
        if level == "prefecture":
            new = rng.choice(by_level["prefecture"]) if taken_prefecture else prefecture
            taken_prefecture = True
        elif level == "county":
            new = rng.choice(counties)
        else:
            townships = _of_level(children.get(rng.choice(counties).code, ()), "township")
            new = rng.choice(townships or by_level["township"])
        mapping[name] = new.name
        if short:
            mapping[short] = short_form(new.name, level) or new.name
    province = next((d for d in by_level["province"] if d.code == prefecture.parent), None)
    if province is not None:
        short_province = short_form(province.name, "province") or province.name
        for name in article.provinces:
            if HOME_PROVINCE.startswith(name):  # the seeds' own province; others are left alone
                mapping[name] = province.name if name.endswith(("省", "区", "市")) else short_province
    return mapping


def _of_level(divisions: tuple[Division, ...], level: str) -> tuple[Division, ...]:
    return tuple(d for d in divisions if d.level == level)


def _person(name: str, rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in name[1:])


def _company(name: str, rng: random.Random) -> str:
    return rng.choice(CORE) + rng.choice(CORE) + name[2:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    files = write_corpus(args.out, args.mb, args.seed)
    print(f"wrote {len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
