import Foundation
import Testing

/// Compares text with a golden file; `RECORD=1` rewrites the file and still fails, so a
/// recording never passes by accident.
func expectGolden(_ actual: String, _ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(url.path); run again without RECORD=1", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "missing golden file \(url.path); create it with RECORD=1 scripts/test", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(
        "\(url.lastPathComponent) differs:\n\(lineDiff(expected: expected, actual: actual))",
        sourceLocation: sourceLocation)
}

/// A short line diff: lines only in the golden file (-) and only in the output (+).
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
    let difference = new.difference(from: old)
    var lines: [String] = []
    for change in difference {
        switch change {
        case let .remove(offset, element, _): lines.append("- \(offset + 1): \(element)")
        case let .insert(offset, element, _): lines.append("+ \(offset + 1): \(element)")
        }
    }
    return lines.prefix(40).joined(separator: "\n")
}
