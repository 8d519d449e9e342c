import RecourseCore

extension BundledTemplates {
    /// Simplified Chinese letters that answer a 付款承诺 or a 分期付款计划.
    static let chineseAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        付款承诺确认函

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        请将款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        未履行付款承诺通知

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        请最迟于{{pay_by}}将款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        如届时仍未收到付款，委托方保留在不另行通知的情况下
        采取进一步措施追讨欠款的权利，包括提起诉讼。

        如贵司在此期间已经付款，请将付款详情发送给我司，
        以便核查。

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        分期付款计划确认函

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        请将各期款项汇至以下账户：

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
