"""The topic chain of a paragraph: a sentence without a subject of its own goes on with the topic of
the sentences before it (位于山区的某村，…。如今，大力发展乡村游 → that village develops it).
"""

from __future__ import annotations

from kg.relate.context import ArticleContext
from kg.relate.stat_subjects import previous_topic


def chained_topic(ctx: ArticleContext, index: int, reach: int = 3) -> str | None:
    """The topic a sentence with no actor of its own goes on with (a Chinese topic chain): the place
    or body that opens a sentence before it in the same paragraph, passing over up to ``reach``
    sentences that name no place or body (位于山区的某村，…。村民种植茶叶。同时，发展乡村游)."""
    if index >= len(ctx.article.sentences):
        return None  # a heading, caption or headline has no sentence before it
    for i in range(index, max(0, index - reach), -1):
        if ctx.units[i][0].start > ctx.units[i - 1][0].end:
            return None  # a paragraph break ends the chain
        topic = previous_topic(ctx, i)
        if topic:
            return topic
        if any(m.type in ("Place", "Organization") for m in ctx.units[i - 1][1]):
            return None  # the sentence before names someone who is not its opening topic
    return None
