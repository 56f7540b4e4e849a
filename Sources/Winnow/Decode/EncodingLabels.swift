/// Browser rules for charset labels: what a page says and what it means.
///
/// Pages that say `iso-8859-1` or `ascii` are written in windows-1252, `gb2312` means GB18030
/// and `euc-kr` means windows-949, as every browser reads them (WHATWG Encoding Standard).
enum EncodingLabels {
    /// The iconv name to decode with for a declared label, or nil for a label no browser knows.
    static func iconvName(for label: String) -> String? {
        let key = label.lowercased().trimmingSpaces().replacingQuotesAndSpaces()
        if let mapped = aliases[key] { return mapped }
        if key.hasPrefix("iso-8859-") || key.hasPrefix("windows-125") || key.hasPrefix("koi8") {
            return key.uppercased()
        }
        return nil
    }

    /// Label (lowercase) to iconv name.
    private static let aliases: [String: String] = [
        "utf-8": "UTF-8", "utf8": "UTF-8", "unicode-1-1-utf-8": "UTF-8", "x-unicode20utf8": "UTF-8",
        "utf-16": "UTF-16LE", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE",
        "iso-8859-1": "WINDOWS-1252", "iso8859-1": "WINDOWS-1252", "latin1": "WINDOWS-1252", "l1": "WINDOWS-1252",
        "ascii": "WINDOWS-1252", "us-ascii": "WINDOWS-1252", "ansi_x3.4-1968": "WINDOWS-1252", "cp1252": "WINDOWS-1252",
        "windows-1252": "WINDOWS-1252", "x-cp1252": "WINDOWS-1252", "cp819": "WINDOWS-1252",
        "iso-8859-9": "WINDOWS-1254", "latin5": "WINDOWS-1254", "iso-8859-11": "WINDOWS-874", "tis-620": "WINDOWS-874",
        "cp1251": "WINDOWS-1251", "x-cp1251": "WINDOWS-1251", "cp1250": "WINDOWS-1250", "latin2": "ISO-8859-2",
        "koi8-r": "KOI8-R", "koi8-u": "KOI8-U", "koi": "KOI8-R",
        "gb2312": "GB18030", "gbk": "GB18030", "gb18030": "GB18030", "x-gbk": "GB18030", "chinese": "GB18030",
        "csgb2312": "GB18030", "big5": "BIG5-HKSCS", "big5-hkscs": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "windows-31j": "CP932", "cp932": "CP932", "euc-jp": "EUC-JP", "x-euc-jp": "EUC-JP",
        "iso-2022-jp": "ISO-2022-JP",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "windows-949": "CP949", "cp949": "CP949", "korean": "CP949",
        "iso-8859-8-i": "ISO-8859-8", "visual": "ISO-8859-8", "x-mac-roman": "MACINTOSH", "macintosh": "MACINTOSH",
        "x-mac-cyrillic": "MAC-CYRILLIC",
    ]
}

extension String {
    fileprivate func replacingQuotesAndSpaces() -> String {
        String(unicodeScalars.filter { $0 != "\"" && $0 != "'" && $0 != " " })
    }
}
