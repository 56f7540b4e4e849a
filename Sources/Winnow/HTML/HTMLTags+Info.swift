/// The element tables as one record per tag, so the walk looks a tag up once per element.
///
/// Entering an element asked four `Set`/`Dictionary` tables in turn, each hashing the tag name
/// again; profiles of HTML mode showed those hashes. The answers are the tables' own.
extension HTMLTags {
    struct Info: Sendable {
        var isBlock = false
        var isTablePart = false
        var isSkipped = false
        /// Handled by `DOMWalk.enterSpecial` by name (`br`, `img`, `meta`, ...).
        var isSpecial = false
        var containers: Containers = []
        var kind: BlockKind?
        var headingLevel: Int?
    }

    /// The tags `DOMWalk.enterSpecial` switches over by name.
    static let special: Set<String> = ["br", "hr", "img", "meta", "link", "title", "script", "html", "time"]

    private static let infos: [String: Info] = {
        var names = blockLevel.union(tableParts).union(skipped).union(special)
        names.formUnion(containers.keys)
        names.formUnion(kinds.keys)
        names.formUnion(["h1", "h2", "h3", "h4", "h5", "h6"])
        return Dictionary(uniqueKeysWithValues: names.map { ($0, computedInfo($0)) })
    }()

    /// A tag outside the table is in none of the tables it was built from (h1-h6 are in it).
    static func info(_ tag: String) -> Info {
        infos[tag] ?? ordinary
    }

    private static let ordinary = Info(headingLevel: nil)

    private static func computedInfo(_ tag: String) -> Info {
        Info(
            isBlock: blockLevel.contains(tag), isTablePart: tableParts.contains(tag), isSkipped: skipped.contains(tag),
            isSpecial: special.contains(tag), containers: containers[tag] ?? [], kind: kinds[tag],
            headingLevel: headingLevel(tag))
    }
}
