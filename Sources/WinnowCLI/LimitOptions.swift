import ArgumentParser
import Glibc
import Winnow

/// The per-document limits `clean` and `watch` share: what one document may cost before it is
/// refused, cut down (and reported `ok-lossy`), or stopped.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-bytes"), help: "Refuse inputs (and gzip members, records) larger than this many bytes.")
    var maxBytes: Int = Defaults.maxBytes

    @Option(name: .customLong("max-elements"), help: "Refuse HTML pages that would build more elements than this.")
    var maxElements: Int = Defaults.maxElements

    @Option(name: .customLong("max-depth"), help: "Flatten HTML nested deeper than this (text kept; status ok-lossy).")
    var maxDepth: Int = Defaults.maxDepth

    @Option(
        name: .customLong("max-attributes"), help: "Drop attributes past this many on one element (status ok-lossy).")
    var maxAttributes: Int = Defaults.maxAttributes

    @Option(
        help:
            "Stop a document after this many seconds: each runs in a worker process that is killed and replaced (0: no workers, no limit)."
    )
    var timeout: Double = 10

    @Option(
        name: .customLong("max-memory"),
        help: "Address space of each worker process in MB; past it the worker dies and its document fails (0: no cap).")
    var maxMemory: Int = 4_096

    func validate() throws {
        guard maxBytes >= 1, maxElements >= 1, maxAttributes >= 1 else {
            throw ValidationError("--max-bytes, --max-elements and --max-attributes must be at least 1")
        }
        // libxml2 drops everything below depth 256; the guard needs a margin for the elements it opens itself.
        guard (1...240).contains(maxDepth) else { throw ValidationError("--max-depth must be between 1 and 240") }
        guard timeout >= 0 else { throw ValidationError("--timeout must not be negative") }
        // An idle worker maps about 110 MB of address space before it reads anything.
        guard maxMemory == 0 || maxMemory >= 256 else {
            throw ValidationError("--max-memory must be 0 or at least 256 (MB)")
        }
    }

    /// The same limits as command-line flags, for a worker process.
    var arguments: [String] {
        [
            "--max-bytes", "\(maxBytes)", "--max-elements", "\(maxElements)", "--max-depth", "\(maxDepth)",
            "--max-attributes", "\(maxAttributes)", "--max-memory", "\(maxMemory)",
        ]
    }

    /// In a worker: caps its address space, so a document that needs more memory than that
    /// kills only its worker (the parent reports `out-of-memory`), never the machine.
    func capWorkerMemory() {
        guard maxMemory > 0 else { return }
        let bytes = rlim_t(maxMemory) * 1_048_576
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
    }

    var limits: Limits {
        var limits = Limits()
        limits.maxBytes = maxBytes
        limits.maxElements = maxElements
        limits.maxDepth = maxDepth
        limits.maxAttributes = maxAttributes
        return limits
    }
}
