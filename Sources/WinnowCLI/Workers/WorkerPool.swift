import Foundation
import Winnow

/// The supervisor: documents are cleaned in worker processes (this same binary, started with
/// `--as-worker`), so a document that runs past `--timeout` is stopped by killing its worker,
/// and one that crashes libxml2 or Winnow takes down only its worker. Either way the document
/// gets an error record and a fresh worker takes the next one.
///
/// Why processes: a thread stuck inside a C parser cannot be stopped safely, and a cooperative
/// deadline only helps where the code checks it. A process can always be killed, and its memory
/// goes back with it. The cost is one copy of each page through a pipe (well under 1% here).
final class WorkerPool: @unchecked Sendable {
    enum Failure: Error, Sendable {
        case timedOut(seconds: Double)
        case crashed(String)
        /// The worker ran out of its address space (`--max-memory`); the runtime's words.
        case outOfMemory(String)

        /// A dead worker's account of how it ended, sorted into a failure.
        static func died(_ how: String) -> Failure {
            how.contains("failed to allocate") ? .outOfMemory(how) : .crashed(how)
        }

        var code: String {
            switch self {
            case .timedOut: "timeout"
            case .crashed: "worker-crashed"
            case .outOfMemory: "out-of-memory"
            }
        }

        var message: String {
            switch self {
            case let .timedOut(seconds):
                "cleaning took longer than \(seconds.formatted3) s and was stopped (raise it with --timeout)"
            case let .crashed(how): "the worker cleaning this input \(how); the batch goes on with a new one"
            case let .outOfMemory(how):
                "cleaning this input needed more memory than --max-memory allows (the worker \(how)); raise it with --max-memory"
            }
        }

        var inputError: InputError { InputError(code: code, message: message) }

        /// The codes of documents a worker had to stop: running them again would stop them again.
        static let codes: Set<String> = ["timeout", "worker-crashed", "out-of-memory"]
    }

    private struct Worker {
        var pid: pid_t
        var input: Int32
        var output: Int32
        /// The worker's standard error, read while waiting for it; its tail is its last words.
        var errors: StandardErrorTail
    }

    private let arguments: [String]
    private let timeout: Double
    private var idle: [Worker] = []
    private let condition = NSCondition()
    private let spawning = NSLock()

    /// `arguments`: the command line a worker runs with (the parent's own, plus `--as-worker`).
    init(arguments: [String], timeout: Double) {
        self.arguments = arguments
        self.timeout = timeout
        // A worker that died leaves a pipe nobody reads; writing to it must fail, not kill us.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Closes every idle worker's input and waits for it to end, so no worker outlives the run
    /// and the run's resource usage (peak memory included) counts its workers.
    func shutdown() {
        condition.lock()
        let workers = idle
        idle.removeAll()
        condition.unlock()
        for worker in workers { retire(worker, kill: false) }
    }

    deinit { shutdown() }

    /// Sends one job to an idle worker (starting one when none is idle) and waits for the answer.
    func run(_ request: WorkerRequest) -> Result<WorkerReply, Failure> {
        let worker: Worker
        switch take() {
        case let .success(taken): worker = taken
        case let .failure(failure): return .failure(failure)
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        do {
            try FramePipe.write(
                WorkerFrame.encode(request), to: worker.input, deadline: deadline, draining: worker.errors)
            guard let payload = try FramePipe.read(from: worker.output, deadline: deadline, draining: worker.errors)
            else {
                return .failure(.died(retire(worker, kill: false)))
            }
            guard let reply = WorkerFrame.decodeReply(payload) else {
                return .failure(.crashed("answered with a broken frame, \(retire(worker))"))
            }
            // What it wrote after its answer, so it is not left blocked on a full pipe while idle.
            worker.errors.drain()
            giveBack(worker)
            return .success(reply)
        } catch .timedOut {
            _ = retire(worker)
            return .failure(.timedOut(seconds: timeout))
        } catch {
            // The pipe broke: the worker is gone (or going), so it is reaped as it ended.
            return .failure(.died(retire(worker, kill: false)))
        }
    }

    /// One document cleaned and rendered in a worker (see `DocumentCleaner`).
    func clean(name: String, bytes: [UInt8], format: InputFormat, template: SiteTemplate? = nil) -> Result<
        Outcome, InputError
    > {
        let strings = [name, format.rawValue] + (template?.strings ?? [])
        let request = WorkerRequest(kind: .document, number: 0, strings: strings, body: bytes)
        return run(request).mapError(\.inputError).flatMap { Result<Outcome, InputError>($0) }
    }

    /// One page's block fingerprints, read in a worker.
    func fingerprints(name: String, bytes: [UInt8], format: InputFormat, charset: String? = nil) -> Result<
        PageFingerprints, InputError
    > {
        let strings = [name, format.rawValue, charset ?? ""]
        return fingerprints(WorkerRequest(kind: .fingerprints, number: 0, strings: strings, body: bytes))
    }

    /// A JSON lines record's site and fingerprints, read in a worker.
    func recordFingerprints(line: String, fallbackSite: String) -> Result<PageFingerprints, InputError> {
        fingerprints(WorkerRequest(kind: .recordFingerprints, number: 0, strings: [line, fallbackSite]))
    }

    private func fingerprints(_ request: WorkerRequest) -> Result<PageFingerprints, InputError> {
        run(request).mapError(\.inputError).flatMap { reply in
            reply.failed
                ? .failure(
                    InputError(code: reply.strings.dropFirst().first ?? "error", message: reply.strings.first ?? ""))
                : .success(PageFingerprints(reply))
        }
    }

    private func take() -> Result<Worker, Failure> {
        condition.lock()
        let worker = idle.popLast()
        condition.unlock()
        if let worker { return .success(worker) }
        return spawn()
    }

    private func giveBack(_ worker: Worker) {
        condition.lock()
        idle.append(worker)
        condition.unlock()
    }

    /// Starts `/proc/self/exe` with the worker arguments, its standard input, output and error
    /// on pipes that no other child inherits.
    private func spawn() -> Result<Worker, Failure> {
        // One spawn at a time: a pipe made by one thread must be close-on-exec before another
        // thread starts a worker, or that worker would hold it open.
        spawning.lock()
        defer { spawning.unlock() }
        var toWorker: [Int32] = [0, 0], fromWorker: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard Self.closeOnExecPipe(&toWorker), Self.closeOnExecPipe(&fromWorker), Self.closeOnExecPipe(&errors) else {
            for fd in toWorker + fromWorker + errors where fd > 2 { close(fd) }
            return .failure(.crashed("could not start: no pipe"))
        }
        // Jobs are written while its standard error is read (FramePipe.write).
        _ = fcntl(toWorker[1], F_SETFL, fcntl(toWorker[1], F_GETFL) | O_NONBLOCK)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        let executable = "/proc/self/exe"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        // A worker that dies is reported in one line by the parent: no crash report from
        // Swift's backtracer on standard error for each one.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toWorker[0])
        close(fromWorker[1])
        close(errors[1])
        guard status == 0 else {
            close(toWorker[1])
            close(fromWorker[0])
            close(errors[0])
            return .failure(.crashed("could not start: \(String(cString: strerror(status)))"))
        }
        return .success(
            Worker(pid: pid, input: toWorker[1], output: fromWorker[0], errors: StandardErrorTail(fd: errors[0])))
    }

    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// Reaps a worker, killing it first when it may still be running (`kill`); says how it ended.
    @discardableResult
    private func retire(_ worker: Worker, kill killing: Bool = true) -> String {
        close(worker.input)
        close(worker.output)
        var status: Int32 = 0
        // A worker that broke its pipe is dead or dying; one that is not gone within a second
        // (a garbled frame from a live worker) is killed, so reaping never hangs the batch.
        var reaped = false
        if !killing {
            for _ in 0..<100 {
                if waitpid(worker.pid, &status, WNOHANG) == worker.pid {
                    reaped = true
                    break
                }
                usleep(10_000)
            }
        }
        if !reaped {
            kill(worker.pid, SIGKILL)
            while waitpid(worker.pid, &status, 0) < 0, errno == EINTR {}
        }
        worker.errors.drain()
        let lastWords = worker.errors.fatalError
        worker.errors.close()
        let signal = status & 0x7F
        if killing { return "was stopped" }
        let how =
            signal != 0
            ? "died of signal \(signal) (\(String(cString: strsignal(signal))))"
            : "exited with status \((status >> 8) & 0xFF)"
        return lastWords.map { how + ": " + $0 } ?? how
    }
}

extension Double {
    /// At most three decimals, no trailing zeros: 10, 0.5, 0.125.
    var formatted3: String {
        var text = String(format: "%.3f", self)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
