import TermUI

/// The theme roles Recourse adds to the toolkit's generic ones.
public extension ThemeRole {
    /// Days overdue, late actions.
    static let overdue = ThemeRole("overdue")
    /// A pending or kept promise.
    static let promised = ThemeRole("promised")
    /// A broken promise.
    static let brokenPromise = ThemeRole("brokenPromise")
    /// A dispute.
    static let disputed = ThemeRole("disputed")
    /// Legal or insolvency.
    static let escalated = ThemeRole("escalated")
    /// A negative amount (credit).
    static let amountNegative = ThemeRole("amountNegative")
    /// A callback that is due.
    static let callbackDue = ThemeRole("callbackDue")
    /// Secondary text: the debtor's night-time clock, notes' metadata.
    static let muted = ThemeRole("muted")

    /// Every Recourse role, for the theme loader.
    static let recourse: [ThemeRole] = [
        .overdue, .promised, .brokenPromise, .disputed, .escalated, .amountNegative, .callbackDue, .muted,
    ]
}
