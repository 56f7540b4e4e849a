import Foundation

/// Inputs built to break a cleaner: nesting past libxml2's limits, huge nodes and attributes,
/// entity bombs, broken encodings, binary data, oversized and lying containers. Generated at test
/// time (nothing large is committed); `HostileInputTests` runs each through the built binary.
enum HostileCorpus {
    static let all: [HostileCase] =
        structure + sizes + entities + encodings + containers + trivial

    /// Nesting and element counts: libxml2 alone drops content at depth 256.
    static let structure: [HostileCase] =
        [
            HostileCase(
                name: "deep-100000", fileName: "deep-100000.html",
                write: { try nested(100_000, inner: "<p>\(Prose.library)</p>").write(to: $0) },
                records: [.lossy(["depth-limit"], [Check.text(contains: Prose.library, Prose.catalogue)])])
        ]
        + [255, 256, 257].map { depth in
            HostileCase(
                name: "depth-\(depth)", fileName: "depth-\(depth).html",
                write: { try nested(depth, inner: "<p>\(Prose.library)</p>").write(to: $0) },
                // Past --max-depth (200) the guard flattens, and says so.
                records: [.lossy(["depth-limit"], [Check.text(contains: Prose.library, Prose.catalogue)])])
        } + [
            HostileCase(
                name: "unclosed-formatting-1m", fileName: "unclosed-formatting-1m.html",
                write: {
                    try Prose.page(middle: Data(String(repeating: "<b>", count: 1_000_000).utf8)).write(to: $0)
                },
                records: [.lossy(["depth-limit"], [Check.text(contains: Prose.library, Prose.catalogue)])]),
            HostileCase(
                name: "siblings-1m", fileName: "siblings-1m.html",
                write: { url in
                    try ChunkedFile.write(to: url) { file in
                        try file.write("<html><body>\n<p>\(Prose.library)</p>\n")
                        try file.repeating("<span>x</span>", bytes: 14 * 1_000_000)
                        try file.write("\n</body></html>\n")
                    }
                },
                records: [.error("too-many-elements")], seconds: 5),
        ]

    /// One huge text node, one huge attribute, very many attributes.
    static let sizes: [HostileCase] = [
        HostileCase(
            name: "text-node-15mb", fileName: "text-node-15mb.html",
            write: { url in
                // Between two ordinary paragraphs: to the current classifier a page whose only block
                // is one long paragraph (5,000 characters already) is no-article, which would hide the cut.
                try ChunkedFile.write(to: url) { file in
                    try file.write("<html><body>\n<p>\(Prose.sundays)</p>\n<p>")
                    try file.repeating(Prose.library + " " + Prose.catalogue + " ", bytes: textNodeBytes)
                    try file.write("</p>\n<p>\(Prose.accented)</p>\n</body></html>\n")
                }
            },
            records: [
                RecordExpectation(
                    statuses: ["ok"], forbiddenLossy: ["text-truncated"],
                    // libxml2 alone cuts a text node at 10,000,000 characters.
                    checks: [Check.text(atLeast: textNodeBytes * 99 / 100)])
            ],
            // 15 MB of prose is a big document: 2.8 s and 430 MB in a release build, about four
            // times the time in the debug build the tests run, past the default 10 s timeout.
            seconds: 30, megabytes: 600, arguments: ["--timeout", "60"]),
        HostileCase(
            name: "attribute-15mb", fileName: "attribute-15mb.html",
            write: { url in
                try ChunkedFile.write(to: url) { file in
                    try file.write("<html><body><div data-blob=\"")
                    try file.repeating("abcdefghij", bytes: 15_000_000)
                    try file.write("\"></div>\n<p>\(Prose.library)</p>\n<p>\(Prose.catalogue)</p>\n</body></html>\n")
                }
            },
            records: [
                RecordExpectation(
                    statuses: ["ok", "ok-lossy"], checks: [Check.text(contains: Prose.library, Prose.catalogue)])
            ]),
        // Distinct names: libxml2 checks each new attribute against all before it (~400 s).
        // Plainly written and never read, the guard leaves them all out: nothing is lost.
        HostileCase(
            name: "attributes-200000", fileName: "attributes-200000.html",
            write: { url in try attributeFlood(opening: "").write(to: url) },
            records: [.ok([Check.text(contains: Prose.library, Prose.catalogue)])]),
        // One oddly written attribute (a quoted name) and the tag goes to libxml2 as it is: the
        // attribute limit cuts it, and says so.
        HostileCase(
            name: "attributes-200000-odd", fileName: "attributes-200000-odd.html",
            write: { url in try attributeFlood(opening: "\"odd\" ").write(to: url) },
            records: [.lossy(["attributes-dropped"], [Check.text(contains: Prose.library, Prose.catalogue)])]),
    ]

    /// A `<div>` with 200,000 distinct unread attributes after `opening`, around two paragraphs.
    static func attributeFlood(opening: String) -> Data {
        let attributes = (0..<200_000).map { "data-a\($0)=\"v\"" }.joined(separator: " ")
        return Data(
            "<html><body><div \(opening)\(attributes)>\n<p>\(Prose.library)</p>\n<p>\(Prose.catalogue)</p>\n</div></body></html>\n"
                .utf8)
    }

    /// Entities that expand exponentially or read a local file.
    static let entities: [HostileCase] = [
        HostileCase(
            name: "billion-laughs", fileName: "billion-laughs.html",
            write: { url in
                let definitions = (1...9).map { level in
                    let previous = level == 1 ? "lol" : "lol\(level - 1)"
                    return "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">"
                }
                let doctype = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n\(definitions.joined(separator: "\n"))\n]>\n"
                try (Data(doctype.utf8) + Prose.page(before: ["&lol9;", Prose.library])).write(to: url)
            },
            records: [.ok([Check.text(under: 10_000), Check.text(contains: Prose.library, Prose.catalogue)])]),
        HostileCase(
            name: "external-entity", fileName: "external-entity.html",
            write: { url in
                let doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                try (Data(doctype.utf8) + Prose.page(before: ["&xxe;", Prose.library])).write(to: url)
            },
            records: [.ok([Check.line(lacks: "root:"), Check.text(contains: Prose.library, Prose.catalogue)])]),
    ]

    /// How many bytes of prose `text-node-15mb` holds in its one `<p>`.
    static let textNodeBytes = 15_000_000

    /// `<html><body>`, `depth` nested divs around `inner`, their closing tags, then a paragraph.
    static func nested(_ depth: Int, inner: String) -> Data {
        Data(
            ("<html><body>\n" + String(repeating: "<div>", count: depth) + inner
                + String(repeating: "</div>", count: depth) + "\n<p>\(Prose.catalogue)</p>\n</body></html>\n").utf8)
    }
}
