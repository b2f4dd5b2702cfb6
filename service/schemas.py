"""marshmallow schemas: the single source of truth for the API and for openapi.yaml."""
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

KINDS = ("direct", "partial")
ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
INCLUDES = ("entities", "quotes")


class DocumentSchema(Schema):
    """One document to analyse."""
    id = fields.String(metadata={"description": "Caller's identifier, echoed in the result."})
    text = fields.String(required=True, metadata={"description": "French text, analysed exactly as sent."})


class DocumentItem(fields.Nested):
    """A batch item: an invalid document becomes an item error instead of failing the batch."""

    def _deserialize(self, value, attr, data, **kwargs):
        try:
            return super()._deserialize(value, attr, data, **kwargs)
        except ValidationError as error:
            item_id = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None
            return {"id": item_id, "invalid": error.messages}


class AnalyseRequestSchema(Schema):
    """Either one text, or a batch of documents."""
    text = fields.String(metadata={"description": "A single document's text."})
    documents = fields.List(DocumentItem(DocumentSchema), validate=validate.Length(min=1),
                            metadata={"description": "A batch of documents, answered in order."})

    @validates_schema
    def exactly_one(self, data, **kwargs):
        if ("text" in data) == ("documents" in data):
            raise ValidationError("give either 'text' or 'documents', not both or neither", "_schema")


class MentionSchema(Schema):
    """A span of the text: text == sent_text[start:end], in Unicode code points."""
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpeakerSchema(Schema):
    name = fields.String(required=True, metadata={"description": "Most complete name, or description as written."})
    entity_id = fields.String(allow_none=True, required=True)
    mention = fields.Nested(MentionSchema, allow_none=True, required=True)


class QuoteSchema(Schema):
    id = fields.String(required=True)
    text = fields.String(required=True, metadata={"description": "The quote's content, without quote marks."})
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    speaker = fields.Nested(SpeakerSchema, allow_none=True, required=True)
    cue = fields.Nested(MentionSchema, allow_none=True, required=True)


class SpeakerGroupSchema(Schema):
    name = fields.String(required=True)
    entity_id = fields.String(allow_none=True, required=True)
    quote_ids = fields.List(fields.String(), required=True)


class EntitySchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True, metadata={"description": "Most complete form among the mentions."})
    type = fields.String(required=True, validate=validate.OneOf(ENTITY_TYPES))
    mentions = fields.List(fields.Nested(MentionSchema), required=True)


class ModelInfoSchema(Schema):
    name = fields.String(required=True)
    version = fields.String(required=True)


class MetaSchema(Schema):
    model = fields.Nested(ModelInfoSchema, required=True)
    service_version = fields.String(required=True)
    processing_ms = fields.Float(required=True)
    characters = fields.Integer(required=True)


class QuotesResultSchema(Schema):
    id = fields.String(metadata={"description": "The document's id, in a batch."})
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerGroupSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class ExtractResultSchema(QuotesResultSchema):
    entities = fields.List(fields.Nested(EntitySchema), required=True)


class ErrorDetailSchema(Schema):
    code = fields.String(required=True, metadata={"description": "Machine-readable error code."})
    message = fields.String(required=True)
    details = fields.Raw(allow_none=True)


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class BatchItemSchema(ExtractResultSchema):
    """A batch item: a document's result, or {"id", "error"} for a document that failed."""
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerGroupSchema))
    entities = fields.List(fields.Nested(EntitySchema))
    meta = fields.Nested(MetaSchema)
    error = fields.Nested(ErrorDetailSchema)


class BatchResultSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True)


class StatusSchema(Schema):
    status = fields.String(required=True)
    model = fields.Nested(ModelInfoSchema)
