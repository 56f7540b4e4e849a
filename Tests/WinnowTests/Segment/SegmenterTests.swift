import Testing

@testable import Winnow

@Suite struct SegmenterTests {
    private func segment(_ text: String) -> [Block] {
        Segmenter().segment(
            DecodedText(
                text: text, raw: text, encoding: EncodingReport(name: "utf-8", foundBy: "default"),
                replacedSequences: 0, removedInvisibles: 0))
    }

    @Test func everyNonEmptyLineIsABlockWithItsLineNumber() {
        let blocks = segment("First\n\nSecond\nThird")
        #expect(blocks.map(\.text) == ["First", "Second", "Third"])
        #expect(blocks.map(\.line) == [1, 3, 4])
        #expect(blocks.map(\.index) == [0, 1, 2])
    }

    @Test func blankLinesStartNewGroups() {
        #expect(segment("a\nb\n\n\nc\n\nd").map(\.group) == [0, 0, 1, 2])
    }

    @Test(arguments: [
        ("- item", "item", "-"), ("* item", "item", "*"), ("• item", "item", "•"), ("12. item", "item", "12."),
        ("3) item", "item", "3)"),
    ])
    func listMarkersAreTakenOffAndKept(_ line: String, _ text: String, _ marker: String) {
        let block = segment(line)[0]
        #expect(block.text == text)
        #expect(block.kind == .listItem)
        #expect(block.listMarker == marker)
        #expect(block.raw == line)
    }

    @Test(arguments: ["-minus", "2019. was a year", "*emphasis*", "1.5 million"])
    func textThatOnlyLooksLikeAMarkerStaysText(_ line: String) {
        #expect(segment(line)[0].kind == .line)
    }

    @Test func repeatedLinesAreCountedAcrossTheDocument() {
        let blocks = segment("Headline here\nbody text\nHEADLINE HERE!\nother")
        #expect(blocks.map(\.occurrences) == [2, 1, 2, 1])
    }
}
