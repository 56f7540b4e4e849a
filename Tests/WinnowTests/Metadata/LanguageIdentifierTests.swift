import Foundation
import Testing

@testable import Winnow

/// The language table: paragraphs in 23 languages, each named by the identifier.
@Suite struct LanguageIdentifierTests {
    struct Paragraph: Decodable {
        var language: String
        var text: String
    }

    static let table: [Paragraph] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "language-paragraphs.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Paragraph].self, from: data)) ?? []
    }()

    @Test func theTableCoversTwentyLanguages() {
        #expect(Self.table.count >= 200)
        #expect(Set(Self.table.map(\.language)).count >= 20)
    }

    @Test func longParagraphsAreNamedRightAtLeast97PercentOfTheTime() {
        let long = Self.table.filter { $0.text.unicodeScalars.count >= 200 }
        var confusions: [String: Int] = [:]
        var right = 0
        for paragraph in long {
            let guess = LanguageIdentifier.identify(paragraph.text)?.code ?? "unknown"
            if guess == paragraph.language {
                right += 1
            } else {
                confusions["\(paragraph.language)→\(guess)", default: 0] += 1
            }
        }
        let accuracy = long.isEmpty ? 0 : Double(right) / Double(long.count)
        let report = confusions.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        print("language identification: \(right)/\(long.count) long paragraphs right; confusions: \(report)")
        #expect(accuracy >= 0.97, "\(right)/\(long.count) right; confusions: \(report)")
    }

    @Test func shortParagraphsAreMostlyRightAndNeverCrash() {
        let short = Self.table.filter { $0.text.unicodeScalars.count < 200 }
        let right = short.filter { LanguageIdentifier.identify($0.text)?.code == $0.language }.count
        print("language identification: \(right)/\(short.count) short paragraphs right")
        #expect(short.isEmpty || Double(right) / Double(short.count) >= 0.85)
    }

    @Test func unknownStaysUnknown() {
        #expect(LanguageIdentifier.identify("12 34 56 !!") == nil)
        #expect(LanguageIdentifier.identify("xq zv wk") == nil)
    }
}
