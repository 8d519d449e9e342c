import RecourseCore

extension BundledTemplates {
    /// Spanish letters that answer a compromiso de pago or a plan de pagos.
    static let spanishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Confirmación de su compromiso de pago

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen la transferencia a:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Incumplimiento de su compromiso de pago

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

        {{> payment}}

        {{> payment_reference}}

        De no recibirse el pago en dicha fecha, nuestro cliente se
        reserva el derecho de emprender, sin más aviso, las acciones
        oportunas para el cobro de la deuda, incluidas las judiciales.

        Si han pagado entretanto, les rogamos que nos envíen los datos
        del pago para que podamos localizarlo.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Confirmación de su plan de pagos

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen las transferencias a:

        {{> payment}}

        indicando la referencia {{payment.rf_reference}}, para que los
        pagos puedan asignarse a este expediente.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
