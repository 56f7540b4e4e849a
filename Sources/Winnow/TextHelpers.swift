/// Small string helpers shared by the stages; ASCII fast paths where it matters.
extension StringProtocol {
    /// Without leading and trailing ASCII spaces.
    func trimmingSpaces() -> String {
        let string = String(self)
        let bytes = string.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 })
        else { return "" }
        return String(string[first...last])
    }

    /// Lowercased, with everything but letters and digits dropped: the key for "same text".
    func foldedForComparison() -> String {
        var output = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            output.append(scalar)
        }
        return String(output)
    }
}
