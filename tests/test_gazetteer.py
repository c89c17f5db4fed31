"""Tests for kg.gazetteer (bundled data) and scripts/build_gazetteer.py (synthetic source)."""

from __future__ import annotations

import gzip
import importlib.resources
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.gazetteer import GENERIC, Division, Gazetteer, GazetteerError, load, parse, short_form

ROOT = Path(__file__).resolve().parents[1]
JIANGXI, XINYU, GANZHOU, GANXIAN = "360000000000", "360500000000", "360700000000", "360704000000"
YUJIANG, YIFENG, QIAOXI_XIANG = "360603000000", "360924000000", "360924208000"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


RESOLVE_CASES = [
    # full names
    ("江西省", (), JIANGXI),
    ("新余市", (), XINYU),
    ("赣州市", (), GANZHOU),
    ("赣县区", (), GANXIAN),
    ("余江区", (), YUJIANG),
    ("宜丰县", (), YIFENG),
    ("桥西乡", (), QIAOXI_XIANG),
    ("北京市", (), "110000000000"),
    ("两江新区", (), "500157000000"),
    # bare forms
    ("江西", (), JIANGXI),
    ("新余", (), XINYU),
    ("宜丰", (), YIFENG),
    ("余江", (), YUJIANG),
    ("青原", (), "360803000000"),
    ("广西", (), "450000000000"),
    ("内蒙古", (), "150000000000"),
    ("新疆", (), "650000000000"),
    ("香港", (), "810000000000"),
    ("延边", (), "222400000000"),
    ("神农架", (), "429021000000"),
    ("值夏", (), "360803102000"),  # a township short form that names one place
    # former names → current division
    ("赣县", (), GANXIAN),
    ("余江县", (), YUJIANG),
    ("襄樊", (), "420600000000"),
    ("郫县", (), "510117000000"),
    # bare homonyms decided by seniority
    ("南昌", (), "360100000000"),  # 南昌市 over 南昌县 inside it
    ("南昌县", (), "360121000000"),
    ("分宜", (), "360521000000"),  # 分宜县 over its own 分宜镇
    ("河北", (), "130000000000"),  # province over 天津 河北区 and townships
    ("吉林", (), "220000000000"),
    # ambiguity resolved by context
    ("杨溪乡", (YUJIANG,), "360603202000"),  # same county (also one in 广昌县)
    ("杨溪乡", ("361030000000",), "361030204000"),
    ("中洲乡", (JIANGXI,), "360982200000"),  # same province (the other is in 湖南)
    ("中洲乡", ("430000000000",), "430621202000"),
    ("桥西街道", ("130000000000",), "130582003000"),  # 河北 vs 内蒙古 vs 广东
    ("桥西街道", ("441300000000",), "441302002000"),
    ("桥西", (YIFENG,), QIAOXI_XIANG),
    ("朝阳", ("110000000000",), "110105000000"),
    ("吉林", ("220200000000",), "220200000000"),  # in 吉林市 context the city
    ("东门街道", ("999999999999", "360681000000"), "360681002000"),  # unknown context codes ignored
    # ambiguous, nothing decides → None
    ("桥西", (), None),
    ("桥西街道", (), None),
    ("杨溪乡", (), None),
    ("城关镇", (), None),
    ("长安", (), None),
    ("通州", (), None),
    ("东门街道", ("110000000000",), None),  # context present but matches none
    ("城关镇", (JIANGXI,), None),
    # unknown or generic
    ("不存在县", (), None),
    ("中山", (), None),
    ("", (), None),
]


@pytest.mark.parametrize(("surface", "context", "code"), RESOLVE_CASES)
def test_resolve(gaz: Gazetteer, surface: str, context: tuple[str, ...], code: str | None) -> None:
    div = gaz.resolve(surface, context)
    assert (div.code if div else None) == code


@pytest.mark.parametrize(("surface", "names"), [
    ("南昌", ["南昌市", "南昌县"]),
    ("赣县", ["赣县区"]),
    ("杨溪乡", ["杨溪乡", "杨溪乡"]),
    ("桥西", ["桥西区", "桥西街道", "桥西区", "桥西街道", "桥西乡", "桥西街道"]),
    ("中山", []),
])
def test_candidates_sorted_by_code(gaz: Gazetteer, surface: str, names: list[str]) -> None:
    found = gaz.candidates(surface)
    assert [d.name for d in found] == names
    assert [d.code for d in found] == sorted(d.code for d in found)


@pytest.mark.parametrize(("code", "chain"), [
    (GANXIAN, ["赣州市", "江西省"]),
    (QIAOXI_XIANG, ["宜丰县", "宜春市", "江西省"]),
    ("110101000000", ["北京市"]),  # municipal district hangs on the province
    ("419001000000", ["河南省"]),  # 济源市, county level under the province
    (JIANGXI, []),
])
def test_ancestors(gaz: Gazetteer, code: str, chain: list[str]) -> None:
    div = gaz.by_code(code)
    assert div is not None
    assert [a.name for a in gaz.ancestors(div)] == chain
    assert gaz.parent(div) == next(iter(gaz.ancestors(div)), None)


@pytest.mark.parametrize(("name", "level"), [
    ("北京市", "province"), ("重庆市", "province"), ("广西壮族自治区", "province"), ("台湾省", "province"),
    ("新余市", "prefecture"), ("延边朝鲜族自治州", "prefecture"), ("阿里地区", "prefecture"),
    ("赣县区", "county"), ("宜丰县", "county"), ("济源市", "county"), ("神农架林区", "county"),
    ("桥西乡", "township"), ("韩坊镇", "township"),
])
def test_levels(gaz: Gazetteer, name: str, level: str) -> None:
    div = gaz.resolve(name)
    assert div is not None and div.level == level


def test_is_within(gaz: Gazetteer) -> None:
    xiang, jiangxi, xinyu = (gaz.by_code(c) for c in (QIAOXI_XIANG, JIANGXI, XINYU))
    assert xiang and jiangxi and xinyu
    assert gaz.is_within(xiang, jiangxi)
    assert gaz.is_within(xiang, xiang)
    assert not gaz.is_within(xiang, xinyu)
    assert not gaz.is_within(jiangxi, xiang)


@pytest.mark.parametrize(("surface", "level"), [
    ("江西省", "province"), ("江西", "province"), ("新余", "prefecture"), ("南昌", "prefecture"),
    ("赣县", "county"), ("余江县", "county"), ("桥西乡", "township"), ("桥西", "county"),
    ("中山市", "prefecture"),
])
def test_surface_forms_levels(gaz: Gazetteer, surface: str, level: str) -> None:
    assert gaz.surface_forms()[surface] == level


@pytest.mark.parametrize("surface", ["值夏", "韩坊", "中山", "城关", "和平", "比如", "忠", "京"])
def test_surface_forms_leave_out_unsafe(gaz: Gazetteer, surface: str) -> None:
    assert surface not in gaz.surface_forms()


def test_surface_forms_is_a_copy(gaz: Gazetteer) -> None:
    gaz.surface_forms()["假地名"] = "county"
    assert "假地名" not in gaz.surface_forms()


@pytest.mark.parametrize(("name", "level", "short"), [
    ("江西省", "province", "江西"), ("宁夏回族自治区", "province", "宁夏"), ("内蒙古自治区", "province", "内蒙古"),
    ("新疆维吾尔自治区", "province", "新疆"), ("香港特别行政区", "province", "香港"), ("北京市", "province", "北京"),
    ("伊犁哈萨克自治州", "prefecture", "伊犁"), ("黔东南苗族侗族自治州", "prefecture", "黔东南"),
    ("锡林郭勒盟", "prefecture", "锡林郭勒"), ("大兴安岭地区", "prefecture", "大兴安岭"),
    ("积石山保安族东乡族撒拉族自治县", "county", "积石山"), ("龙胜各族自治县", "county", "龙胜"),
    ("察布查尔锡伯自治县", "county", "察布查尔"), ("浦东新区", "county", "浦东"), ("清新区", "county", None),  # 清新 is a generic word
    ("万柏林区", "county", "万柏林"), ("神农架林区", "county", "神农架"), ("六枝特区", "county", "六枝"),
    ("忠县", "county", None), ("城区", "county", None), ("鄂温克族自治旗", "county", None),
    ("桥西街街道", "township", "桥西街"), ("幸福满族乡", "township", None), ("韩坊镇", "township", "韩坊"),
])
def test_short_form(name: str, level: str, short: str | None) -> None:
    assert short_form(name, level) == short


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(CJK, min_size=0, max_size=8),
       st.sampled_from(["省", "市", "自治州", "地区", "盟", "县", "区", "旗", "自治县", "镇", "乡", "街道"]),
       st.sampled_from(["province", "prefecture", "county", "township"]))
def test_short_form_is_a_safe_prefix(stem: str, suffix: str, level: str) -> None:
    name = stem + suffix
    short = short_form(name, level)
    if short is not None:
        assert name.startswith(short) and len(short) >= 2 and short != name
        assert short not in GENERIC


def test_data_file_integrity(gaz: Gazetteer) -> None:
    divs = list(gaz)
    counts = {lvl: sum(d.level == lvl for d in divs) for lvl in ("province", "prefecture", "county", "township")}
    assert counts == {"province": 34, "prefecture": 333, "county": 2847, "township": 38536}
    for d in divs:
        assert len(d.code) == 12 and d.code.isdigit()
        assert (d.parent is None) == (d.level == "province")
        if d.parent:
            assert gaz.by_code(d.parent) is not None
        if d.level == "township":
            assert d.code[:6] == d.parent[:6]  # type: ignore[index]
    data = importlib.resources.files("kg.data").joinpath("gazetteer.tsv.gz").read_bytes()
    assert len(data) < 2_000_000


def test_parse_rejects_malformed_rows() -> None:
    with pytest.raises(GazetteerError, match=r"x.tsv:2: malformed"):
        parse("D\t110000000000\t北京市\tprovince\t\nD\tbroken", origin="x.tsv")
    with pytest.raises(GazetteerError):
        parse("D\t110000000000\t北京市\tplanet\t")


def test_parse_former_name_to_unknown_code_is_ignored() -> None:
    g = parse("D\t110000000000\t北京市\tprovince\t\nF\t北平\t110000000000\t1949\t历史旧称\nF\t旧名\t120000000000\t1990\t更名")
    assert g.resolve("北平") == Division("110000000000", "北京市", "province", None)
    assert g.candidates("旧名") == []


# --- scripts/build_gazetteer.py on a synthetic source -------------------------------------------


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(year: int, kind: str, old: tuple[str, str], new: tuple[str | None, str | None]) -> dict:
    return {"year": year, "type": kind, "level": 3, "old": {"code": old[0], "name": old[1], "parent_code": None},
            "new": {"code": new[0], "name": new[1], "parent_code": None}}


def _write_source(root: Path) -> None:
    (root / "data").mkdir(parents=True)
    divisions = {"provinces": {
        "江西省": {"code": "360000000000", "cities": {"赣州市": {"code": "360700000000", "counties": {
            "赣县区": "360704000000", "章贡区": "360702000000"}}}},
        "北京市": {"code": "110000000000", "cities": {"": {"code": None, "counties": {"东城区": "110101000000"}}}},
    }}
    townships = {"360704000000": {"county": "赣县区", "townships": {
        "梅林街道": "360704001000", "旧乡（撤销）": "360704299000"}}}
    events = {"events": [
        _event(2016, "撤县设区", ("360721000000", "赣县"), ("360704000000", "赣县区")),
        _event(1998, "同名改码", ("362121000000", "赣县"), ("360721000000", "赣县")),
        _event(1983, "更名", ("362121000000", "老赣县"), ("362121000000", "赣县")),
        _event(1995, "更名", ("360711000000", "郊区"), ("360702000000", "章贡区")),  # generic: dropped
        _event(1990, "撤销", ("360799000000", "并入区"), ("360702000000", "章贡区")),  # merger: dropped
    ]}
    aliases = {"historical": [{"alias": "北平", "canonical": "北京市", "year": 1949, "kind": "历史旧称"},
                              {"alias": "雄安", "canonical": "江西省赣州市", "year": 2017, "kind": "新区"}]}
    for member, obj in [("data/divisions_v1.json", divisions), ("data/townships_v1.json", townships),
                        ("data/historical_changes_v1.json", events), ("aliases.json", aliases)]:
        (root / member).write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")


def test_build_script_on_synthetic_source(tmp_path: Path) -> None:
    builder = _builder()
    _write_source(tmp_path / "src")
    out1, out2 = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    counts = builder.build(tmp_path / "src", out1)
    builder.build(tmp_path / "src", out2)
    assert out1.read_bytes() == out2.read_bytes()  # deterministic bytes
    assert counts == {"province": 2, "prefecture": 1, "county": 3, "township": 1, "former names": 3}
    rows = [line.split("\t") for line in gzip.decompress(out1.read_bytes()).decode("utf-8").splitlines()
            if not line.startswith("#")]
    former = {(r[1], r[2]) for r in rows if r[0] == "F"}
    assert former == {("赣县", "360704000000"), ("老赣县", "360704000000"), ("北平", "110000000000")}
    assert ["D", "110101000000", "东城区", "county", "110000000000"] in rows
    assert not any("撤销" in r[2] for r in rows)
    g = parse(gzip.decompress(out1.read_bytes()).decode("utf-8"))
    assert g.resolve("老赣县").name == "赣县区"  # type: ignore[union-attr]
