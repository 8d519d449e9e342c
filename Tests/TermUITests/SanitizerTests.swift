import Testing
@testable import TermUI

@Suite("Text sanitiser")
struct SanitizerTests {
    @Test func escapeSequencesAndBellBecomeReplacementCharacters() {
        let hostile = "\u{1b}[2J\u{1b}]0;owned\u{7}"
        let safe = TextSanitizer.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(safe == "\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}")
    }

    @Test func bidiOverridesAreDropped() {
        #expect(TextSanitizer.sanitize("\u{202E}gnp.exe") == "gnp.exe")
        #expect(TextSanitizer.sanitize("a\u{2066}b\u{2069}c\u{200F}d\u{061C}e") == "abcde")
    }

    @Test func c1ControlsIncludingCSIAreReplaced() {
        let safe = TextSanitizer.sanitize("x\u{9B}31mred\u{85}")
        #expect(safe == "x\u{FFFD}31mred\u{FFFD}")
        #expect(!safe.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func delNewlinesAndInvisibleFormatCharactersAreHandled() {
        #expect(TextSanitizer.sanitize("a\u{7F}b") == "a\u{FFFD}b")
        #expect(TextSanitizer.sanitize("a\r\nb\n") == "a\u{FFFD}b\u{FFFD}")
        #expect(TextSanitizer.sanitize("\u{FEFF}zero\u{200B}width\u{2060}") == "zerowidth")
        #expect(TextSanitizer.sanitize("tab\there") == "tab here")
        #expect(TextSanitizer.sanitize("line\u{2028}sep") == "line\u{FFFD}sep")
    }

    @Test func emojiJoinersAndTagsSurvive() {
        let family = "👨‍👩‍👧"
        #expect(TextSanitizer.sanitize(family) == family)
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(TextSanitizer.sanitize(scotland) == scotland)
        #expect(TextSanitizer.sanitize("a\u{E0041}b") == "ab", "tags outside emoji are dropped")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let bytes: [UInt8] = [0x41, 0xFF, 0x42, 0xC3]
        #expect(TextSanitizer.sanitize(bytes: bytes) == "A\u{FFFD}B\u{FFFD}")
    }

    @Test func unassignedCodePointsAreReplaced() {
        #expect(TextSanitizer.sanitize("a\u{378}b") == "a\u{FFFD}b")
    }

    @Test func everyClusterOfHostileTextIsOneOrTwoColumns() {
        let hostile = "\u{1b}[31m\u{202E}株\u{301}\u{9B}\u{0}😀e\u{301}\u{7F}"
        for cluster in TextSanitizer.clusters(hostile) {
            #expect(cluster.width == 1 || cluster.width == 2)
            #expect(!cluster.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
