/// The `--explain` view: one line per block with the verdict and the numbers behind it.
///
/// The same text is each sample's `expected.explain`, so a change in behaviour is a readable diff.
extension Article {
    public func explanation(previewCharacters: Int = Defaults.explainPreviewCharacters) -> String {
        let labelWidth = Label.allCases.map(\.rawValue.count).max() ?? 0
        let reasonWidth = Reason.allCases.map(\.rawValue.count).max() ?? 0
        var lines: [String] = []
        for (block, verdict) in zip(blocks, verdicts) {
            let number = "#\(block.index)".padded(to: 5)
            let state = (verdict.isKept ? "kept" : "removed").padded(to: 8)
            let label = verdict.label.rawValue.padded(to: labelWidth + 1)
            let reason = verdict.reason.rawValue.padded(to: reasonWidth + 1)
            let firstPass = verdict.firstPass.rawValue.padded(to: 10)
            lines.append(
                "\(number)\(state)\(label)\(firstPass)\(reason)\(verdict.evidence)  \(Self.preview(block.text, previewCharacters))"
            )
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// The block's first characters in quotes, with an ellipsis when cut.
    static func preview(_ text: String, _ limit: Int) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "\"" + cut.replacingQuotes() + "\""
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    fileprivate func replacingQuotes() -> String {
        var output = ""
        for character in self { output.append(character == "\"" ? "'" : character) }
        return output
    }
}
