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

    @Test func aStrayByteInUTF8IsReadAsWindows1252AndCounted() throws {
        let decoded = try decode(Array("naïve café – don".utf8) + [0x92] + Array("t stop".utf8))
        #expect(decoded.text == "naïve café – don\u{2019}t stop")
        #expect(decoded.replacedSequences == 1)
        #expect(decoded.encoding == EncodingReport(name: "utf-8", foundBy: "utf-8-validated"))
    }

    @Test func textWithoutUTF8IsDetectedAsALegacyCharset() throws {
        // "Привет, мир! Это текст в кодировке windows-1251." encoded as windows-1251.
        let text = "Привет, мир! Это довольно длинный текст в старой кодировке, и его нужно прочитать правильно."
        let bytes = text.unicodeScalars.map { scalar -> UInt8 in
            let value = scalar.value
            if value < 0x80 { return UInt8(value) }
            if (0x410...0x44F).contains(value) { return UInt8(value - 0x410 + 0xC0) }
            return 0x3F
        }
        let decoded = try decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.encoding.foundBy == "detected")
    }

    @Test func aDeclaredCharsetIsTrusted() throws {
        let decoder = DocumentDecoder(limits: Limits(), options: DecodeOptions())
        let decoded = decoder.decode(
            RawInput(id: "t", bytes: [0x63, 0x61, 0x66, 0xE9], format: .text, declaredEncoding: "latin1"))
        #expect(decoded.text == "café")
        #expect(decoded.encoding == EncodingReport(name: "windows-1252", foundBy: "declared"))
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
