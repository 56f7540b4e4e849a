import Dispatch
import Foundation
import Winnow

/// Cleans many inputs on all cores, each to exactly one result or one error, in input order.
struct BatchRunner: Sendable {
    var inputFormat: InputFormat
    /// Bytes read per input at most (inflated, for gzip).
    var maxBytes: Int
    var jobs: Int

    /// Reads every input and hands its bytes to `work` on `jobs` threads; hands each result,
    /// with the size of the input it came from, to `deliver` on the calling thread in input
    /// order as soon as it and all before it are done, so outputs are written while the batch
    /// runs and an interruption keeps what was finished. At most `jobs` documents are in flight
    /// and at most `window` finished ones wait for a slow one.
    func run<Value: Sendable>(
        _ inputs: [InputSource], progress: ProgressLine? = nil,
        work:
            @escaping @Sendable (_ name: String, _ bytes: [UInt8], _ format: InputFormat) -> Result<Value, InputError>,
        deliver: (Int, Result<Value, InputError>, Int) throws -> Void
    ) rethrows {
        let results = ResultSlots<Value>()
        let queue = DispatchQueue(label: "winnow.batch", attributes: .concurrent)
        let gate = DispatchSemaphore(value: jobs)
        let window = max(64, jobs * 16)
        var next = 0
        for (index, input) in inputs.enumerated() {
            while index - next >= window {
                let (result, bytes) = results.take(next)
                try deliver(next, result, bytes)
                next += 1
            }
            gate.wait()
            queue.async {
                let (result, bytes) = clean(input, work)
                progress?.finished(bytes: bytes, failed: result.isFailure)
                results.set(index, result, bytes: bytes)
                gate.signal()
            }
            while let (result, bytes) = results.takeIfReady(next) {
                try deliver(next, result, bytes)
                next += 1
            }
        }
        while next < inputs.count {
            let (result, bytes) = results.take(next)
            try deliver(next, result, bytes)
            next += 1
        }
    }

    /// Every article in input order, for callers that need the whole batch at once.
    func runAll(_ inputs: [InputSource], cleaner: Cleaner) -> [Result<Article, InputError>] {
        var all: [Result<Article, InputError>] = []
        all.reserveCapacity(inputs.count)
        run(inputs) { name, bytes, format in
            do throws(CleanError) {
                return .success(try cleaner.clean(RawInput(id: name, bytes: bytes, format: format)))
            } catch {
                return .failure(InputError(error))
            }
        } deliver: { _, result, _ in
            all.append(result)
        }
        return all
    }

    /// The input's result or error, with how many bytes were read for it.
    private func clean<Value>(
        _ input: InputSource, _ work: (String, [UInt8], InputFormat) -> Result<Value, InputError>
    ) -> (Result<Value, InputError>, Int) {
        switch input.read(limit: maxBytes) {
        case let .failure(error):
            return (.failure(error), 0)
        case let .success(bytes):
            let format = inputFormat == .auto ? input.formatFromExtension : inputFormat
            return (work(input.name, bytes, format), bytes.count)
        }
    }
}

/// Finished results waiting to be delivered in order; filled from many threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var ready: [Int: (Result<Value, InputError>, Int)] = [:]
    private let condition = NSCondition()

    func set(_ index: Int, _ result: Result<Value, InputError>, bytes: Int) {
        condition.lock()
        ready[index] = (result, bytes)
        condition.broadcast()
        condition.unlock()
    }

    /// Removes and returns result `index`, waiting until it is there.
    func take(_ index: Int) -> (Result<Value, InputError>, Int) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = ready.removeValue(forKey: index) { return result }
            condition.wait()
        }
    }

    /// Removes and returns result `index` when it is finished, without waiting.
    func takeIfReady(_ index: Int) -> (Result<Value, InputError>, Int)? {
        condition.lock()
        defer { condition.unlock() }
        return ready.removeValue(forKey: index)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
