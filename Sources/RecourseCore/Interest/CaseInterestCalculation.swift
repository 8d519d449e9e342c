/// Statutory interest on a whole case: payments replayed the way the store allocated them.
extension StatutoryInterest {
    /// Interest, compensation and (NL) collection costs on every claim still open on `asOf`.
    ///
    /// Each claim's reductions come from replaying `payments` in ascending id order with
    /// `PaymentAllocation` over the claims (in id order) starting from their full amounts — the rule
    /// the store applied when it recorded them. A claim is open when its amount less the payments
    /// received through `asOf` is above zero. In NL the BIK collection costs are computed on the
    /// open principal of the late claims, per currency (euros only), and added to `compensation`.
    public func caseInterest(
        claims: [Claim], payments: [Payment], jurisdiction: InterestJurisdiction, asOf: LocalDate
    ) throws(InterestError) -> CaseInterest {
        let replay = Self.replayPayments(claims: claims, payments: payments)
        var results: [ClaimInterest] = []
        var interest = MoneyBag()
        var compensation = MoneyBag()
        var latePrincipal = MoneyBag()
        var notes: [String] = []
        if !jurisdiction.hasStatutoryInterest {
            notes.append("No statutory late-payment rule is built in for this debtor's country: no interest or compensation is claimed.")
        }
        for (index, claim) in claims.enumerated() {
            let reductions = replay.reductions[index]
            var paid: Int64 = 0
            for reduction in reductions where reduction.on <= asOf { paid += reduction.amount.minorUnits }
            let open = claim.amount.minorUnits - paid
            if replay.outstanding[index] != claim.outstanding {
                notes.append(
                    "\(claim.invoiceNumber): the recorded outstanding \(claim.outstanding.currency.code) \(claim.outstanding.decimalString) "
                        + "differs from the invoiced amount less the payments allocated to it "
                        + "(\(replay.outstanding[index].currency.code) \(replay.outstanding[index].decimalString)); interest follows the payments.")
            }
            guard open > 0 else { continue }
            let result = try claimInterest(
                label: claim.invoiceNumber, principal: claim.amount, dueOn: claim.dueOn, through: asOf, jurisdiction: jurisdiction,
                reductions: reductions)
            results.append(result)
            interest.add(result.interest)
            if asOf > claim.dueOn { latePrincipal.add(Money(minorUnits: open, currency: claim.amount.currency)) }
            if let fixed = result.compensation {
                compensation.add(fixed)
            } else if jurisdiction == .unitedKingdom, claim.amount.currency != .gbp, asOf > claim.dueOn {
                notes.append(
                    "\(claim.invoiceNumber): the GB fixed sum (GBP 40, 70 or 100 by the size of the debt) is not computed for a "
                        + "\(claim.amount.currency.code) debt; claim it separately if due.")
            }
        }
        var collectionCosts = MoneyBag()
        if jurisdiction == .netherlands {
            for principal in latePrincipal.nonZero {
                if let costs = Self.collectionCosts(principal: principal) {
                    collectionCosts.add(costs)
                    compensation.add(costs)
                } else {
                    notes.append(
                        "The collection costs of the Besluit BIK are set in euros and are not computed for the "
                            + "\(principal.currency.code) \(principal.decimalString) open in \(principal.currency.code).")
                }
            }
        }
        return CaseInterest(
            jurisdiction: jurisdiction, asOf: asOf, claims: results, interest: interest, compensation: compensation,
            collectionCosts: collectionCosts, notes: notes)
    }

    /// Each claim's payments (by index into `claims`) and what remains after all of them, found by
    /// allocating the payments in id order over the claims in id order from their full amounts.
    static func replayPayments(claims: [Claim], payments: [Payment]) -> (reductions: [[(on: LocalDate, amount: Money)]], outstanding: [Money]) {
        let order = claims.indices.sorted { claims[$0].id != claims[$1].id ? claims[$0].id < claims[$1].id : $0 < $1 }
        var replayed = order.map { index in
            var claim = claims[index]
            claim.outstanding = claim.amount
            return claim
        }
        var reductions = Array(repeating: [(on: LocalDate, amount: Money)](), count: claims.count)
        for payment in payments.sorted(by: { $0.id < $1.id }) {
            let allocation = PaymentAllocation(payment: payment.amount, claims: replayed)
            for applied in allocation.applied {
                let claim = replayed[applied.claimIndex]
                replayed[applied.claimIndex].outstanding = Money(
                    minorUnits: claim.outstanding.minorUnits - applied.amount.minorUnits, currency: claim.outstanding.currency)
                reductions[order[applied.claimIndex]].append((on: payment.receivedOn, amount: applied.amount))
            }
        }
        var outstanding = claims.map(\.amount)
        for (position, index) in order.enumerated() { outstanding[index] = replayed[position].outstanding }
        return (reductions, outstanding)
    }
}
