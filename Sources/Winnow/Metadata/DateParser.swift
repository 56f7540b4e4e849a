/// Reads dates out of short text: absolute ("Nov 19, 2019, 10:31 pm CST", "20 Nov, 2019 05:47",
/// "2019-11-20") and relative ("a day ago", "timean hour ago" once repaired).
struct DateParser: Sendable {
    /// The moment relative dates count back from, and the year for dates without one.
    var reference: DateParts?

    func parse(_ text: String) -> FoundDate? {
        let words = WordScanner.folded(text).split(separator: " ")
        if let relative = relativePhrase(words) {
            return FoundDate(text: relative.text, iso: reference.map { $0.minus(seconds: relative.seconds).iso })
        }
        return absolute(text, words)
    }

    private func relativePhrase(_ words: [Substring]) -> (text: String, seconds: Int)? {
        let seconds: [Substring: Int] = [
            "second": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604_800,
            "month": 2_592_000, "year": 31_536_000,
        ]
        for (index, word) in words.enumerated() where word == "ago" && index >= 2 {
            let unit = words[index - 1].hasSuffix("s") ? words[index - 1].dropLast() : words[index - 1]
            guard let size = seconds[unit] else { continue }
            let quantity = words[index - 2]
            let count = quantity == "a" || quantity == "an" || quantity == "one" ? 1 : Int(quantity)
            guard let count else { continue }
            return ("\(quantity) \(words[index - 1]) ago", count * size)
        }
        if words.contains("yesterday") { return ("yesterday", 86400) }
        if words.contains("today") { return ("today", 0) }
        return nil
    }

    private func absolute(_ text: String, _ words: [Substring]) -> FoundDate? {
        if let iso = Self.isoDate(in: text) { return FoundDate(text: iso, iso: iso) }
        if let numeric = Self.numericDate(words) { return FoundDate(text: text, iso: numeric) }
        var month: Int?, day: Int?, year: Int?
        var monthIndex: Int?
        for (index, word) in words.enumerated() {
            if month == nil, let number = Vocabulary.months[String(word)] {
                month = number
                monthIndex = index
            } else if let number = Int(word) {
                if number >= 1900 && number <= 2100 && year == nil {
                    year = number
                } else if number >= 1 && number <= 31 && day == nil
                    && (monthIndex.map { abs($0 - index) == 1 } ?? (index + 1 < words.count))
                {
                    day = number
                }
            }
        }
        guard let month, let day else { return nil }
        let resolvedYear = year ?? reference?.year
        let found = Self.span(of: text)
        guard let resolvedYear else { return FoundDate(text: found, iso: nil) }
        var iso = "\(resolvedYear)-\(Self.two(month))-\(Self.two(day))"
        if let time = Self.time(in: words) { iso += "T\(Self.two(time.hour)):\(Self.two(time.minute))" }
        return FoundDate(text: found, iso: iso)
    }

    /// "21/11/2026" or "21.11.2026" (day first, as most of the world writes it; month first when
    /// the first number cannot be a month's day count... or the second exceeds 12).
    static func numericDate(_ words: [Substring]) -> String? {
        for index in 0..<max(0, words.count - 2) {
            guard let first = Int(words[index]), let second = Int(words[index + 1]), let year = Int(words[index + 2]),
                words[index + 2].count == 4, (1900...2100).contains(year), first <= 31, second <= 31
            else { continue }
            let (day, month) = second > 12 ? (second, first) : (first, second)
            guard (1...12).contains(month), day >= 1 else { continue }
            var iso = "\(year)-\(two(month))-\(two(day))"
            if let time = time(in: Array(words[(index + 3)...])) { iso += "T\(two(time.hour)):\(two(time.minute))" }
            return iso
        }
        return nil
    }

    /// "10:31 pm" -> 22:31.
    private static func time(in words: [Substring]) -> (hour: Int, minute: Int)? {
        for (index, word) in words.enumerated() where index + 1 < words.count {
            guard let hour = Int(word), let minute = Int(words[index + 1]), words[index + 1].count == 2,
                hour < 24, minute < 60
            else { continue }
            let marker = index + 2 < words.count ? words[index + 2] : ""
            let adjusted = marker == "pm" && hour < 12 ? hour + 12 : (marker == "am" && hour == 12 ? 0 : hour)
            return (adjusted, minute)
        }
        return nil
    }

    /// `2019-11-20` anywhere in the text.
    static func isoDate(in text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) {
            let slice = bytes[start..<start + 10]
            let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
            let shape = slice.enumerated().allSatisfy { offset, byte in
                offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isDigit(byte)
            }
            if shape, slice.first == UInt8(ascii: "1") || slice.first == UInt8(ascii: "2") {
                return String(decoding: slice, as: UTF8.self)
            }
        }
        return nil
    }

    /// The text without leading labels like "Updated" or "Published:".
    private static func span(of text: String) -> String {
        let labels = ["updated:", "updated", "published:", "published", "posted:", "posted on", "posted"]
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingSpaces()
        }
        return text
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

/// A calendar moment without time zones: enough to count back days and hours.
public struct DateParts: Sendable, Equatable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// Reads `2026-11-24` or `2026-11-24T10:30:00` (a trailing zone is ignored).
    public init?(iso: String) {
        let numbers = iso.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        year = numbers[0]; month = numbers[1]; day = numbers[2]
        hour = numbers.count > 3 ? numbers[3] : 0
        minute = numbers.count > 4 ? numbers[4] : 0
        second = numbers.count > 5 ? numbers[5] : 0
    }

    var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(year)-\(two(month))-\(two(day))"
        return hour == 0 && minute == 0 && second == 0 ? date : "\(date)T\(two(hour)):\(two(minute)):\(two(second))"
    }

    /// This moment minus some seconds, by civil-day arithmetic.
    func minus(seconds: Int) -> DateParts {
        let total = Self.days(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - seconds
        let days = Int((Double(total) / 86400).rounded(.down))
        let rest = total - days * 86400
        var result = self
        (result.year, result.month, result.day) = Self.civil(days)
        result.hour = rest / 3600; result.minute = rest % 3600 / 60; result.second = rest % 60
        return result
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
