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

    func run(_ inputs: [InputSource]) -> [Result<Article, InputError>] {
        let results = ResultSlots(count: inputs.count)
        let queue = DispatchQueue(label: "winnow.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let gate = DispatchSemaphore(value: jobs)
        for (index, input) in inputs.enumerated() {
            gate.wait()
            queue.async(group: group) {
                defer { gate.signal() }
                results.set(index, clean(input))
            }
        }
        group.wait()
        return results.values
    }

    private func clean(_ input: InputSource) -> Result<Article, InputError> {
        switch input.read(limit: cleaner.options.limits.maxBytes) {
        case let .failure(error):
            return .failure(error)
        case let .success(bytes):
            let format = inputFormat == .auto ? input.formatFromExtension : inputFormat
            do {
                let raw = RawInput(id: input.name, bytes: bytes, format: format, declaredEncoding: encoding)
                return .success(try cleaner.clean(raw))
            } catch {
                return .failure(InputError(error))
            }
        }
    }
}

/// Result slots filled from many threads; each slot is written once.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<Article, InputError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Article, InputError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<Article, InputError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(InputError(code: "internal", message: "input was not processed")) }
    }
}
