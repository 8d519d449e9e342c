import RecourseCore

extension BundledTemplates {
    /// Simplified Chinese letters: 付款提醒函、催款函、最后催款通知、法律行动前通知及确认函 (formal business Chinese).
    static let chinese: [LetterLevel: String] = chineseLadder.merging(chineseAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let chineseLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        电话：{{agency.phone}}
        电子邮件：{{agency.email}}

        {{debtor.name}}
        {{#contact}}
        收件人：{{contact.name}}（{{contact.role}}）
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        日期：{{letter_date}}
        我方编号：{{reference}}
        委托方（债权人）：{{creditor.name}}
        {{#debtor.vat_id}}
        贵司税号：{{debtor.vat_id}}
        {{/debtor.vat_id}}

        付款提醒函

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        我司受{{creditor.name}}
        （以下简称“委托方”）委托，就下列发票的付款事宜致函
        贵司。根据委托方的账务记录，下列发票已过付款期限，
        至今尚未结清。

        此事或许只是一时疏忽。敬请贵司最迟于{{pay_by}}
        支付全部应付款项。

        {{claims_table}}

        {{#outstanding}}
        未付本金：{{.}}
        {{/outstanding}}
        {{#interest}}

        根据适用法律，逾期付款须支付利息，债权人亦可能有权
        要求催收费用补偿。相关金额列示如下，并已计入应付总额。

        逾期利息
        法律依据：{{interest.law}}
        利率：{{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        截至{{interest.as_of}}（含当日）的利息：{{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        催收费用补偿：{{.}}
        （{{interest.compensation_basis}}）
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        应付总额：{{.}}
        {{/total_due}}

        请最迟于{{pay_by}}将款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

        如贵司已经付款，请忽略本函，并谢谢合作。如贵司认为
        任何款项并非应付，或需要发票副本，请与我司联系，
        并注明我方编号。

        此致
        敬礼

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        利息自每张发票到期日的次日起计算至{{interest.as_of}}
        （含当日）止，按实际天数、一年365天计算。如利率按半年
        确定，计息期间于1月1日及7月1日分段，各段适用其所属
        半年的利率。
        {{/interest}}
        """#,

        .firm: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        电话：{{agency.phone}}
        电子邮件：{{agency.email}}

        {{debtor.name}}
        {{#contact}}
        收件人：{{contact.name}}（{{contact.role}}）
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        日期：{{letter_date}}
        我方编号：{{reference}}
        委托方（债权人）：{{creditor.name}}
        {{#debtor.vat_id}}
        贵司税号：{{debtor.vat_id}}
        {{/debtor.vat_id}}

        催款函

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        我司此前已就下列发票向贵司发出付款提醒，但相关款项
        至今仍未支付。上述款项由我司受{{creditor.name}}
        （以下简称“委托方”）委托催收。

        现要求贵司支付全部应付款项，并确保款项最迟于
        {{pay_by}}到达下列账户。

        {{claims_table}}

        {{#outstanding}}
        未付本金：{{.}}
        {{/outstanding}}
        {{#interest}}

        鉴于贵司逾期付款，委托方依法主张下列逾期利息及催收
        费用补偿。利息将持续计算至款项付清之日。

        逾期利息
        法律依据：{{interest.law}}
        利率：{{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        截至{{interest.as_of}}（含当日）的利息：{{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        催收费用补偿：{{.}}
        （{{interest.compensation_basis}}）
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        应付总额：{{.}}
        {{/total_due}}

        请最迟于{{pay_by}}将款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

        如未付款另有原因，请立即与我司联系，并注明我方编号。
        如贵司在此期间已经付款，请忽略本函。

        此致
        敬礼

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        利息自每张发票到期日的次日起计算至{{interest.as_of}}
        （含当日）止，按实际天数、一年365天计算。如利率按半年
        确定，计息期间于1月1日及7月1日分段，各段适用其所属
        半年的利率。
        {{/interest}}
        """#,

        .final: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        电话：{{agency.phone}}
        电子邮件：{{agency.email}}

        {{debtor.name}}
        {{#contact}}
        收件人：{{contact.name}}（{{contact.role}}）
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        日期：{{letter_date}}
        我方编号：{{reference}}
        委托方（债权人）：{{creditor.name}}
        {{#debtor.vat_id}}
        贵司税号：{{debtor.vat_id}}
        {{/debtor.vat_id}}

        最后催款通知

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        尽管我司此前已多次致函，下列发票款项至今仍未支付。
        上述款项由我司受{{creditor.name}}
        （以下简称“委托方”）委托催收。

        本函为最后催款通知。请贵司支付全部应付款项，并确保
        款项最迟于{{pay_by}}到达下列账户。这是在采取进一步
        措施之前解决此事的最后机会。

        {{claims_table}}

        {{#outstanding}}
        未付本金：{{.}}
        {{/outstanding}}
        {{#interest}}

        委托方依法主张下列逾期利息及催收费用补偿。利息将持续
        计算至款项付清之日。

        逾期利息
        法律依据：{{interest.law}}
        利率：{{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        截至{{interest.as_of}}（含当日）的利息：{{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        催收费用补偿：{{.}}
        （{{interest.compensation_basis}}）
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        应付总额：{{.}}
        {{/total_due}}

        请最迟于{{pay_by}}将款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

        如届时仍未收到付款，委托方保留在不另行通知的情况下
        采取进一步措施追讨欠款的权利，包括提起诉讼。
        由此产生的费用，委托方将在法律允许的范围内向贵司主张。

        如贵司无法全额付款，请在上述期限届满前与我司联系。

        此致
        敬礼

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        利息自每张发票到期日的次日起计算至{{interest.as_of}}
        （含当日）止，按实际天数、一年365天计算。如利率按半年
        确定，计息期间于1月1日及7月1日分段，各段适用其所属
        半年的利率。
        {{/interest}}
        """#,

        .beforeAction: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        电话：{{agency.phone}}
        电子邮件：{{agency.email}}

        {{debtor.name}}
        {{#contact}}
        收件人：{{contact.name}}（{{contact.role}}）
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        日期：{{letter_date}}
        我方编号：{{reference}}
        委托方（债权人）：{{creditor.name}}
        {{#debtor.vat_id}}
        贵司税号：{{debtor.vat_id}}
        {{/debtor.vat_id}}

        法律行动前通知

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        我司受{{creditor.name}}
        （以下简称“委托方”）委托，负责追讨下列发票款项。尽管
        我司此前已多次致函，上述款项至今仍未支付。

        特此最后一次正式要求贵司全额支付应付总额，款项须最迟
        于{{pay_by}}到达下列账户。

        如届时未能收到全额付款，委托方将不再另行通知，委托
        贵司所在国家或地区的律师对贵司提起诉讼。届时除下列
        金额外，委托方还将依法主张此后产生的利息（如有）及
        诉讼费用，并在法律允许的范围内要求由贵司承担。

        {{claims_table}}

        {{#outstanding}}
        未付本金：{{.}}
        {{/outstanding}}
        {{#interest}}

        逾期利息
        法律依据：{{interest.law}}
        利率：{{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        截至{{interest.as_of}}（含当日）的利息：{{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        催收费用补偿：{{.}}
        （{{interest.compensation_basis}}）
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        应付总额：{{.}}
        {{/total_due}}

        款项须最迟于{{pay_by}}到达以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

        如贵司对上述债权全部或部分有异议，请于{{pay_by}}前
        以书面形式告知我司，说明理由并附上相关证明文件。

        此致
        敬礼

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        利息自每张发票到期日的次日起计算至{{interest.as_of}}
        （含当日）止，按实际天数、一年365天计算。如利率按半年
        确定，计息期间于1月1日及7月1日分段，各段适用其所属
        半年的利率。
        {{/interest}}
        """#,
    ]
}
