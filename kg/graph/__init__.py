"""Facts → RDF under the govnews-kg ontology (``ontology/kg.ttl``).

Public API: :func:`build_dataset`, :func:`graph_quads` (the same quads as a stream), :func:`iri_for_entity`, :func:`iri_for_article`.

Shape of the graph (prefixes as in :data:`kg.vocab.PREFIXES`)::

    <place/360500000000> a kg:Place, schema:Place, kg:AdministrativeDivision ;
        rdfs:label "新余市"@zh ; skos:altLabel "新余"@zh ; kg:adminCode "360500000000" ;
        kg:adminLevel level:prefecture ; kg:parentDivision <place/…> .
    <org/…> a kg:Organization, org:Organization ; kg:organizationKind orgkind:company .
    <place/…> kg:launches <project/…> .                 # every relation as a plain triple
    <project/…> kg:hasStatus status:inProduction ; kg:totalInvestment <money/…> .
    <money/…> a schema:MonetaryAmount ; schema:value 5000000000 ; schema:currency "CNY" .
    <person/…> kg:holdsPosition <post/…> .  <post/…> a org:Post ; org:heldBy <person/…> .
    <assertion/sha1> a kg:Assertion ; rdf:subject … ; rdf:predicate kg:launches ; rdf:object … ;
        prov:wasDerivedFrom <sentence/<stem>/2310-2337> ; kg:rule "…" ; kg:confidence 0.7 .
    <sentence/…> a kg:Sentence ; schema:text "…"@zh ; kg:startOffset 2310 ; kg:endOffset 2337 ;
        kg:sourceFile "000_….txt" ; dcterms:isPartOf <article/<stem>/0-…> .
    <observation/sha1> a kg:Observation, qb:Observation ; qb:dataSet <dataset/statistics> ;
        kg:refArea <place/…> ; kg:indicator "工业投资"@zh ; kg:measureType "同比增长"@zh ;
        kg:obsValue 19.4 ; kg:unit "%" ; kg:period "2024-01/2024-06" ; kg:refPeriod <period/2024-01--2024-06> .
    <period/2024-01--2024-06> a time:ProperInterval ;
        time:hasBeginning <instant/2024-01-01> ; time:hasEnd <instant/2024-06-30> .
    <instant/2024-01-01> time:inXSDDate "2024-01-01"^^xsd:date .
"""

from kg.graph.build import build_dataset, graph_quads, new_dataset
from kg.graph.iris import iri_for_article, iri_for_entity, iri_for_graph

__all__ = ["build_dataset", "graph_quads", "iri_for_article", "iri_for_entity", "iri_for_graph", "new_dataset"]
