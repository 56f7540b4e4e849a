import Foundation

/// What a page's JSON-LD says about its article: headline, authors, dates, publisher.
struct StructuredData: Sendable, Equatable {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var keywords: [String] = []
    var section: String?
    var image: String?

    /// Reads every JSON-LD script; the first article-like object that names a field wins.
    /// Scripts that are not valid JSON are skipped: pages ship broken ones.
    init(jsonLD scripts: [String]) {
        for script in scripts {
            guard let value = try? JSONReader.parse(script) else { continue }
            for object in Self.objects(in: value) { absorb(object) }
        }
    }

    private mutating func absorb(_ object: JSONValue) {
        let types = Self.strings(object.field("@type"))
        let isArticle = types.contains {
            $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage"
        }
        guard isArticle || object.field("headline") != nil else { return }
        headline = headline ?? Self.strings(object.field("headline")).first
        if authors.isEmpty { authors = Self.names(object.field("author")) }
        published = published ?? Self.strings(object.field("datePublished")).first
        modified = modified ?? Self.strings(object.field("dateModified")).first
        publisher = publisher ?? Self.names(object.field("publisher")).first
        if keywords.isEmpty {
            keywords = Self.strings(object.field("keywords")).flatMap { $0.split(separator: ",") }
                .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        section = section ?? Self.strings(object.field("articleSection")).first
        image = image ?? Self.strings(object.field("image")).first ?? Self.urls(object.field("image")).first
    }

    /// Objects at the top, in arrays and in `@graph`.
    private static func objects(in value: JSONValue) -> [JSONValue] {
        switch value {
        case let .array(items): return items.flatMap { objects(in: $0) }
        case .object: return [value] + (value.field("@graph").map { objects(in: $0) } ?? [])
        default: return []
        }
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case let .string(text): return [text]
        case let .array(items): return items.compactMap(\.stringValue)
        default: return []
        }
    }

    /// Addresses from an `ImageObject` or a list of them.
    private static func urls(_ value: JSONValue?) -> [String] {
        switch value {
        case .object?: return strings(value?.field("url"))
        case let .array(items): return items.flatMap { urls($0) }
        default: return []
        }
    }

    /// Names from a string, a `{name}` object or an array of either.
    private static func names(_ value: JSONValue?) -> [String] {
        switch value {
        case let .string(text): return [text]
        case .object: return strings(value?.field("name"))
        case let .array(items): return items.flatMap { names($0) }
        default: return []
        }
    }
}
