import Testing

@testable import Winnow

/// The eight-bytes-at-a-time control scan must say what a byte-by-byte look says.
@Suite struct ControlScanTests {
    static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    static func scan(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(HTMLBytesDecoder.hasControl) }

    /// Every byte value at every place in a word and in the tail, among allowed whitespace and
    /// letters and bytes at 0x80 and above (which must not borrow into their neighbours).
    @Test func everyByteAtEveryPlaceAgreesWithByteByByte() {
        let backgrounds: [[UInt8]] = [
            Array("abc\tdef\nghi\r\nj".utf8), [0x0A, 0x09, 0x0D, 0x0C, 0x20, 0x0A, 0x09, 0x0D, 0x0C, 0x20, 0x41],
            [0xFF, 0x80, 0xA0, 0x9F, 0xC3, 0xA9, 0x21, 0x20, 0x7F, 0x80, 0xFF], Array(repeating: 0x20, count: 11),
        ]
        for background in backgrounds {
            for place in background.indices {
                for value in 0...255 {
                    var bytes = background
                    bytes[place] = UInt8(value)
                    let expected = bytes.contains(where: Self.isControl)
                    #expect(Self.scan(bytes) == expected, "byte \(value) at \(place) in \(background)")
                }
            }
        }
    }

    @Test func randomBuffersAgreeWithByteByByte() {
        var random = SplitMix(seed: 0xC0_7201)
        for _ in 0..<20_000 {
            let count = Int(random.next() % 40)
            let bytes = (0..<count).map { _ in
                let roll = random.next() % 10
                return roll < 6
                    ? UInt8(0x20 + random.next() % 0x60)
                    : roll < 9
                        ? [0x09, 0x0A, 0x0C, 0x0D, 0x80, 0xFF][Int(random.next() % 6)] : UInt8(random.next() % 256)
            }
            #expect(Self.scan(bytes) == bytes.contains(where: Self.isControl), "\(bytes)")
        }
    }
}
