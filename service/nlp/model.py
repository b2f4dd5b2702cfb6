"""The data model shared by every stage: plain objects that serialise to JSON.

Every span holds code-point offsets into the text exactly as given: text[start:end] == span.text.
"""
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(source[start:end], start, end)

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Entity:
    id: str
    name: str
    type: str
    mentions: List[Span] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Speaker:
    """Who said a quote: a canonical name, the entity it links to, and the mention in the attribution."""
    name: str
    entity_id: Optional[str] = None
    mention: Optional[Span] = None

    def to_dict(self) -> dict:
        return {"name": self.name, "entity_id": self.entity_id,
                "mention": self.mention.to_dict() if self.mention else None}


@dataclass
class Quote:
    id: str
    span: Span
    kind: str  # "direct" or "partial"
    speaker: Optional[Speaker] = None
    cue: Optional[Span] = None

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.span.text, "start": self.span.start, "end": self.span.end,
                "kind": self.kind, "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None}


@dataclass
class SpeakerGroup:
    name: str
    entity_id: Optional[str]
    quote_ids: List[str]

    def to_dict(self) -> dict:
        return {"name": self.name, "entity_id": self.entity_id, "quote_ids": list(self.quote_ids)}


@dataclass
class Analysis:
    """The result for one text."""
    quotes: List[Quote] = field(default_factory=list)
    speakers: List[SpeakerGroup] = field(default_factory=list)
    entities: Optional[List[Entity]] = None

    def to_dict(self) -> dict:
        result = {"quotes": [q.to_dict() for q in self.quotes],
                  "speakers": [s.to_dict() for s in self.speakers]}
        if self.entities is not None:
            result["entities"] = [e.to_dict() for e in self.entities]
        return result
