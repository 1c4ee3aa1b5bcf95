// The document symbol series a citation can start with, as data: one row a series root. A symbol is
// read only from a known root, so a slash-separated token of another kind ("and/or", "km/h", a date)
// is never taken for a document. Adding a series is adding a row.

export interface SymbolSeries {
  /** The symbol's first part, as printed: "A", "CCPR", "NPT". */
  root: string;
  /** Whose documents the series holds. */
  of: string;
}

export const SYMBOL_SERIES: readonly SymbolSeries[] = [
  { root: "A", of: "General Assembly (and the Human Rights Council, A/HRC)" },
  { root: "S", of: "Security Council" },
  { root: "E", of: "Economic and Social Council and its commissions (E/CN.4 …)" },
  { root: "ST", of: "Secretariat" },
  { root: "CCPR", of: "Human Rights Committee" },
  { root: "CERD", of: "Committee on the Elimination of Racial Discrimination" },
  { root: "CEDAW", of: "Committee on the Elimination of Discrimination against Women" },
  { root: "CRC", of: "Committee on the Rights of the Child" },
  { root: "CAT", of: "Committee against Torture" },
  { root: "CMW", of: "Committee on Migrant Workers" },
  { root: "CRPD", of: "Committee on the Rights of Persons with Disabilities" },
  { root: "CED", of: "Committee on Enforced Disappearances" },
  { root: "HRI", of: "human rights instruments (common documents of the treaty bodies)" },
  { root: "SPT", of: "Subcommittee on Prevention of Torture" },
  { root: "TD", of: "United Nations Conference on Trade and Development" },
  { root: "UNEP", of: "United Nations Environment Programme" },
  { root: "DP", of: "UNDP/UNFPA/UNOPS Executive Board" },
  { root: "ICCD", of: "Convention to Combat Desertification" },
  { root: "FCCC", of: "Framework Convention on Climate Change" },
  { root: "PBC", of: "Peacebuilding Commission" },
  { root: "UNW", of: "UN-Women Executive Board" },
  { root: "ECE", of: "Economic Commission for Europe" },
  { root: "ESCAP", of: "Economic and Social Commission for Asia and the Pacific" },
  { root: "ECLAC", of: "Economic Commission for Latin America and the Caribbean" },
  { root: "ESCWA", of: "Economic and Social Commission for Western Asia" },
  { root: "ECA", of: "Economic Commission for Africa" },
  { root: "CTOC", of: "Conference of the Parties to the Convention against Transnational Organized Crime" },
  { root: "IDB", of: "UNIDO Industrial Development Board" },
  { root: "JIU", of: "Joint Inspection Unit" },
  { root: "CD", of: "Conference on Disarmament" },
  { root: "NPT", of: "Review Conferences of the Treaty on the Non-Proliferation of Nuclear Weapons" },
  { root: "CCM", of: "Convention on Cluster Munitions" },
  { root: "CCW", of: "Convention on Certain Conventional Weapons" },
  { root: "BWC", of: "Biological Weapons Convention" },
  { root: "APLC", of: "Anti-Personnel Mine Ban Convention" },
  { root: "TPNW", of: "Treaty on the Prohibition of Nuclear Weapons, meetings of States parties" },
  { root: "CAC", of: "Conference of the States Parties to the United Nations Convention against Corruption" },
  { root: "SPLOS", of: "Meeting of States Parties to the United Nations Convention on the Law of the Sea" },
  { root: "CLCS", of: "Commission on the Limits of the Continental Shelf" },
  { root: "ISBA", of: "International Seabed Authority" },
  { root: "CEB", of: "United Nations System Chief Executives Board for Coordination" },
  { root: "HSP", of: "United Nations Human Settlements Programme (UN-Habitat) Assembly and Executive Board" },
];
