import Glibc

/// Converts bytes in a legacy charset to UTF-8 with iconv, replacing what cannot be converted.
///
/// Foundation on Linux knows neither koi8-r, big5, gb18030 nor euc-kr, and cannot decode EUC-JP;
/// glibc's iconv knows them all.
enum CharsetConverter {
    /// The UTF-8 bytes and how many byte sequences were replaced; nil when iconv lacks the charset.
    static func toUTF8(_ bytes: ArraySlice<UInt8>, from charset: String) -> (utf8: [UInt8], replaced: Int)? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(64, input.count * 4 + 16))
        var replaced = 0
        var written = 0
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = inputBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outPointer = outputBuffer.baseAddress.map {
                        UnsafeMutableRawPointer($0 + written).assumingMemoryBound(to: CChar.self)
                    }
                    var outLeft = outputBuffer.count - written
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = outputBuffer.count - outLeft
                    return status
                }
                guard result == -1 else { break }
                if errno == E2BIG {
                    output.append(contentsOf: [UInt8](repeating: 0, count: output.count))
                    continue
                }
                // An invalid or truncated sequence: one byte becomes U+FFFD and conversion goes on.
                if output.count - written < 3 { output.append(contentsOf: [UInt8](repeating: 0, count: 64)) }
                output[written] = 0xEF
                output[written + 1] = 0xBF
                output[written + 2] = 0xBD
                written += 3
                replaced += 1
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return (Array(output.prefix(written)), replaced)
    }
}
