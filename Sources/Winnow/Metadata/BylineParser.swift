import Foundation

/// Reads author names, roles and bios from byline and author-box blocks.
struct BylineParser: Sendable {
    /// Words that never name a person on their own.
    static let notNames: Set<String> = [
        "staff", "editor", "editors", "admin", "reporter", "team", "desk", "news", "wire", "agency", "press", "bureau",
        "media", "group", "inc", "ltd", "llc", "network", "magazine", "online", "digital",
    ]

    func authors(blocks: [Block], verdicts: [Verdict]) -> [Author] {
        var authors: [Author] = []
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            let verdict = verdicts[index]
            guard verdict.label == .byline else { continue }
            if verdict.reason == .authorBox {
                // name line, optional role lines, bio paragraph
                var author = Author(name: blocks[index].text, role: nil, bio: nil)
                var next = index + 1
                while next < blocks.count, verdicts[next].reason == .authorBox {
                    if verdicts[next].label == .bio { author.bio = blocks[next].text; break }
                    author.role = author.role.map { $0 + ", " + blocks[next].text } ?? blocks[next].text
                    next += 1
                }
                index = next
                append(author, to: &authors)
                continue
            }
            for name in Self.names(in: blocks[index].text) {
                append(Author(name: name, role: nil, bio: nil), to: &authors)
            }
        }
        return authors
    }

    private func append(_ author: Author, to authors: inout [Author]) {
        if let existing = authors.firstIndex(where: { $0.name == author.name }) {
            authors[existing].role = authors[existing].role ?? author.role
            authors[existing].bio = authors[existing].bio ?? author.bio
        } else {
            authors.append(author)
        }
    }

    /// A declared author that is a person: two to four capitalised words, no staff desk, no date.
    static func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && !words.contains(where: { notNames.contains($0.lowercased()) })
    }

    /// "By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]; a trailing agency stays out.
    static func names(in byline: String) -> [String] {
        let lowered = byline.lowercased()
        let opening = Vocabulary.bylineOpenings.first(where: lowered.hasPrefix) ?? ""
        let rest = byline.dropFirst(opening.count)
        var names: [String] = []
        for part in rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",")
        {
            let name = part.trimmingSpaces()
            let words = name.split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                !words.contains(where: { notNames.contains($0.lowercased()) }),
                DateParser(reference: nil).parse(name) == nil
            else { continue }
            names.append(name)
        }
        return names
    }
}
