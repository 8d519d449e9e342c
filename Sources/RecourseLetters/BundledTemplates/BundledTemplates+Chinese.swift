import RecourseCore

extension BundledTemplates {
    /// Simplified Chinese letters: 付款提醒函、催款函、最后催款通知、法律行动前通知及确认函 (formal business Chinese).
    static let chinese: [LetterLevel: String] = chineseLadder.merging(chineseAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let chineseLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        付款提醒函

        {{> salutation}}

        我司受{{creditor.name}}
        （以下简称“委托方”）委托，就下列发票的付款事宜致函
        贵司。根据委托方的账务记录，下列发票已过付款期限，
        至今尚未结清。

        此事或许只是一时疏忽。敬请贵司最迟于{{pay_by}}
        支付全部应付款项。

        {{> claims}}
        {{#interest}}

        根据适用法律，逾期付款须支付利息，债权人亦可能有权
        要求催收费用补偿。相关金额列示如下，并已计入应付总额。
        {{/interest}}
        {{> interest}}

        {{> total}}

        请最迟于{{pay_by}}将款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        如贵司已经付款，请忽略本函，并谢谢合作。如贵司认为
        任何款项并非应付，或需要发票副本，请与我司联系，
        并注明我方编号。

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        催款函

        {{> salutation}}

        我司此前已就下列发票向贵司发出付款提醒，但相关款项
        至今仍未支付。上述款项由我司受{{creditor.name}}
        （以下简称“委托方”）委托催收。

        现要求贵司支付全部应付款项，并确保款项最迟于
        {{pay_by}}到达下列账户。

        {{> claims}}
        {{#interest}}

        鉴于贵司逾期付款，委托方依法主张下列逾期利息及催收
        费用补偿。利息将持续计算至款项付清之日。
        {{/interest}}
        {{> interest}}

        {{> total}}

        请最迟于{{pay_by}}将款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        如未付款另有原因，请立即与我司联系，并注明我方编号。
        如贵司在此期间已经付款，请忽略本函。

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        最后催款通知

        {{> salutation}}

        尽管我司此前已多次致函，下列发票款项至今仍未支付。
        上述款项由我司受{{creditor.name}}
        （以下简称“委托方”）委托催收。

        本函为最后催款通知。请贵司支付全部应付款项，并确保
        款项最迟于{{pay_by}}到达下列账户。这是在采取进一步
        措施之前解决此事的最后机会。

        {{> claims}}
        {{#interest}}

        委托方依法主张下列逾期利息及催收费用补偿。利息将持续
        计算至款项付清之日。
        {{/interest}}
        {{> interest}}

        {{> total}}

        请最迟于{{pay_by}}将款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        如届时仍未收到付款，委托方保留在不另行通知的情况下
        采取进一步措施追讨欠款的权利，包括提起诉讼。
        由此产生的费用，委托方将在法律允许的范围内向贵司主张。

        如贵司无法全额付款，请在上述期限届满前与我司联系。

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        法律行动前通知

        {{> salutation}}

        我司受{{creditor.name}}
        （以下简称“委托方”）委托，负责追讨下列发票款项。尽管
        我司此前已多次致函，上述款项至今仍未支付。

        特此最后一次正式要求贵司全额支付应付总额，款项须最迟
        于{{pay_by}}到达下列账户。

        如届时未能收到全额付款，委托方将不再另行通知，委托
        贵司所在国家或地区的律师对贵司提起诉讼。届时除下列
        金额外，委托方还将依法主张此后产生的利息（如有）及
        诉讼费用，并在法律允许的范围内要求由贵司承担。

        {{> claims}}
        {{> interest}}

        {{> total}}

        款项须最迟于{{pay_by}}到达以下账户：

        {{> payment}}

        {{> payment_reference}}

        如贵司对上述债权全部或部分有异议，请于{{pay_by}}前
        以书面形式告知我司，说明理由并附上相关证明文件。

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
