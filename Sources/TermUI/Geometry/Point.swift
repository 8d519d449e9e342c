/// A cell position on the terminal grid: column `x`, row `y`, both zero-based.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// The column, zero-based from the left edge.
    public var x: Int
    /// The row, zero-based from the top edge.
    public var y: Int

    /// Creates a point at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The origin, column 0 and row 0.
    public static let zero = Point(x: 0, y: 0)

    /// A point moved by `dx` columns and `dy` rows.
    public func offset(dx: Int = 0, dy: Int = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }

    /// `(x, y)`, for test failures and logs.
    public var description: String { "(\(x), \(y))" }
}
