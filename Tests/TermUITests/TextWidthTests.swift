import Testing
@testable import TermUI

@Suite("Display width")
struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.width(of: "Acme GmbH") == 9)
        #expect(DisplayWidth.width(of: "") == 0)
    }

    @Test func cjkAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.width(of: "株式会社") == 8)
        #expect(DisplayWidth.width(of: "한국") == 4)
        #expect(DisplayWidth.width(of: "ＡＢ") == 4)
        #expect(DisplayWidth.width(of: "ｱｲ") == 2, "halfwidth katakana is narrow")
    }

    @Test func emojiIncludingZWJSequencesAndFlagsAreTwoColumns() {
        #expect(DisplayWidth.width(of: "😀") == 2)
        #expect(DisplayWidth.width(of: "👨‍👩‍👧‍👦") == 2)
        #expect(DisplayWidth.width(of: "🏳️‍🌈") == 2)
        #expect(DisplayWidth.width(of: "🇩🇪🇯🇵") == 4)
        #expect(DisplayWidth.width(of: "👍🏽") == 2, "skin-tone modifier stays in the cluster")
        #expect(DisplayWidth.width(of: "🫨") == 2, "emoji newer than the width table")
    }

    @Test func combiningMarksAddNothingInsideTheirCluster() {
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "Ame\u{301}lie\u{308}") == 6)
        #expect(DisplayWidth.width(of: "Z\u{351}\u{34B}\u{35B}\u{334}") == 1)
        #expect(DisplayWidth.width(of: "\u{301}") == 1, "an orphan mark gets a base and is never zero")
    }

    @Test func truncateEndsWithEllipsisAndKeepsShortText() {
        #expect(DisplayWidth.truncate("Acme GmbH", toWidth: 20) == "Acme GmbH")
        #expect(DisplayWidth.truncate("Acme Industries", toWidth: 8) == "Acme In…")
        #expect(DisplayWidth.truncate("Acme", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("Acme", toWidth: 0) == "")
    }

    @Test func truncateNeverSplitsAWideGlyph() {
        let cut = DisplayWidth.truncate("日本語テキスト", toWidth: 6)
        #expect(cut == "日本… ")
        #expect(DisplayWidth.width(of: cut) == 6)
        #expect(DisplayWidth.truncate("日本語", toWidth: 5) == "日本…")
    }

    @Test func truncateKeepsCombiningMarksWithTheirBase() {
        let cut = DisplayWidth.truncate("Cafe\u{301} de Flore", toWidth: 5)
        #expect(cut == "Cafe\u{301}…")
        #expect(DisplayWidth.width(of: cut) == 5)
    }

    @Test func fitPadsAndAligns() {
        #expect(DisplayWidth.fit("12", toWidth: 5, alignment: .right) == "   12")
        #expect(DisplayWidth.fit("株", toWidth: 4) == "株  ")
        #expect(DisplayWidth.fit("ab", toWidth: 5, alignment: .center) == " ab  ")
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.wrap("株式会社テスト", width: 5) == ["株式", "会社", "テス", "ト"])
        #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
    }
}
