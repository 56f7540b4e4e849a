import Testing

@testable import Winnow

@Suite struct DocumentDecoderTests {
    private func decode(_ bytes: [UInt8], format: InputFormat = .auto, maxBytes: Int = 1000) throws(CleanError)
        -> DecodedText
    {
        var limits = Limits()
        limits.maxBytes = maxBytes
        let decoder = DocumentDecoder(limits: limits, options: DecodeOptions())
        let input = RawInput(id: "t", bytes: bytes, format: format)
        try decoder.admit(input)
        return decoder.decode(input)
    }

    @Test func utf8ByteOrderMarkIsDroppedAndReported() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8))
        #expect(decoded.text == "Hello")
        #expect(decoded.encoding == EncodingReport(name: "utf-8", foundBy: "bom"))
    }

    @Test func invalidBytesBecomeReplacementCharactersAndAreCounted() throws {
        let decoded = try decode(Array("caf".utf8) + [0xE9] + Array(" ok ".utf8) + [0xFF, 0xFE, 0x41])
        #expect(decoded.text.hasPrefix("caf\u{FFFD} ok"))
        #expect(decoded.replacedSequences == 3)
    }

    @Test func replacementCharactersAlreadyInTheInputAreNotLosses() throws {
        #expect(try decode(Array("a \u{FFFD} b".utf8)).replacedSequences == 0)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let decoded = try decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00])
        #expect(decoded.text == "Hi")
        #expect(decoded.encoding.name == "utf-16le")
    }

    @Test func textIsNormalisedToNFC() throws {
        #expect(try decode(Array("Cafe\u{301}".utf8)).text == "Caf\u{E9}")
    }

    @Test func spacesFoldAndInvisiblesGo() throws {
        let decoded = try decode(Array("  a\u{A0}\u{A0}b\tc\u{200B}d\u{7}e  \r\nnext\rlast".utf8))
        #expect(decoded.text == "a b cde\nnext\nlast")
        #expect(decoded.removedInvisibles == 2)
    }

    @Test func binaryInputIsRefusedWithItsKind() {
        #expect(throws: CleanError.binaryInput(kind: "PNG image")) {
            try decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
        #expect(throws: CleanError.binaryInput(kind: "PDF document")) { try decode(Array("%PDF-1.7".utf8)) }
    }

    @Test func nulHeavyInputIsBinary() {
        #expect(throws: CleanError.self) { try decode([UInt8](repeating: 0, count: 64) + Array("text".utf8)) }
    }

    @Test func forcedTextSkipsTheBinaryCheck() throws {
        #expect(try decode(Array("%PDF is a format".utf8), format: .text).text == "%PDF is a format")
    }

    @Test func inputOverTheLimitIsRefusedNamingTheFlag() {
        #expect(throws: CleanError.tooLarge(bytes: 11, limit: 10)) {
            try decode(Array("hello world".utf8), maxBytes: 10)
        }
        #expect(CleanError.tooLarge(bytes: 11, limit: 10).description.contains("--max-bytes"))
    }

    @Test func repairsKeepTheLineCount() throws {
        let decoded = try decode(Array("*Bold* start\n• item\n\nCNNa day ago".utf8))
        #expect(decoded.text == "Bold start\n• item\n\nCNN a day ago")
        #expect(decoded.raw.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    }
}
