/// How much space one segment of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less only if there is not enough room).
    case fixed(Int)
    /// `p` percent of the total length.
    case percentage(Int)
    /// A share of what is left over, proportional to the weight.
    case fill(Int)
    /// At least `n` cells, then grows like `fill(1)`.
    case min(Int)
}

/// The direction a layout splits a rectangle in.
public enum Direction: Hashable, Sendable {
    /// Segments stacked top to bottom (rows).
    case vertical
    /// Segments side by side, left to right (columns).
    case horizontal
}

/// Splits rectangles into rows or columns according to constraints.
public enum Layout {
    /// Splits `rect` into one rectangle per constraint, with `spacing` cells between neighbours.
    ///
    /// Fixed, percentage and minimum sizes are granted first; if they do not fit, later segments
    /// shrink first. What remains is shared by `fill` and `min` segments by weight; any rounding
    /// remainder goes to the earliest of them.
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let total = direction == .vertical ? rect.height : rect.width
        let lengths = sizes(total: total, constraints: constraints, spacing: max(0, spacing))
        var result: [Rect] = []
        var offset = 0
        for length in lengths {
            switch direction {
            case .vertical:
                result.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: length))
            case .horizontal:
                result.append(Rect(x: rect.x + offset, y: rect.y, width: length, height: rect.height))
            }
            offset = Swift.min(total, offset + length + spacing)
        }
        return result
    }

    /// Splits `rect` into rows.
    public static func rows(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(rect, .vertical, constraints, spacing: spacing)
    }

    /// Splits `rect` into columns.
    public static func columns(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(rect, .horizontal, constraints, spacing: spacing)
    }

    /// The segment lengths for `constraints` sharing `total` cells.
    public static func sizes(total: Int, constraints: [Constraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = Swift.max(0, total - spacing * (constraints.count - 1))
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n), .min(let n): return Swift.max(0, n)
            case .percentage(let p): return available * Swift.min(100, Swift.max(0, p)) / 100
            case .fill: return 0
            }
        }
        var excess = lengths.reduce(0, +) - available
        var index = lengths.count - 1
        while excess > 0 && index >= 0 {
            let cut = Swift.min(excess, lengths[index])
            lengths[index] -= cut
            excess -= cut
            index -= 1
        }
        let leftover = available - lengths.reduce(0, +)
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): return Swift.max(0, weight)
            case .min: return 1
            default: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard leftover > 0, totalWeight > 0 else { return lengths }
        var given = 0
        for i in lengths.indices where weights[i] > 0 {
            let share = leftover * weights[i] / totalWeight
            lengths[i] += share
            given += share
        }
        var remainder = leftover - given
        for i in lengths.indices where weights[i] > 0 && remainder > 0 {
            lengths[i] += 1
            remainder -= 1
        }
        return lengths
    }
}
