"""Recognise the credits a newspaper prints around an article.

- datelines: ``本报讯(特约记者熊艳 通讯员黎根英)`` at the start of the body;
- author lines: ``向斌 本报全媒体记者 刘佳惠子``, ``□特约记者尹才霞 通讯员谢忠裕``, ``李玲文/图``;
- closing bylines: ``（钱金林 刘小武）`` at the end of the last paragraph;
- photo credits: ``特约记者尹才霞 摄``, ``杨风胜摄``;
- page credits: ``（本版文图由鹰潭市余江区融媒体中心提供）``.

Each parser returns ``(name, role, start, end)`` tuples with offsets into the
string it was given.

>>> [c[:2] for c in parse_dateline("本报讯（特约记者熊艳 通讯员黎根英）进入六月")[0]]
[('熊艳', '特约记者'), ('黎根英', '通讯员')]
>>> [c[:2] for c in closing_byline("全面提升群众的满意度。（钟思伟 张海燕）")[0]]
[('钟思伟', '作者'), ('张海燕', '作者')]
"""

from __future__ import annotations

import re

from kg.lexicon_data import SURNAMES

Credit = tuple[str, str, int, int]

ROLES = (
    "本报全媒体记者", "全媒体记者", "本报特约记者", "特约记者", "本报记者", "见习记者", "实习记者",
    "摄影记者", "特约通讯员", "通讯员", "实习生", "记者", "摄影", "作者",
)
_ROLE_RE = "|".join(ROLES)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
DATELINE_RE = re.compile(r"^本报(?:[\u4e00-\u9fff]{1,4})?讯[（(]([^）)]{2,60})[）)]")
_CLOSING_RE = re.compile(r"[（(]((?:" + _NAME + r")(?:[ 　]+" + _NAME + r"){0,5})(文/图|/文|文|摄)?[）)]\s*$")
_PHOTO_RE = re.compile(r"(?:(" + _ROLE_RE + r")[ 　]*)?(" + _NAME + r")[ 　]*摄\s*$")
_PAGE_CREDIT_RE = re.compile(r"^[（(]本(?:版|刊)[^）)]*提供[）)]$")


def looks_like_name(token: str) -> bool:
    """A 2–4 character token starting with a common surname (``钱金林`` yes, ``社区`` no)."""
    return 2 <= len(token) <= 4 and (token[0] in SURNAMES or token[:2] in SURNAMES)


def _split_people(inner: str, offset: int, default_role: str) -> list[Credit]:
    """``特约记者熊艳 通讯员黎根英`` → [(熊艳, 特约记者, …), (黎根英, 通讯员, …)]."""
    credits: list[Credit] = []
    role = default_role
    for match in re.finditer(r"[^\s　]+", inner):
        token, start = match.group(), match.start()
        role_match = re.match(_ROLE_RE, token)
        if role_match:
            role = role_match.group()
            token, start = token[len(role):], start + len(role)
        token = re.sub(r"/[图文]$", "", token)
        if token.endswith("文") and len(token) == 4:  # 邹万香文/图 = 邹万香, text and photos
            token = token[:-1]
        if looks_like_name(token):
            credits.append((token, role, offset + start, offset + start + len(token)))
    return credits


def parse_dateline(text: str) -> tuple[list[Credit], int]:
    """Credits in a leading dateline and the offset where the body proper begins (0 when none)."""
    match = DATELINE_RE.match(text)
    if not match:
        return [], 0
    return _split_people(match.group(1), match.start(1), "记者"), match.end()


def closing_byline(text: str) -> tuple[list[Credit], int]:
    """Credits in a trailing ``（钱金林 刘小武）`` and the offset where it starts (len(text) when none)."""
    match = _CLOSING_RE.search(text)
    if not match:
        return [], len(text)
    names = match.group(1).split()
    if not all(looks_like_name(n) for n in names):
        return [], len(text)
    role = "摄影" if match.group(2) == "摄" else "作者"
    return _split_people(match.group(1), match.start(1), role), match.start()


def photo_credit(text: str) -> tuple[list[Credit], int]:
    """Photographer credited at the end of a caption (``… 钟豪东 摄``) and where the credit starts."""
    match = _PHOTO_RE.search(text)
    if not match or not looks_like_name(match.group(2)):
        return [], len(text)
    return [(match.group(2), "摄影", match.start(2), match.end(2))], match.start()


def author_line(text: str) -> list[Credit]:
    """Credits when the whole line is an author line, else []."""
    line = text.strip().lstrip("□■◎")
    if len(line) > 40 or not line:
        return []
    has_marker = text.strip()[:1] in "□■◎" or "/图" in line or "文/" in line or re.search(_ROLE_RE, line)
    if not has_marker:
        return []
    offset = text.index(line)
    credits = _split_people(line, offset, "作者")
    tokens = [t for t in re.split(r"[\s　]+", line) if t]
    unexplained = [t for t in tokens if not re.fullmatch(rf"(?:{_ROLE_RE})?(?:{_NAME})?(?:/图|文/图|/文)?", t)]
    return credits if credits and not unexplained else []


def is_page_credit(text: str) -> bool:
    """``（本版文图由…提供）`` and the like."""
    return bool(_PAGE_CREDIT_RE.match(text.strip()))
