import Foundation

/// A worker's standard error, read as it comes and keeping only its last `capacity` bytes: the
/// words a dying worker leaves (`fatalError`).
///
/// Why read it while the worker lives: a pipe holds 64 KB, and a worker that writes more to a
/// pipe nobody reads blocks there, never answers, and is stopped as if its page had hung.
/// Used by one thread at a time: the one holding its worker.
final class StandardErrorTail: @unchecked Sendable {
    static let capacity = 16_384

    /// The pipe's read end, non-blocking; -1 once it has ended (what `poll` skips).
    private(set) var descriptor: Int32
    private let fd: Int32
    private var tail: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        descriptor = fd
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// Reads what is waiting, up to a megabyte a call so a chatty worker cannot hold the reader
    /// past its deadline; keeps the last `capacity` bytes.
    func drain() {
        guard descriptor >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: Self.capacity)
        for _ in 0..<64 {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                // The end of the pipe, or a failure other than "nothing yet": nothing more to read.
                if count == 0 || errno != EAGAIN { descriptor = -1 }
                return
            }
            tail += chunk[..<count]
            if tail.count > Self.capacity { tail.removeFirst(tail.count - Self.capacity) }
        }
    }

    /// The Swift runtime's `Fatal error: ...` line among the last words, if any.
    ///
    /// Found wherever it starts: the worker may have left a line of its own unfinished.
    var fatalError: String? {
        let text = String(decoding: tail, as: UTF8.self)
        guard let start = text.range(of: "Fatal error", options: .backwards)?.lowerBound else { return nil }
        return String(text[start...].prefix { $0 != "\n" }.prefix(200))
    }

    func close() {
        Glibc.close(fd)
        descriptor = -1
    }
}
