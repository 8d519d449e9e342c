import RecourseCore

extension LetterVocabulary {
    /// Simplified Chinese.
    static let chinese = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "发票号", issued: "开票日期", due: "到期日", amount: "金额", outstanding: "未付金额",
            daysOverdue: "逾期天数"
        ),
        interest: InterestHeadings(
            invoice: "发票号", from: "起始日", through: "截止日", days: "天数", rate: "年利率", interest: "利息"
        ),
        rateBasis: [
            .euDefault: "欧洲央行主要再融资利率 + 8个百分点",
            .unitedKingdom: "英格兰银行参考利率 + 8个百分点，在债务存续期间固定不变",
            .germany: "德国基准利率（Basiszinssatz）+ 9个百分点（《德国民法典》第288条第2款）",
            .france: "欧洲央行主要再融资利率 + 10个百分点（《法国商法典》第L441-10条）",
            .netherlands: "欧洲央行主要再融资利率 + 8个百分点，按年复利（《荷兰民法典》第6:119a条）",
            .italy: "欧洲央行主要再融资利率 + 8个百分点（意大利第231/2002号立法令第5条）",
        ],
        compensationBasis: [
            .euDefault: "每张发票固定补偿EUR 40（欧盟第2011/7/EU号指令第6条）",
            .unitedKingdom: "每张发票按金额固定补偿GBP 40、70或100（英国1998年逾期付款法第5A条）",
            .germany: "每张发票固定补偿EUR 40（《德国民法典》第288条第5款）",
            .france: "每张发票催收费用固定补偿EUR 40（《法国商法典》第L441-10条及第D.441-5条）",
            .netherlands: "依荷兰法定标准（Besluit BIK）计算的法庭外催收费用",
            .italy: "每张发票固定补偿EUR 40（意大利第231/2002号立法令第6条）",
        ]
    )
}
