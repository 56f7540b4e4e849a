import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the built `winnow` binary with its own wall time and peak memory.
///
/// Foundation's `Process` reaps the child itself, so its `ru_maxrss` is lost; this spawns with
/// `posix_spawn` and reaps with `wait4`. On Linux that figure alone misleads: glibc's `posix_spawn`
/// runs the child on the parent's memory until `exec`, and `exec` folds the old memory's
/// high-water mark into the new program's `ru_maxrss`, so a 20 MB child of a 500 MB test process
/// reports 500 MB. So the parent's high-water mark is reset first (`/proc/self/clear_refs`), the
/// child's own mark (`VmHWM`) is sampled while it runs, and `ru_maxrss` counts only when it is above
/// what the parent held, where it is exact. Output goes to files, never pipes, so a child that
/// writes a lot cannot block on a full pipe.
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
        resetOwnHighWaterMark()
        let inherited = highWaterMark(of: "self") ?? 0
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw MeasuredRunError(message: "posix_spawn \(path): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var sampled = 0
        // Poll so the hang guard can act and the child's own high-water mark is seen; 5 ms is far
        // below every bound measured.
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            sampled = max(sampled, highWaterMark(of: "\(pid)") ?? 0)
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
        let maxrss = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        return MeasuredRun(
            exitStatus: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
            timedOut: timedOut, seconds: seconds, peakBytes: max(sampled, maxrss > inherited ? maxrss : 0),
            stdout: stdout, stderr: stderr)
    }

    /// `VmHWM` of `/proc/PID/status` in bytes: the peak resident set of that process's current
    /// memory, not carried over an `exec`; nil once the process has exited.
    static func highWaterMark(of pid: String) -> Int? {
        let descriptor = open("/proc/\(pid)/status", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return nil }
        let status = String(decoding: buffer[0..<count], as: UTF8.self)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).dropLast(3))
        else { return nil }
        return kilobytes * 1024
    }

    /// Lowers this process's high-water mark to its current resident set (`clear_refs` 5), so a
    /// child spawned next inherits as little as possible; a kernel that refuses leaves it as is.
    static func resetOwnHighWaterMark() {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
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
