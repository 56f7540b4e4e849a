import Foundation
import Glibc

/// Lists what stands in the inbox without following anything: regular files are candidates,
/// links, FIFOs, sockets and devices are refused, half-written files are skipped.
enum InboxScanner {
    struct Entry: Equatable {
        var name: String
        var size: Int
        var modified: Double
        /// nil for a regular file; otherwise why it is refused ("a symbolic link").
        var refusal: String?
    }

    /// Names of files still being written by the usual tools: never read.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".part") || name.hasSuffix(".tmp") || name.hasSuffix("~")
            || name.hasSuffix(".swp") || name.hasSuffix(".crdownload")
    }

    /// The entries of `folder`, at most `limit` of them, so a burst of 100,000 files is taken
    /// in slices instead of all at once.
    static func scan(_ folder: String, limit: Int) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while entries.count < limit, let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", !isIgnored(name) else { continue }
            if let entry = inspect(folder, name) { entries.append(entry) }
        }
        return entries
    }

    /// `lstat`, so a link is seen as a link and never followed.
    static func inspect(_ folder: String, _ name: String) -> Entry? {
        var info = stat()
        guard lstat(folder + "/" + name, &info) == 0 else { return nil }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        let kind = info.st_mode & S_IFMT
        let refusal: String?
        switch kind {
        case S_IFREG: refusal = nil
        case S_IFDIR: return nil  // sub-folders are not inputs
        case S_IFLNK: refusal = "a symbolic link (links are never followed)"
        case S_IFIFO: refusal = "a FIFO, not a file"
        case S_IFSOCK: refusal = "a socket, not a file"
        default: refusal = "a device, not a file"
        }
        return Entry(name: name, size: Int(info.st_size), modified: modified, refusal: refusal)
    }
}

/// Decides when a file is whole: its size and modification time unchanged for the settle time.
struct Settler {
    private var seen: [String: (size: Int, modified: Double, since: Double)] = [:]
    let settleSeconds: Double

    init(settleSeconds: Double) {
        self.settleSeconds = settleSeconds
    }

    /// The entries that have been stable long enough; the others are remembered. A file that
    /// was never announced as closed or renamed in must stay stable five times as long: its
    /// writer may only be pausing.
    mutating func ready(_ entries: [InboxScanner.Entry], now: Double, isAnnounced: (String) -> Bool = { _ in true })
        -> [InboxScanner.Entry]
    {
        var ready: [InboxScanner.Entry] = []
        var still: [String: (size: Int, modified: Double, since: Double)] = [:]
        for entry in entries {
            if entry.refusal != nil {
                ready.append(entry)
                continue
            }
            if let previous = seen[entry.name], previous.size == entry.size, previous.modified == entry.modified {
                let needed = isAnnounced(entry.name) ? settleSeconds : settleSeconds * 5
                if now - previous.since >= needed { ready.append(entry) } else { still[entry.name] = previous }
            } else {
                still[entry.name] = (entry.size, entry.modified, now)
            }
        }
        seen = still
        return ready
    }

    /// Seconds until the earliest waiting file could settle, if any wait.
    func nextCheck(now: Double) -> Double? {
        seen.values.map { max(0.05, settleSeconds - (now - $0.since)) }.min()
    }
}
