/// Finds author boxes: a name line, maybe a role line, then a paragraph that starts with the name.
///
/// The bio is prose and would pass as article text; what gives it away is that it opens with
/// the name standing alone just above it (samples/text/seed-004).
struct AuthorBoxFinder: Sendable {
    enum Role: Equatable, Sendable { case name, role, bio }

    func find(_ blocks: [Block], _ features: [BlockFeatures]) -> [Int: Role] {
        var roles: [Int: Role] = [:]
        // A short line is asked about by each of the next four long blocks: answered once.
        var isName = [Bool?](repeating: nil, count: blocks.count)
        for index in blocks.indices where features[index].characters >= 80 {
            let text = blocks[index].text
            for back in 1...4 where index - back >= 0 {
                let candidate = index - back
                // The cheap facts first, each field read alone: passing the whole feature struct
                // copied it, strings and all, four times per long block.
                guard features[candidate].characters <= 40, features[candidate].shape == nil,
                    !features[candidate].endsWithColon
                else { continue }
                let nameLine = isName[candidate] ?? Self.isNameLine(blocks[candidate].text)
                isName[candidate] = nameLine
                guard nameLine else { continue }
                let name = blocks[candidate].text
                let surname = name.split(separator: " ").last.map(String.init) ?? name
                guard text.hasPrefix(name) || (surname.count >= 3 && text.hasPrefix(surname + " ")) else { continue }
                roles[candidate] = .name
                for between in candidate + 1..<index where features[between].characters <= 60 {
                    roles[between] = .role
                }
                roles[index] = .bio
                break
            }
        }
        return roles
    }

    /// Two to four capitalised words and nothing else: "Dmytro Basmat", "Ana M. Ruiz".
    /// (The caller has checked the rest: 40 characters at most, no shape, no closing colon.)
    static func isNameLine(_ text: String) -> Bool {
        if let ascii = isASCIINameLine(text) { return ascii }
        return isGeneralNameLine(text)
    }

    /// The general path, by `Character`, for any script. Internal so tests can check that the
    /// ASCII path agrees with it.
    static func isGeneralNameLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The same over the bytes of an ASCII line (most of them): words between spaces, each
    /// opening with a capital; nil for a line with other bytes.
    static func isASCIINameLine(_ text: String) -> Bool? {
        UTF8Bytes.with(text) { bytes -> Bool? in
            var words = 0, allCapitalised = true, atWordStart = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    atWordStart = true
                    continue
                }
                if atWordStart {
                    words += 1
                    if !(byte >= 0x41 && byte <= 0x5A) { allCapitalised = false }
                    atWordStart = false
                }
            }
            return (2...4).contains(words) && allCapitalised
        }
    }
}
