// Country names as United Nations texts print them, on top of the `world-countries` package
// (mledoze/countries, ODbL-1.0), which gives ISO 3166 codes, common and official names and demonyms.
// Sources for what is added here: the UN Terminology Database (UNTERM) short names of Member and
// observer States as used in running text, and ISO 3166-3 for the codes of former states that
// older Security Council and General Assembly texts name.

/** The canonical name where the UN's running-text short name differs from the package's common one. */
export const UN_NAMES: Readonly<Record<string, string>> = {
  BOL: "Plurinational State of Bolivia",
  BRN: "Brunei Darussalam",
  CIV: "Côte d'Ivoire",
  COD: "Democratic Republic of the Congo",
  COG: "Congo",
  CPV: "Cabo Verde",
  CZE: "Czechia",
  FSM: "Federated States of Micronesia",
  GBR: "United Kingdom of Great Britain and Northern Ireland",
  IRN: "Islamic Republic of Iran",
  KOR: "Republic of Korea",
  LAO: "Lao People's Democratic Republic",
  MDA: "Republic of Moldova",
  MKD: "North Macedonia",
  PRK: "Democratic People's Republic of Korea",
  PSE: "State of Palestine",
  RUS: "Russian Federation",
  SWZ: "Eswatini",
  SYR: "Syrian Arab Republic",
  TLS: "Timor-Leste",
  TUR: "Türkiye",
  TZA: "United Republic of Tanzania",
  USA: "United States of America",
  VAT: "Holy See",
  VEN: "Bolivarian Republic of Venezuela",
  VNM: "Viet Nam",
  STP: "Sao Tome and Principe",
  KNA: "Saint Kitts and Nevis",
  VCT: "Saint Vincent and the Grenadines",
  LCA: "Saint Lucia",
  GMB: "Gambia",
  BHS: "Bahamas",
  NLD: "Netherlands",
  PHL: "Philippines",
  MMR: "Myanmar",
};

/** Further surface forms of current states: UN list order forms, short forms, older names. */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BOL: ["Bolivia (Plurinational State of)", "Bolivia"],
  CIV: ["Cote d'Ivoire", "Ivory Coast"],
  // 1960–1964 texts tell the two Congos apart by their capitals.
  COD: ["Democratic Republic of Congo", "DRC", "Zaire", "Republic of Zaire", "Congo (Leopoldville)", "Congo (Léopoldville)", "Republic of the Congo (Leopoldville)", "Republic of the Congo (Léopoldville)"],
  COG: ["Republic of the Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "Republic of the Congo (Brazzaville)"],
  CPV: ["Cape Verde"],
  CZE: ["Czech Republic"],
  FSM: ["Micronesia (Federated States of)", "Micronesia"],
  GBR: ["United Kingdom", "Great Britain", "Britain", "UK", "U.K."],
  IRN: ["Iran (Islamic Republic of)", "Iran", "Persia"],
  KHM: ["Kingdom of Cambodia", "Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea", "Khmer Republic"],
  KOR: ["South Korea"],
  LAO: ["Laos"],
  MDA: ["Moldova"],
  MKD: ["The former Yugoslav Republic of Macedonia", "former Yugoslav Republic of Macedonia", "Macedonia"],
  MMR: ["Burma", "Union of Burma"],
  PRK: ["North Korea"],
  PSE: ["Palestine"],
  RUS: ["Russia"],
  SWZ: ["Swaziland", "Kingdom of Swaziland"],
  SYR: ["Syria"],
  TLS: ["East Timor"],
  TUR: ["Turkey", "Turkiye", "Republic of Türkiye"],
  TZA: ["Tanzania", "United Republic of Tanzania", "Tanganyika", "United Republic of Tanganyika and Zanzibar"],
  USA: ["United States", "USA", "U.S.A.", "U.S."],
  VAT: ["Vatican", "Vatican City"],
  VEN: ["Venezuela (Bolivarian Republic of)", "Venezuela"],
  // Texts before the 1990s hyphenate the name ("Viet-Nam"); the Socialist Republic continues the
  // Democratic Republic of Viet-Nam.
  VNM: ["Vietnam", "Socialist Republic of Viet Nam", "Viet-Nam", "Socialist Republic of Viet-Nam", "Democratic Republic of Viet-Nam"],
  LKA: ["Ceylon"],
  BFA: ["Upper Volta"],
  DEU: ["Federal Republic of Germany"],
  ZAF: ["Union of South Africa"],
  LBY: ["Libyan Arab Jamahiriya", "Libyan Arab Republic", "Socialist People's Libyan Arab Jamahiriya"],
  // Names under which Member States sat in the Organization's first decades.
  UKR: ["Ukrainian Soviet Socialist Republic", "Ukrainian SSR"],
  BLR: ["Byelorussian Soviet Socialist Republic", "Byelorussian SSR", "Byelorussia"],
  THA: ["Siam"],
  JOR: ["Hashemite Kingdom of Jordan", "Hashemite Kingdom of the Jordan", "Hashemite Kingdom of Transjordan", "Transjordan"],
  MDG: ["Malagasy Republic"],
  MYS: ["Federation of Malaya", "Malaya"],
  EGY: ["United Arab Republic"],
  YEM: ["Yemen Arab Republic"],
  BEN: ["Dahomey"],
  NLD: ["Kingdom of the Netherlands"],
  SRB: ["Republic of Serbia"],
};

/** Cities whose name holds a state's name (capitals and others); matched only to block the state. */
export const CITIES_NAMED_AFTER_STATES: readonly string[] = [
  "Mexico City", "Guatemala City", "Panama City", "Kuwait City", "Belize City", "Djibouti City", "Andorra la Vella",
  "Luxembourg City", "Monaco-Ville", "San Marino City", "Singapore City", "Brunei Town",
];

/** States that no longer exist, with their ISO 3166-3 codes. */
export const FORMER_STATES: readonly { id: string; name: string; aliases: readonly string[]; demonyms?: readonly string[] }[] = [
  { id: "SUN", name: "Union of Soviet Socialist Republics", aliases: ["USSR", "Soviet Union", "U.S.S.R."], demonyms: ["Soviet"] },
  { id: "YUG", name: "Yugoslavia", aliases: ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"], demonyms: ["Yugoslav"] },
  { id: "CSK", name: "Czechoslovakia", aliases: ["Czech and Slovak Federal Republic"], demonyms: ["Czechoslovak"] },
  { id: "RHO", name: "Southern Rhodesia", aliases: ["Rhodesia"], demonyms: ["Rhodesian"] },
  { id: "DDR", name: "German Democratic Republic", aliases: ["East Germany"] },
  { id: "YMD", name: "Democratic Yemen", aliases: ["People's Democratic Republic of Yemen"] },
  { id: "SCG", name: "Serbia and Montenegro", aliases: [] },
];

/**
 * Nouns that make a national adjective stand for the state itself ("Cambodian authorities",
 * "Iraqi statements", "the Syrian regime"). Anything else ("Cuban people", "Syrian refugees") is
 * left alone: the spec makes those optional, and a guess there is more often wrong than right.
 */
export const STATE_NOUNS: readonly string[] = [
  "authorities", "authority", "Government", "government", "Governments", "regime", "forces", "armed forces", "army", "Army",
  "military", "troops", "statements", "statement", "officials", "delegation", "administration", "security forces",
  "police", "side", "leadership", "State", "judiciary", "courts", "Parliament", "parliament", "navy", "air force",
  "occupation", "aggression", "invasion", "Ministry", "ministry", "Embassy", "embassy", "President", "Prime Minister",
  "Foreign Minister", "representatives", "Permanent Representative", "counterparts", "intelligence", "agents",
  "Armed Forces", "Defence Forces", "Defense Forces", "National Police", "Navy", "Air Force", "border guards",
];
