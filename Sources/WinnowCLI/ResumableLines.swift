import Foundation

/// A JSON lines output written as it goes into `.NAME.partial` beside its final name, and
/// renamed into place when complete: a reader never sees a half-written file, memory stays flat
/// whatever the batch's size, and an interrupted run can resume. Since lines come in input
/// order, the complete lines already in the partial file are exactly the first inputs done.
final class ResumableLines {
    let final: URL
    private let partial: URL
    private let handle: FileHandle
    /// Complete lines found in the partial file when resuming: that many inputs are done.
    let alreadyDone: Int

    /// Opens the partial file: kept up to its last complete line when `resuming`, else emptied.
    init(final: URL, resuming: Bool) throws {
        self.final = final
        partial = final.deletingLastPathComponent().appendingPathComponent("." + final.lastPathComponent + ".partial")
        try FileManager.default.createDirectory(
            at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        var keep = 0, lines = 0
        if resuming, let reader = FileHandle(forReadingAtPath: partial.path) {
            // Counted a megabyte at a time (the file may be gigabytes); a line cut by the
            // interruption is dropped and written again.
            var offset = 0
            while let chunk = try? reader.read(upToCount: 1 << 20), !chunk.isEmpty {
                for (index, byte) in chunk.enumerated() where byte == UInt8(ascii: "\n") {
                    lines += 1
                    keep = offset + index + 1
                }
                offset += chunk.count
            }
            try? reader.close()
        }
        if !FileManager.default.fileExists(atPath: partial.path) {
            FileManager.default.createFile(atPath: partial.path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw OutputError(message: "cannot write \(partial.path): \(String(cString: strerror(errno)))")
        }
        try handle.truncate(atOffset: UInt64(keep))
        try handle.seekToEnd()
        self.handle = handle
        alreadyDone = lines
    }

    func append(_ line: String) throws {
        try handle.write(contentsOf: Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Flushes to disk and renames into place.
    func finish() throws {
        try handle.synchronize()
        try handle.close()
        if rename(partial.path, final.path) != 0 {
            throw OutputError(message: "cannot write \(final.path): \(String(cString: strerror(errno)))")
        }
    }
}
