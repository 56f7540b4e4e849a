import Testing

@testable import Winnow

/// Pages in the charsets the web still uses, each decoded to the text it was written in.
@Suite struct CharsetTests {
    static let russian = "Городской совет в пятницу утвердил новый план развития центра, и жители поддержали решение."
    static let japanese = "市は金曜日、中心部の新しい開発計画を承認し、住民もその決定を支持した。"
    static let chinese = "市议会周五批准了市中心新的发展计划，居民们也支持这一决定。"
    static let korean = "시의회는 금요일 도심의 새로운 개발 계획을 승인했고 주민들도 그 결정을 지지했다."
    static let polish =
        "Rada miasta zatwierdziła w piątek nowy plan rozwoju śródmieścia, a mieszkańcy poparli tę decyzję."

    private func page(_ body: String, meta: String?) -> String {
        let head = meta.map { "<meta charset=\"\($0)\">" } ?? ""
        return
            "<!doctype html><html><head>\(head)<title>t</title></head><body><article><p>\(body)</p></article></body></html>"
    }

    private func clean(_ bytes: [UInt8], declared: String? = nil) throws -> Article {
        try Cleaner().clean(RawInput(id: "page.html", bytes: bytes, format: .html, declaredEncoding: declared))
    }

    @Test(arguments: [
        (russian, "windows-1251", "windows-1251", "WINDOWS-1251"), (japanese, "shift_jis", "SHIFT_JIS", "CP932"),
        (chinese, "gb2312", "GB18030", "GB18030"), (korean, "euc-kr", "EUC-KR", "CP949"),
        (polish, "iso-8859-2", "ISO-8859-2", "ISO-8859-2"),
    ])
    func aDeclaredLegacyCharsetIsDecoded(_ text: String, _ label: String, _ charset: String, _ reported: String) throws
    {
        let article = try clean(encoded(page(text, meta: label), as: charset))
        #expect(article.blocks.contains { $0.text == text })
        #expect(article.decoding.encoding == EncodingReport(name: reported.lowercased(), foundBy: "meta"))
    }

    @Test func anUndeclaredWindows1251PageIsDetected() throws {
        let text = Array(repeating: Self.russian, count: 3).joined(separator: " ")
        let article = try clean(encoded(page(text, meta: nil), as: "WINDOWS-1251"))
        #expect(article.blocks.contains { $0.text == text })
        #expect(article.decoding.encoding.foundBy == "detected")
        #expect(article.decoding.encoding.name == "windows-1251")
    }

    @Test func oneStrayByteInAUTF8PageLeavesTheRestCorrect() throws {
        let before = "Café owners said the naïve plan – as they called it – would not work."
        var bytes = Array(page(before + " They don", meta: "utf-8").utf8)
        let cut = bytes.firstIndex(of: UInt8(ascii: "<"), after: bytes.count - 40)
        let insertion = [UInt8(0x92)] + Array("t agree. Déjà vu for the résidents.".utf8)
        bytes.insert(contentsOf: insertion, at: cut)
        let article = try clean(bytes)
        #expect(article.blocks.first?.text == before + " They don’t agree. Déjà vu for the résidents.")
        #expect(article.decoding.replacedSequences == 1)
        #expect(article.decoding.encoding.name == "utf-8")
    }

    @Test func aByteOrderMarkWinsOverTheMetaTag() throws {
        let text = "Les élèves ont présenté leurs créations à la mairie, où le maire a salué leur générosité."
        let article = try clean([0xEF, 0xBB, 0xBF] + Array(page(text, meta: "iso-8859-1").utf8))
        #expect(article.blocks.contains { $0.text == text })
        #expect(article.decoding.encoding == EncodingReport(name: "utf-8", foundBy: "bom"))
    }

    @Test func theCallersDeclarationWinsOverTheMetaTag() throws {
        let article = try clean(encoded(page(Self.russian, meta: "iso-8859-1"), as: "KOI8-R"), declared: "koi8-r")
        #expect(article.blocks.contains { $0.text == Self.russian })
        #expect(article.decoding.encoding == EncodingReport(name: "koi8-r", foundBy: "declared"))
    }

    @Test func browsersReadLatin1AsWindows1252() {
        #expect(EncodingLabels.iconvName(for: "ISO-8859-1") == "WINDOWS-1252")
        #expect(EncodingLabels.iconvName(for: "ascii") == "WINDOWS-1252")
        #expect(EncodingLabels.iconvName(for: " \"GB2312\" ") == "GB18030")
        #expect(EncodingLabels.iconvName(for: "x-made-up") == nil)
    }
}

extension Array where Element == UInt8 {
    fileprivate func firstIndex(of byte: UInt8, after start: Int) -> Int {
        self[start...].firstIndex(of: byte) ?? count
    }
}
