import Testing

@testable import Winnow

/// The ASCII fast paths answer as the general paths they shortcut, on edge cases and on
/// seeded random lines built from the vocabulary and name-like tokens.
@Suite struct ASCIIFastPathTests {
    /// Every ASCII phrase of the section-header and furniture tables.
    static let phrases: [String] = {
        let tables = [Vocabulary.sectionHeaders, Vocabulary.furniture].flatMap { $0.values.joined() }
        let translated = [Vocabulary.translatedSectionHeaders, Vocabulary.translatedFurniture]
            .flatMap { $0.values.flatMap { $0.values.joined() } }
        return (tables + translated).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    }()

    /// The phrases' words, name-like tokens, and the punctuation, digits and controls a line
    /// may hold.
    static let tokens: [String] = {
        let words = Set(phrases.flatMap { $0.split(separator: " ").map(String.init) }).sorted()
        let names = [
            "Jane", "Doe", "Ana", "M.", "Ruiz", "Dmytro", "Basmat", "O'Neil", "McDonald", "de", "van", "der", "JR",
            "X", "jane", "iPhone", "eBay", "Maria", "Lopez", "Culture", "Editor", "By", "and",
        ]
        let odd = [
            "2019", "3D", "-", "&", ".", "'", "(12)", "@jane", "#1", ":", "|", "\t", "A\tB", "\r\n", "\n", "_x", "~",
            "\"Quoted\"", "",
        ]
        return words + names + odd
    }()

    static let edgeCases = [
        "", " ", "  ", "a", "A", "A B", "A  B", " A B", "A B ", "A B C D", "A B C D E", "a B", "A b", "1 2",
        "Jane\r\nDoe", "Jane\tDoe", "Jane Doe.", ". Jane Doe", "JANE DOE", "latest news", "latest news today",
        "latest news in world", "latest  news in world", " latest news in world", "latest news a b c d",
        "latest news a b c d e", "most read in world news", "Most Read In World News", "related articles",
        "you may also like these", "mehr zum thema heute", "read next", "read next story", "a b c",
        String(repeating: "Word ", count: 200), String(repeating: "latest news ", count: 40),
        String(repeating: "x", count: 500),
    ]

    /// A line of up to eight tokens, sometimes opening with a whole phrase, joined by one space,
    /// two, or none, and cased as written, capitalised, upper or lower.
    static func randomLine(_ random: inout SplitMix) -> String {
        var parts: [String] = []
        if random.next() % 2 == 0 { parts.append(phrases[Int(random.next() % UInt64(phrases.count))]) }
        for _ in 0..<Int(random.next() % 8) { parts.append(tokens[Int(random.next() % UInt64(tokens.count))]) }
        var line = ""
        for (index, part) in parts.enumerated() {
            if index > 0 {
                let gap = random.next() % 10
                line += gap == 0 ? "" : gap == 1 ? "  " : " "
            }
            switch random.next() % 4 {
            case 0: line += part.prefix(1).uppercased() + part.dropFirst()
            case 1: line += part.uppercased()
            case 2: line += part.lowercased()
            default: line += part
            }
        }
        if random.next() % 20 == 0 { line = " " + line }
        if random.next() % 20 == 0 { line += " " }
        return line
    }

    static func lines(seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        return edgeCases + (0..<20_000).map { _ in randomLine(&random) }
    }

    @Test func asciiNameLineAgreesWithTheGeneralPath() {
        let lines = Self.lines(seed: 0x4E41_4D45)
        let disagreements = lines.filter { line in
            AuthorBoxFinder.isASCIINameLine(line) != AuthorBoxFinder.isGeneralNameLine(line)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map(\.debugDescription))")
        // Both answers are common, so the agreement is not two paths that always say no.
        let names = lines.filter(AuthorBoxFinder.isGeneralNameLine).count
        #expect(names > 1_000 && names < lines.count - 1_000, "\(names) name lines of \(lines.count)")
    }

    @Test func asciiHeaderOpeningAgreesWithTheGeneralPath() {
        let keys = Self.lines(seed: 0x4845_4144) + Self.lines(seed: 0x4B45_59).map(WordScanner.folded)
        var disagreements: [String] = []
        var matches = 0
        for key in keys {
            let general = ShapeMatcher.matchGeneralHeaderOpening(key)
            if general != nil { matches += 1 }
            if ShapeMatcher.matchASCIIHeaderOpening(key) != .some(general) { disagreements.append(key) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map(\.debugDescription))")
        #expect(matches > 1_000, "\(matches) header openings of \(keys.count)")
    }

    /// A line with any byte outside ASCII is handed to the general path.
    @Test(arguments: ["José Núñez", "Jane Doe\u{301}", "самые популярные диеты сегодня", "latest news über x"])
    func nonASCIIGoesToTheGeneralPath(_ line: String) {
        #expect(AuthorBoxFinder.isASCIINameLine(line) == nil)
        #expect(ShapeMatcher.matchASCIIHeaderOpening(line) == nil)
    }
}
