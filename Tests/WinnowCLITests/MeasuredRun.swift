import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the built `winnow` binary with its own wall time and peak memory.
///
/// Foundation's `Process` reaps the child itself, so its `ru_maxrss` is lost; this spawns with
/// `posix_spawn` and reaps with `wait4`, which hands back that child's resource usage alone.
/// Output goes to files, never pipes, so a child that writes a lot cannot block on a full pipe.
struct MeasuredRun {
    /// The exit status when the child exited normally, nil when a signal ended it.
    var exitStatus: Int32?
    /// The signal that ended the child (SIGKILL from the hang guard included), nil on a normal exit.
    var signal: Int32?
    /// True when the hang guard killed the child.
    var timedOut: Bool
    var seconds: Double
    /// Peak resident set size of the child, in bytes.
    var peakBytes: Int
    var stdout: URL
    var stderr: URL

    var peakMegabytes: Double { Double(peakBytes) / 1_048_576 }

    /// Runs `winnow arguments`, writing standard output and error to `output.stdout`/`.stderr`;
    /// kills the child with SIGKILL after `killAfter` seconds so a hang fails instead of blocking.
    static func winnow(_ arguments: [String], output: URL, killAfter: Double) throws -> MeasuredRun {
        let stdout = output.appendingPathExtension("stdout"), stderr = output.appendingPathExtension("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let path = WinnowBinary.url.path
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw MeasuredRunError(message: "posix_spawn \(path): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        // Poll so the hang guard can act; 5 ms is far below every bound measured.
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1, errno != EINTR {
                throw MeasuredRunError(message: "wait4: \(String(cString: strerror(errno)))")
            }
            if !timedOut, (ContinuousClock.now - started) > .seconds(killAfter) {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(5_000)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

        // The <sys/wait.h> macros are not visible from Swift: the low 7 bits hold the signal
        // (0 for a normal exit, 0x7f for stopped) and the next 8 bits the exit status.
        let signal = status & 0x7f
        return MeasuredRun(
            exitStatus: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
            timedOut: timedOut, seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024,  // kilobytes on Linux
            stdout: stdout, stderr: stderr)
    }

    /// The standard output's lines (without the final empty one).
    func outputLines() throws -> [Substring] {
        let data = try Data(contentsOf: stdout)
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The first `limit` characters of standard error, for failure reports.
    func errorExcerpt(limit: Int = 300) -> String {
        let data = (try? FileHandle(forReadingFrom: stderr).readData(ofLength: limit)) ?? Data()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: " | ")
    }
}

struct MeasuredRunError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
