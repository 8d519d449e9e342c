extension BundledTemplates {
    /// Chinese partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let chinesePartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            电话：{{agency.phone}}
            电子邮件：{{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            收件人：{{contact.name}}（{{contact.role}}）
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            日期：{{letter_date}}
            我方编号：{{reference}}
            委托方（债权人）：{{creditor.name}}
            {{#debtor.vat_id}}
            贵司税号：{{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}尊敬的{{contact.name}}：{{/contact}}{{^contact}}尊敬的{{debtor.name}}：{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            未付本金：{{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
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

            """#,

        "total": #"""
            {{#total_due}}
            应付总额：{{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              收款人：{{payment.beneficiary}}
              IBAN：  {{payment.iban}}
              BIC：   {{payment.bic}}

            """#,

        "payment_reference": #"""
            汇款时请注明付款参考号{{payment.rf_reference}}，
            以便我司将款项与本案对应。

            """#,

        "closing": #"""
            此致
            敬礼

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            利息自每张发票到期日的次日起计算至{{interest.as_of}}
            （含当日）止，按实际天数、一年365天计算。如利率按半年
            确定，计息期间于1月1日及7月1日分段，各段适用其所属
            半年的利率。
            {{/interest}}

            """#,
    ]
}
