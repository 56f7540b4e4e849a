import Foundation

extension HostileCorpus {
    /// Broken UTF-8, UTF-16 without a byte-order mark, a BOM against `<meta>`, control characters.
    static let encodings: [HostileCase] = [
        HostileCase(
            name: "invalid-utf8", fileName: "invalid-utf8.html",
            write: { url in
                // The library paragraph with a bad sequence between each of its sentences.
                let sentences = Prose.library.components(separatedBy: ". ")
                let bad: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0x80]]
                var paragraph = Data("<p>".utf8)
                for (index, sentence) in sentences.enumerated() {
                    if index > 0 { paragraph += Data(". ".utf8) + Data(bad[(index - 1) % bad.count]) + Data(" ".utf8) }
                    paragraph += Data(sentence.utf8)
                }
                paragraph += Data("</p>\n".utf8)
                try (Data("<meta charset=\"utf-8\">\n".utf8) + Prose.page(before: [], middle: paragraph)).write(to: url)
            },
            records: [
                .lossy(
                    ["invalid-bytes-replaced"],
                    [Check.text(contains: lastSentence(Prose.library), Prose.catalogue)])
            ]),
        HostileCase(
            name: "utf16le-no-bom", fileName: "utf16le-no-bom.html",
            write: { try Data(accentedPage.utf16LittleEndianBytes).write(to: $0) },
            records: [.ok([Check.text(contains: Prose.library, Prose.accented)])]),
        HostileCase(
            name: "utf16be-no-bom", fileName: "utf16be-no-bom.html",
            write: { try Data(accentedPage.utf16BigEndianBytes).write(to: $0) },
            records: [.ok([Check.text(contains: Prose.library, Prose.accented)])]),
        HostileCase(
            name: "bom-contradicts-meta", fileName: "bom-contradicts-meta.html",
            write: { url in
                let page =
                    "<html><head><meta charset=\"windows-1251\"><title>Die Bibliothek</title></head><body>\n"
                    + "<p>\(Prose.germanSize)</p>\n<p>\(Prose.germanChildren)</p>\n</body></html>\n"
                try (Data([0xEF, 0xBB, 0xBF]) + Data(page.utf8)).write(to: url)
            },
            records: [.ok([Check.text(contains: Prose.germanSize, Prose.germanChildren)])]),
        HostileCase(
            name: "nul-and-controls", fileName: "nul-and-controls.html",
            write: { url in
                let controls =
                    Data(Array(0x01...0x08) + [0x0B, 0x0C] + Array(0x0E...0x1F))
                    + Data((0x80...0x9F).flatMap { String(UnicodeScalar(UInt8($0))).utf8 })
                // The catalogue paragraph carries the controls between its first two sentences too.
                let lead = Prose.lead(Prose.catalogue)
                let paragraph =
                    Data("<p>\(lead)".utf8) + controls + Data("\(Prose.catalogue.dropFirst(lead.count))</p>\n".utf8)
                let middle = Data(count: 1_000) + controls + Data("\n".utf8) + paragraph
                try (Data("<meta charset=\"utf-8\">\n".utf8) + Prose.page(middle: middle, after: [Prose.sundays]))
                    .write(to: url)
            },
            records: [
                RecordExpectation(
                    statuses: ["ok", "ok-lossy"],
                    checks: [
                        Check.text(contains: lastSentence(Prose.catalogue), Prose.sundays), Check.noControlCharacters,
                    ])
            ]),
    ]

    /// A page with accented letters, for the decoders to get right.
    static let accentedPage =
        "<html><head><title>The library reopens</title></head><body>\n<p>\(Prose.library)</p>\n"
        + "<p>\(Prose.accented)</p>\n</body></html>\n"

    /// The last sentence of a paragraph.
    static func lastSentence(_ paragraph: String) -> String {
        paragraph.components(separatedBy: ". ").last ?? paragraph
    }
}

extension Prose {
    static let accented = """
        The new café on the ground floor is run by Zoë Müller, who moved to the town from Köln last spring. \
        Her crème brûlée sold out before lunch on the first day, and she has promised to bake twice as much \
        next Saturday. She said that her naïve hope of a quiet opening week had not survived the first morning.
        """
    static let germanSize = """
        Die Größe der neuen Bibliothek überrascht viele Besucher, denn der Lesesaal ist fast doppelt so groß \
        wie früher. Schon am ersten Tag kamen über dreihundert Menschen, und die Schlange vor der Tür reichte \
        bis zur Straßenecke. Die Leiterin sagte, dass die Öffnungszeiten am Abend bald länger werden sollen.
        """
    static let germanChildren = """
        Für die Kinder gibt es jetzt eine eigene Ecke mit Sitzsäcken und Bilderbüchern, während die Eltern \
        in den Regalen zur Geschichte der Stadt stöbern. Viele ältere Besucher erzählten, dass sie das Gebäude \
        seit ihrer Schulzeit nicht mehr betreten hätten. Im nächsten Monat entscheidet der Rat, ob die \
        Bibliothek auch sonntags öffnen darf.
        """
}

extension String {
    /// UTF-16 little-endian code units as bytes, with no byte-order mark.
    var utf16LittleEndianBytes: [UInt8] { utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    /// UTF-16 big-endian code units as bytes, with no byte-order mark.
    var utf16BigEndianBytes: [UInt8] { utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
}
