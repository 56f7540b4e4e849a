import Testing

@testable import Winnow

@Suite struct DumpRepairerTests {
    @Test(arguments: [
        ("accepting *Andrey Rudenko* credentials", "accepting Andrey Rudenko credentials"),
        ("ambassador, *Ghulam Hassan. This", "ambassador, Ghulam Hassan. This"),
        ("envoy, **Zamir Kabulov*.", "envoy, Zamir Kabulov."),
        ("a f*cking disgrace", "a f*cking disgrace"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("* bullet item", "* bullet item"),
        ("Key developments: * one * two", "Key developments: * one * two"),
    ])
    func emphasisAsterisksGoAndOtherAsterisksStay(_ input: String, _ expected: String) {
        #expect(DumpRepairer().repair(input) == expected)
    }

    @Test(arguments: [
        ("CNNa day ago", "CNN a day ago"),
        ("timean hour ago", "time an hour ago"),
        ("BBC2 hours ago", "BBC 2 hours ago"),
        ("a day ago", "a day ago"),
        ("Wikipedia day ago", "Wikipedia day ago"),
        ("Reuters 3 days ago", "Reuters 3 days ago"),
        ("we met an hour ago", "we met an hour ago"),
    ])
    func gluedRelativeDatesAreSeparatedOnlyWhenRecognised(_ input: String, _ expected: String) {
        #expect(DumpRepairer().repair(input) == expected)
    }

    @Test(arguments: [("• Miami Herald", "• Miami Herald"), ("●Item", "• Item"), ("▪ Item", "• Item"), ("•", "")])
    func leadingBulletGlyphsBecomeOneMarker(_ input: String, _ expected: String) {
        #expect(DumpRepairer().repair(input) == expected)
    }
}
