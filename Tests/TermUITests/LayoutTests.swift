import Testing
@testable import TermUI

@Suite("Layout")
struct LayoutTests {
    @Test func fixedAndFillShareTheLength() {
        let rows = Layout.rows(Rect(x: 0, y: 0, width: 80, height: 24), [.fixed(1), .fill(1), .fixed(1)])
        #expect(rows.map(\.height) == [1, 22, 1])
        #expect(rows.map(\.y) == [0, 1, 23])
    }

    @Test func percentagesAndWeights() {
        #expect(Layout.sizes(total: 100, constraints: [.percentage(30), .fill(1), .fill(3)]) == [30, 18, 52])
        #expect(Layout.sizes(total: 10, constraints: [.fill(1), .fill(1), .fill(1)]) == [4, 3, 3])
    }

    @Test func minimumGrowsAndSpacingIsRespected() {
        let columns = Layout.columns(Rect(x: 0, y: 0, width: 50, height: 1), [.fixed(10), .min(20)], spacing: 2)
        #expect(columns.map(\.width) == [10, 38])
        #expect(columns.map(\.x) == [0, 12])
    }

    @Test func overAllocationShrinksLaterSegmentsFirst() {
        #expect(Layout.sizes(total: 10, constraints: [.fixed(8), .fixed(8)]) == [8, 2])
        #expect(Layout.sizes(total: 0, constraints: [.fixed(3), .fill(1)]) == [0, 0])
    }

    @Test func rectHelpers() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 5)) == Rect(x: 8, y: 3, width: 4, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(rect.splitTop(2).rest == Rect(x: 2, y: 5, width: 10, height: 4))
        #expect(rect.centered(Size(width: 4, height: 2)) == Rect(x: 5, y: 5, width: 4, height: 2))
        #expect(rect.inset(by: 10).isEmpty)
    }
}
