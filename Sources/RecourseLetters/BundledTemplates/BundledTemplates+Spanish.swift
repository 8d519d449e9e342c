import RecourseCore

extension BundledTemplates {
    /// Spanish letters: recordatorio, segundo aviso, requerimiento de pago, requerimiento previo a acciones judiciales, confirmaciones.
    static let spanish: [LetterLevel: String] = spanishLadder.merging(spanishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let spanishLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        Correo electrónico {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        A la atención de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nuestra referencia: {{reference}}
        Acreedor:           {{creditor.name}}
        {{#debtor.vat_id}}
        Su NIF-IVA:         {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Asunto: Recordatorio de pago

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        Nos ponemos en contacto con ustedes en nombre de nuestro
        cliente, {{creditor.name}}, en relación con las
        facturas que se detallan a continuación. Según su
        contabilidad, han vencido y siguen pendientes de pago.

        Es posible que se trate de un simple descuido. Les rogamos que
        abonen el importe total adeudado a más tardar el {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Principal pendiente: {{.}}
        {{/outstanding}}
        {{#interest}}

        En caso de retraso en el pago, la ley aplicable prevé
        intereses de demora y puede dar derecho a una indemnización
        por costes de cobro. Los importes figuran a continuación y
        están incluidos en el total.

        Intereses de demora
        Base legal: {{interest.law}}
        Tipo:       {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intereses hasta el {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnización por costes de cobro: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL ADEUDADO: {{.}}
        {{/total_due}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que el
        pago pueda asignarse a este expediente.

        Si ya han efectuado el pago, les rogamos que no tengan en
        cuenta esta carta y les agradecemos su atención. Si consideran
        que algún importe no es debido o necesitan copia de alguna
        factura, pónganse en contacto con nosotros indicando nuestra
        referencia.

        Atentamente,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Los intereses se calculan desde el día siguiente a cada fecha
        de vencimiento hasta el {{interest.as_of}} inclusive, por los
        días naturales transcurridos sobre un año de 365 días. Cuando
        el tipo se fija por semestres, el período se divide a 1 de
        enero y a 1 de julio y a cada parte se le aplica el tipo de
        su semestre.
        {{/interest}}
        """#,

        .firm: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        Correo electrónico {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        A la atención de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nuestra referencia: {{reference}}
        Acreedor:           {{creditor.name}}
        {{#debtor.vat_id}}
        Su NIF-IVA:         {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Asunto: Segundo aviso – requerimiento de pago

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        Pese a nuestro recordatorio anterior, las facturas que se
        detallan a continuación, cuyo cobro gestionamos en nombre de
        nuestro cliente, {{creditor.name}}, siguen sin pagarse.

        Les requerimos para que abonen el importe total adeudado de
        forma que se reciba en la cuenta indicada más abajo a más
        tardar el {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Principal pendiente: {{.}}
        {{/outstanding}}
        {{#interest}}

        Debido al retraso en el pago, nuestro cliente reclama los
        intereses de demora y la indemnización por costes de cobro
        previstos por la ley, según el detalle siguiente. Los
        intereses siguen devengándose hasta el pago completo.

        Intereses de demora
        Base legal: {{interest.law}}
        Tipo:       {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intereses hasta el {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnización por costes de cobro: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL ADEUDADO: {{.}}
        {{/total_due}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que el
        pago pueda asignarse a este expediente.

        Si existe algún motivo por el que estas facturas no se han
        pagado, pónganse en contacto con nosotros de inmediato
        indicando nuestra referencia. Si ya han pagado, no tengan en
        cuenta esta carta.

        Atentamente,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Los intereses se calculan desde el día siguiente a cada fecha
        de vencimiento hasta el {{interest.as_of}} inclusive, por los
        días naturales transcurridos sobre un año de 365 días. Cuando
        el tipo se fija por semestres, el período se divide a 1 de
        enero y a 1 de julio y a cada parte se le aplica el tipo de
        su semestre.
        {{/interest}}
        """#,

        .final: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        Correo electrónico {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        A la atención de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nuestra referencia: {{reference}}
        Acreedor:           {{creditor.name}}
        {{#debtor.vat_id}}
        Su NIF-IVA:         {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Asunto: Último requerimiento de pago

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        Pese a nuestras cartas anteriores, las facturas que se
        detallan a continuación, cuyo cobro gestionamos en nombre de
        nuestro cliente, {{creditor.name}}, siguen impagadas.

        Por medio de la presente les requerimos formalmente, en nombre
        de nuestro cliente, el pago del importe total adeudado, que
        deberá recibirse en la cuenta indicada más abajo a más tardar
        el {{pay_by}}. Es la última oportunidad de resolver este
        asunto sin adoptar otras medidas.

        {{claims_table}}

        {{#outstanding}}
        Principal pendiente: {{.}}
        {{/outstanding}}
        {{#interest}}

        Nuestro cliente reclama los intereses de demora y la
        indemnización por costes de cobro previstos por la ley, según
        el detalle siguiente. Los intereses siguen devengándose hasta
        el pago completo.

        Intereses de demora
        Base legal: {{interest.law}}
        Tipo:       {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intereses hasta el {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnización por costes de cobro: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL ADEUDADO: {{.}}
        {{/total_due}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que el
        pago pueda asignarse a este expediente.

        De no recibirse el pago en dicha fecha, nuestro cliente se
        reserva el derecho de emprender, sin más aviso, las acciones
        oportunas para el cobro de la deuda, incluidas las judiciales.
        Los gastos que ello ocasione podrán serles reclamados en la
        medida en que la ley lo permita.

        Si no pueden pagar la totalidad, pónganse en contacto con
        nosotros antes de esa fecha.

        Atentamente,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Los intereses se calculan desde el día siguiente a cada fecha
        de vencimiento hasta el {{interest.as_of}} inclusive, por los
        días naturales transcurridos sobre un año de 365 días. Cuando
        el tipo se fija por semestres, el período se divide a 1 de
        enero y a 1 de julio y a cada parte se le aplica el tipo de
        su semestre.
        {{/interest}}
        """#,

        .beforeAction: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        Correo electrónico {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        A la atención de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nuestra referencia: {{reference}}
        Acreedor:           {{creditor.name}}
        {{#debtor.vat_id}}
        Su NIF-IVA:         {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Asunto: Requerimiento de pago previo a acciones judiciales

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        Nuestro cliente, {{creditor.name}}, nos ha encomendado
        el cobro de las facturas que se detallan a continuación, que
        siguen impagadas pese a nuestras cartas anteriores.

        Por medio de la presente les requerimos por última vez el
        pago íntegro del importe total adeudado, que deberá recibirse
        en la cuenta indicada más abajo a más tardar el {{pay_by}}.

        De no recibirse el pago íntegro en dicha fecha, nuestro
        cliente encargará, sin más aviso, a un abogado de su país que
        inicie un procedimiento judicial contra su empresa. Además de
        los importes detallados a continuación, se reclamarán
        entonces, en su caso, los intereses que se sigan devengando
        y las costas del procedimiento, en la medida en que la ley lo
        permita.

        {{claims_table}}

        {{#outstanding}}
        Principal pendiente: {{.}}
        {{/outstanding}}
        {{#interest}}

        Intereses de demora
        Base legal: {{interest.law}}
        Tipo:       {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intereses hasta el {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnización por costes de cobro: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL ADEUDADO: {{.}}
        {{/total_due}}

        El pago deberá recibirse a más tardar el {{pay_by}} en:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que el
        pago pueda asignarse a este expediente.

        Si discrepan total o parcialmente de la deuda, les rogamos que
        nos lo comuniquen por escrito antes del {{pay_by}}, indicando
        los motivos y aportando la documentación en que se basen.

        Atentamente,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Los intereses se calculan desde el día siguiente a cada fecha
        de vencimiento hasta el {{interest.as_of}} inclusive, por los
        días naturales transcurridos sobre un año de 365 días. Cuando
        el tipo se fija por semestres, el período se divide a 1 de
        enero y a 1 de julio y a cada parte se le aplica el tipo de
        su semestre.
        {{/interest}}
        """#,
    ]
}
