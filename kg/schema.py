"""The one schema of the graph: node types and relation kinds with labels, colours, domains and ranges.

Why a Python module and not the ontology file: the schema is needed at import time by
code that must not parse Turtle (extraction workers, the view, ``kg facts --rel``), and
frozen dataclasses give typed, immutable records that mypy checks. ``ontology/kg.ttl``
and ``ontology/shapes.ttl`` stay the published description; ``tests/test_schema.py``
checks they agree with this module (every relation kind is an ``owl:ObjectProperty``
with this domain, range and these zh/en labels; every type, status, level and kind is
declared; the SHACL ``sh:in`` lists are exactly these names). Adding a relation kind is
one entry here, one property (and shape) in the ontology, and the rule that produces it.

Names are the facts format's (``docs/facts-format.md``) and the gold GUIDE's. Classes are
CURIEs under :data:`kg.vocab.PREFIXES`, so this module imports nothing of rdflib.

>>> RELATIONS["developsIndustry"].domain, RELATIONS["developsIndustry"].range
(('Place', 'Organization'), ('Industry',))
>>> label_zh("launches"), label_zh("Project"), colour("Place")
('推进项目', '项目', '#4E79A7')
>>> "Money" in ENTITY_TYPES, "Article" in ENTITY_TYPES, "Article" in NODE_TYPES
(True, False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

__all__ = [
    "ENTITY_TYPES", "LEVELS", "NODE_TYPES", "ORG_KINDS", "RELATIONS", "STATUSES", "Concept", "NodeType",
    "RelationKind", "colour", "label_en", "label_zh",
]


@dataclass(frozen=True)
class NodeType:
    """A kind of node: an entity type of the facts (``segment`` set) or a node the graph makes itself.

    ``classes`` are the rdf:types of its nodes (CURIEs), the first one ours; ``colour``, ``shape``
    and ``glyph`` are how the HTML view draws it (vis-network shape names).
    """

    name: str
    zh: str
    en: str
    classes: tuple[str, ...]
    colour: str
    shape: str
    glyph: str
    segment: str | None = None  # IRI path segment of an entity type, e.g. "org" in …/id/org/<name>

    @property
    def is_entity(self) -> bool:
        """True for the entity types of the facts format (Place … Initiative, Money)."""
        return self.segment is not None


@dataclass(frozen=True)
class RelationKind:
    """A relation of the facts format, the property ``kg:<name>`` in the graph.

    ``domain`` and ``range`` are :data:`NODE_TYPES` names: a head must be one of the domain's
    entity types; a tail is an entity of the range's types or, for a range that is not an
    entity type (Position, Article, Status), a node the graph makes from the tail text.
    """

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    zh: str
    en: str
    symmetric: bool = False
    transitive: bool = False


@dataclass(frozen=True)
class Concept:
    """A fixed SKOS concept: project status, place level or organization kind."""

    name: str  # local name in its namespace, e.g. "inProduction"
    zh: str
    en: str


_PLACE_ORG = ("Place", "Organization")

_NODE_TYPES = (
    NodeType("Place", "地点", "Place", ("kg:Place", "schema:Place"), "#4E79A7", "dot", "●", "place"),
    NodeType("Organization", "机构", "Organization", ("kg:Organization", "org:Organization"),
             "#F28E2B", "square", "■", "org"),
    NodeType("Person", "人物", "Person", ("kg:Person", "schema:Person"), "#E15759", "triangle", "▲", "person"),
    NodeType("Project", "项目", "Project", ("kg:Project",), "#59A14F", "diamond", "◆", "project"),
    NodeType("Money", "金额", "Monetary amount", ("schema:MonetaryAmount",), "#D4A017", "star", "★", "money"),
    NodeType("Industry", "产业", "Industry", ("kg:Industry", "skos:Concept"), "#B07AA1", "hexagon", "⬢",
             "industry"),
    NodeType("Initiative", "举措", "Initiative", ("kg:Initiative",), "#FF9DA7", "triangleDown", "▼",
             "initiative"),
    NodeType("Article", "文章", "News article", ("kg:Article", "schema:NewsArticle"), "#9C755F", "box", "▬"),
    NodeType("Status", "状态", "Project status", ("skos:Concept",), "#8C8C8C", "dot", "•"),
    NodeType("Position", "职务", "Post", ("org:Post",), "#76B7B2", "square", "▪"),
)

_RELATIONS = (
    RelationKind("partOf", ("Place",), ("Place",), "隶属", "part of", transitive=True),
    RelationKind("locatedIn", ("Organization", "Project"), ("Place",), "位于", "located in"),
    RelationKind("holdsPosition", ("Person",), ("Position",), "任职", "holds position"),
    RelationKind("authorOf", ("Person",), ("Article",), "撰写", "author of"),
    RelationKind("launches", _PLACE_ORG, ("Project",), "推进项目", "launches"),
    RelationKind("investsIn", ("Organization",), ("Project",), "投资于", "invests in"),
    RelationKind("totalInvestment", ("Project",), ("Money",), "总投资", "total investment"),
    RelationKind("invests", _PLACE_ORG, ("Money",), "投资", "invests"),
    RelationKind("hasStatus", ("Project",), ("Status",), "进展状态", "has status"),
    RelationKind("implements", _PLACE_ORG, ("Initiative",), "实施", "implements"),
    RelationKind("developsIndustry", _PLACE_ORG, ("Industry",), "发展产业", "develops industry"),
    RelationKind("cooperatesWith", _PLACE_ORG, _PLACE_ORG, "合作", "cooperates with", symmetric=True),
)

# Project statuses, keyed by the Chinese word the facts use (GUIDE.md: 签约 … 交付, in project order).
_STATUSES = (
    ("签约", Concept("signed", "签约", "signed")),
    ("开工", Concept("started", "开工", "construction started")),
    ("在建", Concept("underConstruction", "在建", "under construction")),
    ("试产", Concept("trialProduction", "试产", "trial production")),
    ("试运行", Concept("trialOperation", "试运行", "trial operation")),
    ("投产", Concept("inProduction", "投产", "in production")),
    ("建成", Concept("built", "建成", "built")),
    ("竣工", Concept("completed", "竣工", "completed")),
    ("交付", Concept("delivered", "交付", "delivered")),
)
# Place levels: the five levels of GB/T 2260 and the statistical division codes, plus country, zone, region.
_LEVELS = (
    Concept("country", "国家", "country"), Concept("province", "省级", "province"),
    Concept("prefecture", "地级", "prefecture"), Concept("county", "县级", "county"),
    Concept("township", "乡级", "township"), Concept("village", "村级", "village"),
    Concept("zone", "开发区", "zone"), Concept("region", "区域", "region"),
)
# Organization kinds: the Chinese legal categories 企业 / 机关 / 事业单位 / 社会团体, plus other.
_ORG_KINDS = (
    Concept("company", "企业", "company"), Concept("government", "党政机关", "government"),
    Concept("institution", "事业单位", "institution"), Concept("association", "社会团体", "association"),
    Concept("other", "其他", "other"),
)

NODE_TYPES: MappingProxyType[str, NodeType] = MappingProxyType({t.name: t for t in _NODE_TYPES})
ENTITY_TYPES: MappingProxyType[str, NodeType] = MappingProxyType(
    {t.name: t for t in _NODE_TYPES if t.is_entity})
RELATIONS: MappingProxyType[str, RelationKind] = MappingProxyType({r.name: r for r in _RELATIONS})
STATUSES: MappingProxyType[str, Concept] = MappingProxyType(dict(_STATUSES))
LEVELS: MappingProxyType[str, Concept] = MappingProxyType({c.name: c for c in _LEVELS})
ORG_KINDS: MappingProxyType[str, Concept] = MappingProxyType({c.name: c for c in _ORG_KINDS})


def _lookup(name: str) -> NodeType | RelationKind:
    found = NODE_TYPES.get(name) or RELATIONS.get(name)
    if found is None:
        raise KeyError(f"not a node type or relation kind of kg.schema: {name!r}")
    return found


def label_zh(name: str) -> str:
    """The Chinese label of a node type or relation kind (KeyError for an unknown name).

    >>> label_zh("cooperatesWith")
    '合作'
    """
    return _lookup(name).zh


def label_en(name: str) -> str:
    """The English label of a node type or relation kind.

    >>> label_en("hasStatus")
    'has status'
    """
    return _lookup(name).en


def colour(type_name: str) -> str:
    """The view colour of a node type (KeyError for an unknown type).

    >>> colour("Industry")
    '#B07AA1'
    """
    if type_name not in NODE_TYPES:
        raise KeyError(f"not a node type of kg.schema: {type_name!r}")
    return NODE_TYPES[type_name].colour


def _check() -> None:
    """Every domain and range names a node type, every domain type is an entity type."""
    for rel in _RELATIONS:
        unknown = [t for t in (*rel.domain, *rel.range) if t not in NODE_TYPES]
        if unknown or not all(t in ENTITY_TYPES for t in rel.domain):
            raise AssertionError(f"kg.schema: relation {rel.name} has a bad domain or range: {unknown}")


_check()
