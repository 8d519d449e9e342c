import RecourseCore

extension BundledTemplates {
    /// Simplified Chinese letters that answer a 付款承诺 or a 分期付款计划.
    static let chineseAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
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

        付款承诺确认函

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        感谢贵司作出付款承诺。我司代表
        {{creditor.name}}确认与贵司达成的以下约定：
        {{#promise}}

          约定日期：{{promise.made_on}}
          付款金额：{{promise.amount}}
          付款期限：{{promise.due_on}}

        上述付款将用于冲抵下列债权。在贵司履行上述约定期间，
        我司将不采取其他催收措施。

        如上述款项截至{{promise.due_on}}仍未全额到账，本约定
        即告失效，全部欠款将立即到期应付，我司将不另行通知
        而恢复催收。
        {{/promise}}

        截至本函日期的债权情况：

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

        请将款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

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

        .brokenPromise: #"""
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

        未履行付款承诺通知

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        {{#promise}}
        贵司曾于{{promise.made_on}}承诺最迟于{{promise.due_on}}
        支付{{promise.amount}}。截至约定日期，我司未收到该笔
        全额付款，该约定因此失效。
        {{/promise}}
        {{^promise}}
        截至约定日期，我司未收到贵司承诺的全额付款，该约定
        因此失效。
        {{/promise}}

        现代表{{creditor.name}}要求贵司支付
        下列全部应付款项，并确保款项最迟于{{pay_by}}到达下列
        账户。

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

        请最迟于{{pay_by}}将款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

        如届时仍未收到付款，委托方保留在不另行通知的情况下
        采取进一步措施追讨欠款的权利，包括提起诉讼。

        如贵司在此期间已经付款，请将付款详情发送给我司，
        以便核查。

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

        .planConfirmation: #"""
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

        分期付款计划确认函

        {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

        我司代表{{creditor.name}}确认
        与贵司就下列债权达成的分期付款计划。
        {{#plan}}
        请确保每期款项最迟于各自到期日到达下列账户：

        {{#plan.instalments}}
          第{{number}}期  {{due_on}}  {{amount}}
        {{/plan.instalments}}

          计划合计：{{plan.total}}
        {{/plan}}

        在贵司按期付款期间，我司将不采取其他催收措施。如任何
        一期款项未能按期全额到账，本计划即告失效，全部剩余
        欠款将立即到期应付，我司将不另行通知而恢复催收。

        截至本函日期的债权情况：

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

        请将各期款项汇至以下账户：

          收款人：{{payment.beneficiary}}
          IBAN：  {{payment.iban}}
          BIC：   {{payment.bic}}

        汇款时请注明付款参考号{{payment.rf_reference}}，
        以便我司将款项与本案对应。

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
