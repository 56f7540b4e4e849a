import Foundation

/// Misbehaviour a worker can be told to show, so the supervisor's tests drive a real worker
/// process into the cases a page rarely provokes on demand. Off unless its environment variable
/// is set; the parent passes its environment on to every worker. The hooks ship in the binary
/// (tests run the real one): their names say they are for tests, and they only slow or stop a
/// worker, which `--timeout` and the supervisor already handle.
struct WorkerFaults {
    /// `WINNOW_TEST_WORKER_STDERR_BYTES`: bytes written to standard error before each answer.
    var noiseBytes = 0
    /// `WINNOW_TEST_WORKER_HANG_LOG`: a job containing `hangMarker` appends a line to this file
    /// and never answers, so a test can count how often one input was tried.
    var hangLog: String?

    static let hangMarker = "winnow-test-hang"

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        noiseBytes = environment["WINNOW_TEST_WORKER_STDERR_BYTES"].flatMap { Int($0) } ?? 0
        hangLog = environment["WINNOW_TEST_WORKER_HANG_LOG"]
    }

    /// Acts out the faults that apply to `request`; returns only when none of them is a hang.
    func act(on request: WorkerRequest) {
        if noiseBytes > 0 {
            try? FramePipe.write(Array(repeating: UInt8(ascii: "."), count: noiseBytes - 1) + [10], to: 2)
        }
        guard let hangLog, Self.mentionsMarker(request) else { return }
        // O_APPEND: workers running side by side never overwrite each other's lines.
        let log = open(hangLog, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        if log >= 0 {
            try? FramePipe.write(Array("\(request.kind) \(getpid())\n".utf8), to: log)
            close(log)
        }
        while true { sleep(60) }
    }

    private static func mentionsMarker(_ request: WorkerRequest) -> Bool {
        request.strings.contains { $0.contains(hangMarker) }
            || String(decoding: request.body, as: UTF8.self).contains(hangMarker)
    }
}
