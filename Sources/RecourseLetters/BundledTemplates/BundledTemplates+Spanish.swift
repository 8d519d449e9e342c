import RecourseCore

extension BundledTemplates {
    /// Spanish letters: recordatorio, segundo aviso, requerimiento de pago, requerimiento previo a acciones judiciales, confirmaciones.
    static let spanish: [LetterLevel: String] = spanishLadder.merging(spanishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let spanishLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Recordatorio de pago

        {{> salutation}}

        Nos ponemos en contacto con ustedes en nombre de nuestro
        cliente, {{creditor.name}}, en relación con las
        facturas que se detallan a continuación. Según su
        contabilidad, han vencido y siguen pendientes de pago.

        Es posible que se trate de un simple descuido. Les rogamos que
        abonen el importe total adeudado a más tardar el {{pay_by}}.

        {{> claims}}
        {{#interest}}

        En caso de retraso en el pago, la ley aplicable prevé
        intereses de demora y puede dar derecho a una indemnización
        por costes de cobro. Los importes figuran a continuación y
        están incluidos en el total.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

        {{> payment}}

        {{> payment_reference}}

        Si ya han efectuado el pago, les rogamos que no tengan en
        cuenta esta carta y les agradecemos su atención. Si consideran
        que algún importe no es debido o necesitan copia de alguna
        factura, pónganse en contacto con nosotros indicando nuestra
        referencia.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Segundo aviso – requerimiento de pago

        {{> salutation}}

        Pese a nuestro recordatorio anterior, las facturas que se
        detallan a continuación, cuyo cobro gestionamos en nombre de
        nuestro cliente, {{creditor.name}}, siguen sin pagarse.

        Les requerimos para que abonen el importe total adeudado de
        forma que se reciba en la cuenta indicada más abajo a más
        tardar el {{pay_by}}.

        {{> claims}}
        {{#interest}}

        Debido al retraso en el pago, nuestro cliente reclama los
        intereses de demora y la indemnización por costes de cobro
        previstos por la ley, según el detalle siguiente. Los
        intereses siguen devengándose hasta el pago completo.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

        {{> payment}}

        {{> payment_reference}}

        Si existe algún motivo por el que estas facturas no se han
        pagado, pónganse en contacto con nosotros de inmediato
        indicando nuestra referencia. Si ya han pagado, no tengan en
        cuenta esta carta.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Último requerimiento de pago

        {{> salutation}}

        Pese a nuestras cartas anteriores, las facturas que se
        detallan a continuación, cuyo cobro gestionamos en nombre de
        nuestro cliente, {{creditor.name}}, siguen impagadas.

        Por medio de la presente les requerimos formalmente, en nombre
        de nuestro cliente, el pago del importe total adeudado, que
        deberá recibirse en la cuenta indicada más abajo a más tardar
        el {{pay_by}}. Es la última oportunidad de resolver este
        asunto sin adoptar otras medidas.

        {{> claims}}
        {{#interest}}

        Nuestro cliente reclama los intereses de demora y la
        indemnización por costes de cobro previstos por la ley, según
        el detalle siguiente. Los intereses siguen devengándose hasta
        el pago completo.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Les rogamos que efectúen la transferencia a más tardar el
        {{pay_by}} a:

        {{> payment}}

        {{> payment_reference}}

        De no recibirse el pago en dicha fecha, nuestro cliente se
        reserva el derecho de emprender, sin más aviso, las acciones
        oportunas para el cobro de la deuda, incluidas las judiciales.
        Los gastos que ello ocasione podrán serles reclamados en la
        medida en que la ley lo permita.

        Si no pueden pagar la totalidad, pónganse en contacto con
        nosotros antes de esa fecha.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Asunto: Requerimiento de pago previo a acciones judiciales

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        El pago deberá recibirse a más tardar el {{pay_by}} en:

        {{> payment}}

        {{> payment_reference}}

        Si discrepan total o parcialmente de la deuda, les rogamos que
        nos lo comuniquen por escrito antes del {{pay_by}}, indicando
        los motivos y aportando la documentación en que se basen.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
