import RecourseCore

extension BundledTemplates {
    /// Spanish letters that answer a compromiso de pago or a plan de pagos.
    static let spanishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
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

        Asunto: Confirmación de su compromiso de pago

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        Les agradecemos su compromiso de pago. En nombre de nuestro
        cliente, {{creditor.name}}, les confirmamos el acuerdo
        alcanzado:
        {{#promise}}

          Fecha del acuerdo: {{promise.made_on}}
          Importe:           {{promise.amount}}
          A más tardar el:   {{promise.due_on}}

        El pago se imputará a la deuda que se detalla a continuación.
        Mientras se respete el acuerdo, no emprenderemos otras
        gestiones de cobro.

        Si el pago no se ha recibido íntegramente el {{promise.due_on}},
        el acuerdo quedará sin efecto, la totalidad del saldo será
        exigible de inmediato y reanudaremos las gestiones de cobro
        sin más aviso.
        {{/promise}}

        Situación de la deuda en la fecha de esta carta:

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

        Les rogamos que efectúen la transferencia a:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que el
        pago pueda asignarse a este expediente.

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

        .brokenPromise: #"""
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

        Asunto: Incumplimiento de su compromiso de pago

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        {{#promise}}
        El {{promise.made_on}} se comprometieron a pagar
        {{promise.amount}} a más tardar el {{promise.due_on}}. Ese pago
        no se ha recibido íntegramente en la fecha acordada, por lo
        que el acuerdo ha quedado sin efecto.
        {{/promise}}
        {{^promise}}
        El pago que se comprometieron a efectuar no se ha recibido
        íntegramente en la fecha acordada, por lo que el acuerdo ha
        quedado sin efecto.
        {{/promise}}

        En nombre de nuestro cliente, {{creditor.name}}, les
        requerimos el pago de la totalidad del importe adeudado que se
        detalla a continuación, que deberá recibirse en la cuenta
        indicada a más tardar el {{pay_by}}.

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

        Si han pagado entretanto, les rogamos que nos envíen los datos
        del pago para que podamos localizarlo.

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

        .planConfirmation: #"""
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

        Asunto: Confirmación de su plan de pagos

        {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

        En nombre de nuestro cliente, {{creditor.name}}, les
        confirmamos el plan de pagos acordado para la deuda que se
        detalla a continuación.
        {{#plan}}
        Cada plazo deberá recibirse en la cuenta indicada más abajo a
        más tardar en su fecha de vencimiento:

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Total del plan: {{plan.total}}
        {{/plan}}

        Mientras se respete el plan, no emprenderemos otras gestiones
        de cobro. Si un plazo no se recibe íntegramente en su fecha de
        vencimiento, el plan quedará sin efecto, la totalidad del
        saldo pendiente será exigible de inmediato y reanudaremos las
        gestiones de cobro sin más aviso.

        Situación de la deuda en la fecha de esta carta:

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

        Les rogamos que efectúen las transferencias a:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando la referencia {{payment.rf_reference}}, para que los
        pagos puedan asignarse a este expediente.

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
