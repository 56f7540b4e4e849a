/// Recognises dates, times and reading times in folded text, by vocabulary and digits only.
enum DateShapes {
    /// Words that may stand in a date line besides numbers and month names.
    static let dateWords: Set<Substring> = [
        "at", "on", "updated", "published", "posted", "last", "modified", "ago", "a", "an", "am", "pm",
        "gmt", "utc", "et", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "msk", "ist",
        "th", "st", "nd", "rd", "just", "now", "yesterday", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "time", "date", "of", "the", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
        "second", "minute", "hour", "day", "week", "month", "year", "mins", "min", "hrs", "hr", "г", "года",
        "um", "uhr", "am", "stand", "aktualisiert", "обновлено", "опубликовано", "publié", "le", "à", "mis",
        "jour", "actualizado", "publicado", "el", "de", "del", "h", "hs", "alle", "ore", "il", "em", "às",
        "pubblicato", "aggiornato", "atualizado", "в", "г",
    ]

    /// The vocabularies by word hash, built once.
    private static let dateWordHashes = WordTable(set: dateWords.map { WordScanner.hash(of: $0) })
    private static let markerHashes = WordTable(
        set: (Array(Vocabulary.months.keys) + ["ago", "yesterday", "today"]).map { WordScanner.hash(of: Substring($0)) }
    )
    /// Years a page's date may name: a four-digit number outside them (points, a phone number's
    /// last group, a price) makes no date (development page 11ea38…: standings rows, 8cad00…:
    /// "Inquiry 02-751-1500").
    private static let yearHashes = WordTable(set: (1900...2099).map { WordScanner.hash(of: Substring(String($0))) })
    private static let unitHashes = WordTable(
        set: ["min", "mins", "minute", "minutes", "minuten", "мин", "минут", "minutos"].map { WordScanner.hash(of: $0) }
    )
    private static let readHashes = WordTable(
        set: ["read", "reading", "time", "lesezeit", "чтения", "lectura", "lecture"].map { WordScanner.hash(of: $0) })

    /// True for a block that is a date or time and little else ("Nov 19, 2019, 10:31 pm CST",
    /// "CNN a day ago", "20 Nov, 2019 05:47"). Up to two other words (a source) may stand in it.
    static func isDateLine(_ words: [Word]) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        var markers = 0, others = 0, numbers = 0, years = 0
        for word in words {
            if markerHashes.contains(word.hash) {
                markers += 1
            } else if word.isNumber {
                numbers += 1
                if word.letters == 4, yearHashes.contains(word.hash) { years += 1 }
            } else if !dateWordHashes.contains(word.hash) {
                others += 1
            }
        }
        // Numbers with a year: "2019 11 20 12 03", "Santoña, 21/11/2026 - 08:45 h".
        if numbers >= 3 && years >= 1 && others <= 2 { markers += 1 }
        return markers >= 1 && others <= 2 && others * 2 < words.count
    }

    /// "2 min read", "5 minute read", "reading time 3 minutes": true for such a block.
    static func isReadingTime(_ words: [Word]) -> Bool {
        guard words.count >= 2, words.count <= 5 else { return false }
        return words.contains { unitHashes.contains($0.hash) } && words.contains(where: \.isNumber)
            && words.contains { readHashes.contains($0.hash) }
    }
}
