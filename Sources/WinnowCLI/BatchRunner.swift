import Dispatch
import Foundation
import Winnow

/// Cleans many inputs on all cores, each to exactly one article or one error, in input order.
struct BatchRunner: Sendable {
    var cleaner: Cleaner
    var inputFormat: InputFormat
    /// The charset named with `--encoding`, for inputs that do not declare one.
    var encoding: String?
    var jobs: Int

    /// Cleans every input and hands each result, with the size of the input it came from, to
    /// `deliver` on the calling thread in input order as soon as it and all before it are done,
    /// so outputs are written while the batch runs and an interruption keeps what was finished.
    /// At most `jobs` documents are in flight and at most `window` finished ones wait for a slow one.
    func run(
        _ inputs: [InputSource], progress: ProgressLine? = nil,
        deliver: (Int, Result<Article, InputError>, Int) throws -> Void
    ) rethrows {
        let results = ResultSlots()
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
                let (result, bytes) = clean(input)
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

    /// Every result in input order, for callers that need the whole batch at once.
    func runAll(_ inputs: [InputSource]) -> [Result<Article, InputError>] {
        var all: [Result<Article, InputError>] = []
        all.reserveCapacity(inputs.count)
        run(inputs) { _, result, _ in all.append(result) }
        return all
    }

    /// The input's article or error, with how many bytes were read for it.
    private func clean(_ input: InputSource) -> (Result<Article, InputError>, Int) {
        switch input.read(limit: cleaner.options.limits.maxBytes) {
        case let .failure(error):
            return (.failure(error), 0)
        case let .success(bytes):
            let format = inputFormat == .auto ? input.formatFromExtension : inputFormat
            do {
                let raw = RawInput(id: input.name, bytes: bytes, format: format, declaredEncoding: encoding)
                return (.success(try cleaner.clean(raw)), bytes.count)
            } catch {
                return (.failure(InputError(error)), bytes.count)
            }
        }
    }
}

/// Finished results waiting to be delivered in order; filled from many threads.
private final class ResultSlots: @unchecked Sendable {
    private var ready: [Int: (Result<Article, InputError>, Int)] = [:]
    private let condition = NSCondition()

    func set(_ index: Int, _ result: Result<Article, InputError>, bytes: Int) {
        condition.lock()
        ready[index] = (result, bytes)
        condition.broadcast()
        condition.unlock()
    }

    /// Removes and returns result `index`, waiting until it is there.
    func take(_ index: Int) -> (Result<Article, InputError>, Int) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = ready.removeValue(forKey: index) { return result }
            condition.wait()
        }
    }

    /// Removes and returns result `index` when it is finished, without waiting.
    func takeIfReady(_ index: Int) -> (Result<Article, InputError>, Int)? {
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
