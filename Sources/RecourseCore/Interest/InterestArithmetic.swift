/// Exact integer arithmetic for interest: products are taken in 128 bits, then divided once and
/// rounded half-up (half away from zero) to whole minor units.
enum InterestArithmetic {
    /// `value × factor / divisor` rounded half away from zero; nil when it does not fit in Int64
    /// or `divisor` is not positive.
    static func roundedProduct(_ value: Int64, times factor: Int64, over divisor: Int64) -> Int64? {
        guard divisor > 0 else { return nil }
        let negative = (value < 0) != (factor < 0)
        let product = value.magnitude.multipliedFullWidth(by: factor.magnitude)
        let divisorMagnitude = divisor.magnitude
        guard product.high < divisorMagnitude else { return nil }
        let (quotient, remainder) = divisorMagnitude.dividingFullWidth(product)
        var magnitude = quotient
        if remainder >= divisorMagnitude - remainder {
            let (rounded, overflow) = magnitude.addingReportingOverflow(1)
            if overflow { return nil }
            magnitude = rounded
        }
        guard magnitude <= Int64.max.magnitude else { return nil }
        let result = Int64(magnitude)
        return negative ? -result : result
    }

    /// The product of small factors, nil on overflow.
    static func product(_ factors: Int64...) -> Int64? {
        var result: Int64 = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            if overflow { return nil }
            result = next
        }
        return result
    }

    /// The sum, nil on overflow.
    static func sum(_ a: Int64, _ b: Int64) -> Int64? {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : result
    }
}
