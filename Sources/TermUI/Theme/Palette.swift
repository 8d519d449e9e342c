/// The xterm 256-colour palette as RGB, and nearest-colour mapping for small terminals.
enum Palette {
    /// RGB of palette index `index` (xterm defaults).
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let cube = index - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
        }
        let grey = 8 + (min(index, 255) - 232) * 10
        return (grey, grey, grey)
    }

    /// The index among 0..<limit closest to `index` in RGB space.
    static func nearest(_ index: Int, limit: Int) -> Int {
        if index < limit { return index }
        if index < 16 && limit == 8 { return index - 8 }
        let (r, g, b) = rgb(index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<limit {
            let (cr, cg, cb) = rgb(candidate)
            let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// `style` with colours limited to the first `limit` palette entries, kept readable: when the
    /// background had to change and the text no longer stands out, the text becomes black or white.
    static func degrade(_ style: Style, toColors limit: Int) -> Style {
        var result = style
        if let fg = style.foreground.index, fg >= limit {
            if limit == 8 && fg >= 8 && fg < 16 { result.attributes.insert(.bold) }
            result.foreground = .indexed(UInt8(nearest(fg, limit: limit)))
        }
        guard let bg = style.background.index, bg >= limit else { return result }
        let mapped = nearest(bg, limit: limit)
        result.background = .indexed(UInt8(mapped))
        if let fg = result.foreground.index, abs(luminance(fg) - luminance(mapped)) < 100 {
            result.foreground = luminance(mapped) > 128 ? .black : .white
        }
        return result
    }

    /// Perceived brightness 0–255 of a palette entry.
    static func luminance(_ index: Int) -> Int {
        let (r, g, b) = rgb(index)
        return (r * 299 + g * 587 + b * 114) / 1000
    }
}
