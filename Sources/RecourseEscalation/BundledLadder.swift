/// The ladder policy shipped with Recourse, as the TOML a user's `ladder.toml` also uses.
///
/// The default ladder follows domain/collections.md (days 1, 7, 11, 14, 18, 21, 26, 30, 45); China and
/// Japan have a longer one with an extra call, the Netherlands a shorter one. `[risk]` holds OECD
/// country risk categories.
public enum BundledLadder {
    /// The name the bundled policy goes by in messages.
    public static let name = "bundled ladder.toml"

    /// The bundled policy.
    public static let toml = """
        # The amicable ladder shipped with Recourse. A user's ladder.toml (same format) is laid over it:
        # its letter_minimum_balance and [[ladder]] replace these, each country it lists replaces that
        # country's ladder, and its [risk] lines are added or replace these.
        #
        # A step: name (unique in its ladder), kind (call, letter or review), level (letters only:
        # reminder, firm, final or before-action), days, from ("placement": days after the case was placed;
        # "previous": days after the previous step was taken or skipped, at least 1), and optionally
        # minimum_balance (EUR; below the case's EUR-equivalent balance the step is skipped). The review,
        # if any, is the last step. Amounts are EUR, written as strings.

        # Below this EUR-equivalent balance, letter steps are skipped, not sent: the postage and the
        # caseworker's time cost more than the letter can bring in.
        letter_minimum_balance = "EUR 50.00"

        # The default ladder, as in domain/collections.md: a call, then a letter about weekly with a call
        # between, the letter before action on day 30, a supervisor's review on day 45.

        # Day 1: a friendly call, first contact.
        [[ladder]]
        name = "first call"
        kind = "call"
        days = 1
        from = "placement"

        # Day 7: letter 1.
        [[ladder]]
        name = "friendly reminder"
        kind = "letter"
        level = "reminder"
        days = 7
        from = "placement"

        # Day 11.
        [[ladder]]
        name = "second call"
        kind = "call"
        days = 4
        from = "previous"

        # Day 14: letter 2.
        [[ladder]]
        name = "firm reminder"
        kind = "letter"
        level = "firm"
        days = 3
        from = "previous"

        # Day 18.
        [[ladder]]
        name = "third call"
        kind = "call"
        days = 4
        from = "previous"

        # Day 21: letter 3.
        [[ladder]]
        name = "final demand"
        kind = "letter"
        level = "final"
        days = 3
        from = "previous"

        # Day 26.
        [[ladder]]
        name = "fourth call"
        kind = "call"
        days = 5
        from = "previous"

        # Day 30: letter 4, the pre-legal notice.
        # A step may carry its own condition, e.g. minimum_balance = "EUR 500.00": below it the step is skipped.
        [[ladder]]
        name = "letter before action"
        kind = "letter"
        level = "before-action"
        days = 4
        from = "previous"

        # Day 45: legal, insolvency, extend amicable, or write off. The review is always last.
        [[ladder]]
        name = "supervisor review"
        kind = "review"
        days = 15
        from = "previous"

        # China: letters travel further and are often answered only after an internal approval round,
        # while a call, in the debtor's language and to someone senior, does more. The intervals are
        # the default's times 1.5 (rounded), with an extra call before the letter before action.

        # Day 2.
        [[countries.CN.ladder]]
        name = "first call"
        kind = "call"
        days = 2
        from = "placement"

        # Day 10.
        [[countries.CN.ladder]]
        name = "friendly reminder"
        kind = "letter"
        level = "reminder"
        days = 10
        from = "placement"

        # Day 16.
        [[countries.CN.ladder]]
        name = "second call"
        kind = "call"
        days = 6
        from = "previous"

        # Day 21.
        [[countries.CN.ladder]]
        name = "firm reminder"
        kind = "letter"
        level = "firm"
        days = 5
        from = "previous"

        # Day 27.
        [[countries.CN.ladder]]
        name = "third call"
        kind = "call"
        days = 6
        from = "previous"

        # Day 32.
        [[countries.CN.ladder]]
        name = "final demand"
        kind = "letter"
        level = "final"
        days = 5
        from = "previous"

        # Day 40.
        [[countries.CN.ladder]]
        name = "fourth call"
        kind = "call"
        days = 8
        from = "previous"

        # Day 46: the extra call, to the finance director or the owner, before the pre-legal notice.
        [[countries.CN.ladder]]
        name = "call to a senior contact"
        kind = "call"
        days = 6
        from = "previous"

        # Day 52.
        [[countries.CN.ladder]]
        name = "letter before action"
        kind = "letter"
        level = "before-action"
        days = 6
        from = "previous"

        # Day 75.
        [[countries.CN.ladder]]
        name = "supervisor review"
        kind = "review"
        days = 23
        from = "previous"

        # Japan: letters travel further and are often answered only after an internal approval round,
        # while a call, in the debtor's language and to someone senior, does more. The intervals are
        # the default's times 1.5 (rounded), with an extra call before the letter before action.

        # Day 2.
        [[countries.JP.ladder]]
        name = "first call"
        kind = "call"
        days = 2
        from = "placement"

        # Day 10.
        [[countries.JP.ladder]]
        name = "friendly reminder"
        kind = "letter"
        level = "reminder"
        days = 10
        from = "placement"

        # Day 16.
        [[countries.JP.ladder]]
        name = "second call"
        kind = "call"
        days = 6
        from = "previous"

        # Day 21.
        [[countries.JP.ladder]]
        name = "firm reminder"
        kind = "letter"
        level = "firm"
        days = 5
        from = "previous"

        # Day 27.
        [[countries.JP.ladder]]
        name = "third call"
        kind = "call"
        days = 6
        from = "previous"

        # Day 32.
        [[countries.JP.ladder]]
        name = "final demand"
        kind = "letter"
        level = "final"
        days = 5
        from = "previous"

        # Day 40.
        [[countries.JP.ladder]]
        name = "fourth call"
        kind = "call"
        days = 8
        from = "previous"

        # Day 46: the extra call, to the finance director or the owner, before the pre-legal notice.
        [[countries.JP.ladder]]
        name = "call to a senior contact"
        kind = "call"
        days = 6
        from = "previous"

        # Day 52.
        [[countries.JP.ladder]]
        name = "letter before action"
        kind = "letter"
        level = "before-action"
        days = 6
        from = "previous"

        # Day 75.
        [[countries.JP.ladder]]
        name = "supervisor review"
        kind = "review"
        days = 23
        from = "previous"

        # The Netherlands: a shorter ladder. One reminder, then the ingebrekestelling, the pre-legal
        # notice, and the review on day 35.

        # Day 1.
        [[countries.NL.ladder]]
        name = "first call"
        kind = "call"
        days = 1
        from = "placement"

        # Day 7.
        [[countries.NL.ladder]]
        name = "friendly reminder"
        kind = "letter"
        level = "reminder"
        days = 7
        from = "placement"

        # Day 14: the final demand doubles as the ingebrekestelling, the formal notice of
        # default (art. 6:82 BW), with a last term to pay.
        [[countries.NL.ladder]]
        name = "ingebrekestelling"
        kind = "letter"
        level = "final"
        days = 7
        from = "previous"

        # Day 21.
        [[countries.NL.ladder]]
        name = "letter before action"
        kind = "letter"
        level = "before-action"
        days = 7
        from = "previous"

        # Day 35.
        [[countries.NL.ladder]]
        name = "supervisor review"
        kind = "review"
        days = 14
        from = "previous"

        # Country risk, shown on the review screen: the OECD Country Risk Classifications of the Participants
        # to the Arrangement on Officially Supported Export Credits, categories 0 (lowest) to 7 (highest);
        # https://www.oecd.org/en/topics/country-risk-classification.html. High-income OECD members and
        # high-income euro-area countries are not classified; they are subject to the same market pricing
        # as category 0 and are listed here as 0. Countries whose category could not be confirmed are left
        # out rather than guessed (among OECD members: Chile, Colombia, Costa Rica, Hungary, Mexico,
        # Türkiye). The list changes several times a year: add or correct entries in your ladder.toml.
        [risk]
        AT = 0
        AU = 0
        BE = 0
        CA = 0
        CH = 0
        CY = 0
        CZ = 0
        DE = 0
        DK = 0
        EE = 0
        ES = 0
        FI = 0
        FR = 0
        GB = 0
        GR = 0
        HR = 0
        IE = 0
        IL = 0
        IS = 0
        IT = 0
        JP = 0
        KR = 0
        LT = 0
        LU = 0
        LV = 0
        MT = 0
        NL = 0
        NO = 0
        NZ = 0
        PL = 0
        PT = 0
        SE = 0
        SI = 0
        SK = 0
        US = 0
        CN = 2
        KW = 2
        """
}
