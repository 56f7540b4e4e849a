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
            guard let data = script.data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            for object in Self.objects(in: value) { absorb(object) }
        }
    }

    private mutating func absorb(_ object: [String: Any]) {
        let types = Self.strings(object["@type"])
        let isArticle = types.contains {
            $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage"
        }
        guard isArticle || object["headline"] != nil else { return }
        headline = headline ?? Self.strings(object["headline"]).first
        if authors.isEmpty { authors = Self.names(object["author"]) }
        published = published ?? Self.strings(object["datePublished"]).first
        modified = modified ?? Self.strings(object["dateModified"]).first
        publisher = publisher ?? Self.names(object["publisher"]).first
        if keywords.isEmpty {
            keywords = Self.strings(object["keywords"]).flatMap { $0.split(separator: ",") }
                .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        section = section ?? Self.strings(object["articleSection"]).first
        image = image ?? Self.strings(object["image"]).first ?? Self.urls(object["image"]).first
    }

    /// Objects at the top, in arrays and in `@graph`.
    private static func objects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap { objects(in: $0) } }
        guard let object = value as? [String: Any] else { return [] }
        return [object] + (object["@graph"].map { objects(in: $0) } ?? [])
    }

    private static func strings(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        if let array = value as? [Any] { return array.compactMap { $0 as? String } }
        return []
    }

    /// Addresses from an `ImageObject` or a list of them.
    private static func urls(_ value: Any?) -> [String] {
        if let object = value as? [String: Any] { return strings(object["url"]) }
        if let array = value as? [Any] { return array.flatMap { urls($0) } }
        return []
    }

    /// Names from a string, a `{name}` object or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        if let object = value as? [String: Any] { return strings(object["name"]) }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
