/// The statutory reference rates shipped with Recourse, as the TOML a user's `rates.toml` also uses.
///
/// Keys are half-years (`2023H1` from 1 January, `2023H2` from 1 July), values percent per year
/// with at most two decimals. A user's file adds half-years (2026 on) or corrects a value.
public enum BundledRates {
    /// The name the bundled table goes by in messages.
    public static let name = "bundled rates.toml"

    /// The bundled table: 2022H1–2026H1 for the three series, with their sources.
    public static let toml = """
        # Statutory late-payment reference rates, percent per year, by half-year.
        # H1 = the rate that applies from 1 January, H2 = from 1 July. Re-check a rate against its
        # source before shipping it; rates for later half-years go in the user's rates.toml
        # (2026H2 was not yet verified when this table was last shipped).

        # ECB main refinancing operations (MRO) rate in force on 1 January / 1 July.
        # Source: ECB monetary policy decisions, as republished by the Banque de France (taux de
        # l'intérêt légal / pénalités de retard notices) and by the Italian Ministry of Economy and
        # Finance's half-yearly notices under D.Lgs. 231/2002.
        [ecb-mro]
        2022H1 = 0.00   # 0.00 since 16 March 2016
        2022H2 = 0.00   # the first rise (to 0.50) took effect on 27 July 2022
        2023H1 = 2.50   # since 21 December 2022
        2023H2 = 4.00   # since 21 June 2023
        2024H1 = 4.50   # since 20 September 2023
        2024H2 = 4.25   # since 12 June 2024
        2025H1 = 3.15   # since 18 December 2024
        2025H2 = 2.15   # since 11 June 2025
        2026H1 = 2.15   # unchanged: the MRO fixed rate of 22 December 2025 was 2.15 (Bundesbank
                        # notice of the Basiszinssatz for 1 January 2026; ECB decision of 18 Dec 2025)

        # German Basiszinssatz, § 247 BGB, set on 1 January and 1 July.
        # Source: Deutsche Bundesbank, time series BBIN1 (Basiszinssatz nach § 247 BGB).
        [de-basiszins]
        2022H1 = -0.88
        2022H2 = -0.88
        2023H1 = 1.62
        2023H2 = 3.12
        2024H1 = 3.62
        2024H2 = 3.37
        2025H1 = 2.27
        2025H2 = 1.27
        2026H1 = 1.27   # Bundesbank: "Basiszinssatz bleibt unverändert bei 1,27 %" (1 January 2026)

        # Bank of England base rate on the reference date (SI 2002/1675 art. 4): 31 December of the
        # previous year for H1 (interest starting 1 January–30 June), 30 June for H2 (starting
        # 1 July–31 December). The rate then stays fixed for the life of the debt.
        # Source: Bank of England, official Bank Rate history (decision dates below).
        [uk-boe-reference]
        2022H1 = 0.25   # rate on 31 Dec 2021 (raised to 0.25 on 16 Dec 2021)
        2022H2 = 1.25   # rate on 30 Jun 2022 (raised to 1.25 on 16 Jun 2022)
        2023H1 = 3.50   # rate on 31 Dec 2022 (raised to 3.50 on 15 Dec 2022)
        2023H2 = 5.00   # rate on 30 Jun 2023 (raised to 5.00 on 22 Jun 2023)
        2024H1 = 5.25   # rate on 31 Dec 2023 (raised to 5.25 on 3 Aug 2023)
        2024H2 = 5.25   # rate on 30 Jun 2024 (unchanged; cut to 5.00 only on 1 Aug 2024)
        2025H1 = 4.75   # rate on 31 Dec 2024 (cut to 4.75 on 7 Nov 2024)
        2025H2 = 4.25   # rate on 30 Jun 2025 (cut to 4.25 on 8 May 2025)
        2026H1 = 3.75   # rate on 31 Dec 2025 (cut to 4.00 on 7 Aug 2025, to 3.75 on 18 Dec 2025)
        """
}
