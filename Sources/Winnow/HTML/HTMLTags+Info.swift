/// The element tables as one record per tag, so the walk looks a tag up once per element.
///
/// Entering an element asked four `Set`/`Dictionary` tables in turn, each hashing the tag name
/// again; profiles of HTML mode showed those hashes. The answers are the tables' own.
extension HTMLTags {
    struct Info: Sendable {
        var isBlock = false
        var isTablePart = false
        var isSkipped = false
        /// Handled by `DOMWalk.enterSpecial` (`br`, `img`, `meta`, ...).
        var special: SpecialTag?
        var containers: Containers = []
        var kind: BlockKind?
        var headingLevel: Int?
    }

    /// The tags `DOMWalk.enterSpecial` handles itself; its switch over them is exhaustive, so
    /// the table and the walk cannot drift apart.
    enum SpecialTag: String, CaseIterable, Sendable {
        case br, hr, img, meta, link, title, script, html, time
    }

    private static let infos: [String: Info] = {
        var names = blockLevel.union(tableParts).union(skipped).union(SpecialTag.allCases.map(\.rawValue))
        names.formUnion(containers.keys)
        names.formUnion(kinds.keys)
        names.formUnion(["h1", "h2", "h3", "h4", "h5", "h6"])
        return Dictionary(uniqueKeysWithValues: names.map { ($0, computedInfo($0)) })
    }()

    /// A tag outside the table is in none of the tables it was built from (h1-h6 are in it).
    static func info(_ tag: String) -> Info {
        infos[tag] ?? ordinary
    }

    /// An element's name and its record, read from libxml2's name bytes: a known tag is found by
    /// its word hash and gets the table's string, so no string is built or hashed per element.
    static func lookup(_ name: UnsafePointer<UInt8>) -> (tag: String, info: Info) {
        let length = Int(strlenBytes(name))
        if let known = byHash[WordScanner.hashASCII(name, 0..<length)], known.bytes.count == length,
            known.bytes.indices.allSatisfy({ known.bytes[$0] == name[$0] })
        {
            return (known.tag, known.info)
        }
        let tag = String(decoding: UnsafeBufferPointer(start: name, count: length), as: UTF8.self)
        return (tag, info(tag))
    }

    private struct Known: Sendable {
        var tag: String
        var bytes: [UInt8]
        var info: Info
    }

    private static let byHash = WordTable(
        Dictionary(
            uniqueKeysWithValues: infos.map { tag, info in
                (WordScanner.hash(of: Substring(tag)), Known(tag: tag, bytes: Array(tag.utf8), info: info))
            }))

    private static func strlenBytes(_ name: UnsafePointer<UInt8>) -> Int {
        var length = 0
        while name[length] != 0 { length += 1 }
        return length
    }

    private static let ordinary = Info(headingLevel: nil)

    private static func computedInfo(_ tag: String) -> Info {
        Info(
            isBlock: blockLevel.contains(tag), isTablePart: tableParts.contains(tag), isSkipped: skipped.contains(tag),
            special: SpecialTag(rawValue: tag), containers: containers[tag] ?? [], kind: kinds[tag],
            headingLevel: headingLevel(tag))
    }
}
