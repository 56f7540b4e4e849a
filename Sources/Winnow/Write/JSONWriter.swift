/// JSON with metadata: one pretty object per article (`--format json`) or one line (`jsonl`).
public struct JSONWriter: ArticleWriter {
    /// One line per article, for JSON lines streams.
    public var isCompact: Bool
    public var options: WriteOptions

    public init(compact: Bool = false, options: WriteOptions = WriteOptions()) {
        isCompact = compact
        self.options = options
    }

    public var fileExtension: String { isCompact ? "jsonl" : "json" }

    public func render(_ article: Article) -> String {
        value(article).serialized(pretty: !isCompact) + "\n"
    }

    /// The article's JSON value with the options applied.
    public func value(_ article: Article) -> JSONValue {
        var value = article.jsonValue
        if options.includesComments, case let .object(pairs) = value {
            let comments = article.commentTexts.map(JSONValue.string)
            value = .object(pairs + [("comments", .array(comments))])
        }
        return value
    }
}

extension Article {
    /// The documented JSON shape (README "JSON output"); field order is part of the format.
    public var jsonValue: JSONValue {
        let meta = metadata
        let authors = meta.authors.map { author in
            JSONValue.object([
                ("name", .string(author.name)), ("role", .optional(author.role)),
                ("bio", .optional(author.bio)),
            ])
        }
        let published: JSONValue =
            meta.published.map {
                .object([("text", .string($0.text)), ("iso", .optional($0.iso))])
            } ?? .null
        let language: JSONValue =
            meta.language.map {
                .object([("code", .string($0.code)), ("confidence", .number($0.confidence))])
            } ?? .null
        let readingTime: JSONValue =
            meta.readingTime.map {
                .object([("text", .optional($0.text)), ("minutes", .integer($0.minutes))])
            } ?? .null
        let blockValues = zip(blocks, verdicts).map { block, verdict in
            JSONValue.object([
                ("text", .string(block.text)), ("label", .string(verdict.label.rawValue)),
                ("kept", .bool(verdict.isKept)), ("reason", .string(verdict.reason.rawValue)),
                ("evidence", .string(verdict.evidence)), ("line", .integer(block.line)),
            ])
        }
        let images = meta.images.map {
            JSONValue.object([("caption", .optional($0.caption)), ("credit", .optional($0.credit))])
        }
        let removed = removedCounts.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { ($0.key.rawValue, JSONValue.integer($0.value)) }
        return .object([
            ("id", .string(id)),
            ("source", sourceValue),
            ("status", .string(status.rawValue)),
            (
                "lossy",
                .array(
                    losses.map { .object([("code", .string($0.code.rawValue)), ("message", .string($0.message))]) })
            ),
            ("title", .optional(meta.title)), ("subtitle", .optional(meta.subtitle)),
            ("authors", .array(authors)), ("published", published),
            (
                "modified",
                meta.modified.map { .object([("text", .string($0.text)), ("iso", .optional($0.iso))]) } ?? .null
            ),
            ("url", .optional(meta.url)), ("tags", .array(meta.tags.map(JSONValue.string))),
            ("image", .optional(meta.mainImage)),
            ("site", .optional(meta.site)), ("dateline", .optional(meta.dateline)),
            ("language", language), ("reading_time", readingTime), ("word_count", .integer(meta.wordCount)),
            ("body", .string(bodyText)), ("blocks", .array(blockValues)), ("images", .array(images)),
            ("removed", .object(removed)),
        ])
    }

    private var sourceValue: JSONValue {
        .object([
            ("path", .string(id)), ("format", .string(format.rawValue)),
            ("encoding", .string(decoding.encoding.name)), ("encoding_found_by", .string(decoding.encoding.foundBy)),
            ("replaced_sequences", .integer(decoding.replacedSequences)),
            ("removed_invisibles", .integer(decoding.removedInvisibles)),
        ])
    }
}
