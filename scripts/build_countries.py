"""Write ``kg/data/lexicons/countries.tsv`` from ISO 3166-1 (pycountry's zh_CN translations).

Run: ``python scripts/build_countries.py``. Each row is a Chinese country name with source
``ISO 3166-1 zh_CN (pycountry <version>)`` and its alpha-2 code; the official long name is kept
as a second row when it differs (大韩民国 beside 韩国). Entries that name a part of China
(香港, 澳门, 台湾) are left to the gazetteer. ``corrections`` are the few names whose zh_CN
translation differs from the short form of GB/T 2659 used in Chinese news.

>>> sorted(rows_for("KR", "大韩民国", "韩国", "x"))
[('大韩民国', 'x', 'KR'), ('韩国', 'x', 'KR')]
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "lexicons" / "countries.tsv"
PARTS_OF_CHINA = {"HK", "MO", "TW"}
# GB/T 2659 short forms where the zh_CN catalogue has a variant spelling or only the long form
CORRECTIONS = {
    "KH": "柬埔寨", "GT": "危地马拉", "RU": "俄罗斯", "US": "美国", "VN": "越南", "KP": "朝鲜", "SY": "叙利亚",
    "TZ": "坦桑尼亚", "BO": "玻利维亚", "VE": "委内瑞拉", "BD": "孟加拉国", "KG": "吉尔吉斯斯坦", "MT": "马耳他",
    "CZ": "捷克", "AE": "阿联酋", "SA": "沙特阿拉伯", "NZ": "新西兰", "ZA": "南非", "PS": "巴勒斯坦",
}


def rows_for(code: str, official: str, common: str, source: str) -> set[tuple[str, str, str]]:
    """The rows one country gives: its common and official names (brackets dropped)."""
    names = {re.sub(r"\s*[(（].*?[)）]\s*", "", n).strip() for n in (official, common)}
    return {(n, source, code) for n in names if n}


def main() -> None:
    from importlib.metadata import version

    import pycountry

    source = f"ISO 3166-1 zh_CN (pycountry {version('pycountry')})"
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    rows: set[tuple[str, str, str]] = set()
    for country in pycountry.countries:
        if country.alpha_2 in PARTS_OF_CHINA:
            continue
        common = getattr(country, "common_name", country.name)
        rows |= rows_for(country.alpha_2, zh.gettext(country.name), zh.gettext(common), source)
        if country.alpha_2 in CORRECTIONS and CORRECTIONS[country.alpha_2] not in {r[0] for r in rows}:
            rows.add((CORRECTIONS[country.alpha_2], "GB/T 2659-2000 short name", country.alpha_2))
    rows = {r for r in rows if re.fullmatch(r"[\u4e00-\u9fff·、]+", r[0]) and "、" not in r[0]}
    lines = ["entry\tsource\tcode"] + ["\t".join(r) for r in sorted(rows, key=lambda r: (r[2], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main()
