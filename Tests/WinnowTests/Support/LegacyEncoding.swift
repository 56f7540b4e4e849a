import Glibc

/// Encodes test text into a legacy charset with iconv, so charset tests use real bytes.
func encoded(_ text: String, as charset: String) -> [UInt8] {
    let converter = iconv_open(charset, "UTF-8")
    precondition(converter != iconv_t(bitPattern: -1), "iconv lacks \(charset)")
    defer { iconv_close(converter) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    var inLeft = input.count, outLeft = output.count
    input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var outPointer = outBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        }
    }
    return Array(output.prefix(output.count - outLeft))
}
