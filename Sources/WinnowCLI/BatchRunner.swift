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

    /// Each result with the size of the input it came from.
    func run(_ inputs: [InputSource], progress: ProgressLine? = nil) -> [(Result<Article, InputError>, Int)] {
        let results = ResultSlots(count: inputs.count)
        let queue = DispatchQueue(label: "winnow.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let gate = DispatchSemaphore(value: jobs)
        for (index, input) in inputs.enumerated() {
            gate.wait()
            queue.async(group: group) {
                defer { gate.signal() }
                let (result, bytes) = clean(input)
                results.set(index, result, bytes: bytes)
                if case .failure = result {
                    progress?.finished(bytes: bytes, failed: true)
                } else {
                    progress?.finished(bytes: bytes, failed: false)
                }
            }
        }
        group.wait()
        return results.values
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

/// Result slots filled from many threads; each slot is written once.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [(Result<Article, InputError>, Int)?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Article, InputError>, bytes: Int) {
        lock.lock()
        slots[index] = (result, bytes)
        lock.unlock()
    }

    var values: [(Result<Article, InputError>, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? (.failure(InputError(code: "internal", message: "input was not processed")), 0) }
    }
}
