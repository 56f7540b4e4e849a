import Glibc

/// Standard output written with `write(2)`. SIGPIPE is ignored (a dead worker's pipe must not kill
/// the batch), so a reader that goes away (`| head`, a consumer that exits) shows up here as EPIPE:
/// the run ends quietly with the status a shell gives a process SIGPIPE stopped, not a crash.
enum StandardOutput {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                guard let base = bytes.baseAddress else { return }
                let count = Glibc.write(1, base + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                if count < 0, errno == EPIPE { exit(141) }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
