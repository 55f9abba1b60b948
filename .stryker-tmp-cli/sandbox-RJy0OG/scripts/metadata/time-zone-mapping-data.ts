/**
 * The shipped Student_Time_Zone_Mapping__mdt data: countries (ISO 3166-1 alpha-2) with either one time zone for
 * the whole country or one zone per state / province / territory. A region that spans several zones takes the
 * zone where most of its people live; `notes` says what is left out (it becomes the record's Notes__c).
 * Names: the first is the display name used in labels and in the suggestion's reason; the rest are aliases that
 * admins type (no commas inside an alias: the field is comma-separated). Punctuation and case are ignored when
 * matching (`U.S.A.` matches `USA`), so aliases that only differ by punctuation are not listed twice.
 */
// @ts-nocheck


/** A state, province or territory with its own time zone. */
export interface RegionMapping {
    /** Postal / ISO 3166-2 subdivision code without the country prefix, e.g. `ON`, `CA`, `NSW`. */
    readonly code: string;
    /** Display name first, then aliases. */
    readonly names: readonly string[];
    /** A User.TimeZoneSidKey value. */
    readonly timeZone: string;
    readonly notes?: string;
}

/** A country: one zone for the whole country, or a zone per region (or both). */
export interface CountryMapping {
    /** ISO 3166-1 alpha-2. */
    readonly code: string;
    /** ISO 3166-1 alpha-3, added to the aliases. */
    readonly alpha3: string;
    /** Display name first, then aliases. */
    readonly names: readonly string[];
    /** Zone for the whole country (single-zone countries only). */
    readonly timeZone?: string;
    readonly notes?: string;
    readonly regions?: readonly RegionMapping[];
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';

const US_STATES: readonly RegionMapping[] = [
    { code: 'AL', names: ['Alabama', 'Ala'], timeZone: CHI },
    {
        code: 'AK',
        names: ['Alaska'],
        timeZone: 'America/Anchorage',
        notes: 'The Aleutian Islands west of 169.5°W use America/Adak.'
    },
    {
        code: 'AZ',
        names: ['Arizona', 'Ariz'],
        timeZone: 'America/Phoenix',
        notes: 'No daylight saving time; the Navajo Nation observes it (America/Denver).'
    },
    { code: 'AR', names: ['Arkansas', 'Ark'], timeZone: CHI },
    { code: 'CA', names: ['California', 'Calif', 'Cal'], timeZone: LA },
    { code: 'CO', names: ['Colorado', 'Colo'], timeZone: DEN },
    { code: 'CT', names: ['Connecticut', 'Conn'], timeZone: NY },
    { code: 'DE', names: ['Delaware', 'Del'], timeZone: NY },
    {
        code: 'DC',
        names: ['District of Columbia', 'Washington DC', 'Washington District of Columbia'],
        timeZone: NY
    },
    {
        code: 'FL',
        names: ['Florida', 'Fla'],
        timeZone: NY,
        notes: 'The western Panhandle (west of the Apalachicola River) is on Central time.'
    },
    { code: 'GA', names: ['Georgia'], timeZone: NY },
    { code: 'HI', names: ['Hawaii'], timeZone: 'Pacific/Honolulu' },
    {
        code: 'ID',
        names: ['Idaho'],
        timeZone: 'America/Boise',
        notes: 'Southern Idaho (Mountain time); the northern Panhandle is on Pacific time.'
    },
    { code: 'IL', names: ['Illinois', 'Ill'], timeZone: CHI },
    {
        code: 'IN',
        names: ['Indiana', 'Ind'],
        timeZone: 'America/Indiana/Indianapolis',
        notes: 'Eastern time; the northwest (Gary) and southwest (Evansville) corners are on Central time.'
    },
    { code: 'IA', names: ['Iowa'], timeZone: CHI },
    {
        code: 'KS',
        names: ['Kansas', 'Kan', 'Kans'],
        timeZone: CHI,
        notes: 'Four western counties are on Mountain time.'
    },
    {
        code: 'KY',
        names: ['Kentucky', 'Ky'],
        timeZone: NY,
        notes: 'Eastern time (Louisville, Lexington); western Kentucky is on Central time.'
    },
    { code: 'LA', names: ['Louisiana'], timeZone: CHI },
    { code: 'ME', names: ['Maine'], timeZone: NY },
    { code: 'MD', names: ['Maryland', 'Md'], timeZone: NY },
    { code: 'MA', names: ['Massachusetts', 'Mass'], timeZone: NY },
    {
        code: 'MI',
        names: ['Michigan', 'Mich'],
        timeZone: 'America/Detroit',
        notes: 'Four Upper Peninsula counties bordering Wisconsin are on Central time.'
    },
    { code: 'MN', names: ['Minnesota', 'Minn'], timeZone: CHI },
    { code: 'MS', names: ['Mississippi', 'Miss'], timeZone: CHI },
    { code: 'MO', names: ['Missouri'], timeZone: CHI },
    { code: 'MT', names: ['Montana', 'Mont'], timeZone: DEN },
    {
        code: 'NE',
        names: ['Nebraska', 'Neb', 'Nebr'],
        timeZone: CHI,
        notes: 'The western Panhandle is on Mountain time.'
    },
    {
        code: 'NV',
        names: ['Nevada', 'Nev'],
        timeZone: LA,
        notes: 'West Wendover is on Mountain time.'
    },
    { code: 'NH', names: ['New Hampshire'], timeZone: NY },
    { code: 'NJ', names: ['New Jersey'], timeZone: NY },
    { code: 'NM', names: ['New Mexico'], timeZone: DEN },
    { code: 'NY', names: ['New York'], timeZone: NY },
    { code: 'NC', names: ['North Carolina'], timeZone: NY },
    {
        code: 'ND',
        names: ['North Dakota'],
        timeZone: CHI,
        notes: 'The southwest is on Mountain time.'
    },
    { code: 'OH', names: ['Ohio'], timeZone: NY },
    { code: 'OK', names: ['Oklahoma', 'Okla'], timeZone: CHI },
    {
        code: 'OR',
        names: ['Oregon', 'Ore'],
        timeZone: LA,
        notes: 'Most of Malheur County is on Mountain time.'
    },
    { code: 'PA', names: ['Pennsylvania', 'Penn', 'Penna'], timeZone: NY },
    { code: 'RI', names: ['Rhode Island'], timeZone: NY },
    { code: 'SC', names: ['South Carolina'], timeZone: NY },
    {
        code: 'SD',
        names: ['South Dakota'],
        timeZone: CHI,
        notes: 'Central time (Sioux Falls); the western half (Rapid City) is on Mountain time.'
    },
    {
        code: 'TN',
        names: ['Tennessee', 'Tenn'],
        timeZone: CHI,
        notes: 'Central time (Nashville, Memphis); East Tennessee (Knoxville, Chattanooga) is on Eastern time.'
    },
    {
        code: 'TX',
        names: ['Texas', 'Tex'],
        timeZone: CHI,
        notes: 'El Paso and Hudspeth counties are on Mountain time.'
    },
    { code: 'UT', names: ['Utah'], timeZone: DEN },
    { code: 'VT', names: ['Vermont'], timeZone: NY },
    { code: 'VA', names: ['Virginia'], timeZone: NY },
    { code: 'WA', names: ['Washington', 'Wash', 'Washington State'], timeZone: LA },
    { code: 'WV', names: ['West Virginia'], timeZone: NY },
    { code: 'WI', names: ['Wisconsin', 'Wis', 'Wisc'], timeZone: CHI },
    { code: 'WY', names: ['Wyoming', 'Wyo'], timeZone: DEN },
    { code: 'PR', names: ['Puerto Rico'], timeZone: 'America/Puerto_Rico' },
    { code: 'GU', names: ['Guam'], timeZone: 'Pacific/Guam' },
    {
        code: 'VI',
        names: ['U.S. Virgin Islands', 'United States Virgin Islands', 'Virgin Islands'],
        timeZone: 'America/St_Thomas'
    },
    { code: 'AS', names: ['American Samoa'], timeZone: 'Pacific/Pago_Pago' },
    { code: 'MP', names: ['Northern Mariana Islands'], timeZone: 'Pacific/Saipan' }
];

const CANADA: readonly RegionMapping[] = [
    {
        code: 'AB',
        names: ['Alberta', 'Alta'],
        timeZone: 'America/Edmonton'
    },
    {
        code: 'BC',
        names: ['British Columbia', 'Colombie-Britannique'],
        timeZone: 'America/Vancouver',
        notes: 'Pacific time; the northeast (Dawson Creek, Fort Nelson) and the East Kootenay are on Mountain time.'
    },
    { code: 'MB', names: ['Manitoba', 'Man'], timeZone: 'America/Winnipeg' },
    { code: 'NB', names: ['New Brunswick', 'Nouveau-Brunswick'], timeZone: 'America/Moncton' },
    {
        code: 'NL',
        names: ['Newfoundland and Labrador', 'Newfoundland', 'Nfld', 'NF', 'Terre-Neuve-et-Labrador'],
        timeZone: 'America/St_Johns',
        notes: 'Newfoundland time; most of Labrador is on Atlantic time (America/Goose_Bay).'
    },
    { code: 'NS', names: ['Nova Scotia', 'Nouvelle-Écosse'], timeZone: 'America/Halifax' },
    {
        code: 'NT',
        names: ['Northwest Territories', 'NWT', 'Territoires du Nord-Ouest'],
        timeZone: 'America/Edmonton',
        notes: 'Mountain time (Yellowknife); America/Edmonton has the same rules and stays in the picklist.'
    },
    {
        code: 'NU',
        names: ['Nunavut'],
        timeZone: 'America/Iqaluit',
        notes: 'Eastern time (Iqaluit, Qikiqtaaluk); Kivalliq is on Central and western Kitikmeot on Mountain time.'
    },
    {
        code: 'ON',
        names: ['Ontario', 'Ont'],
        timeZone: 'America/Toronto',
        notes: 'Eastern time; the far northwest (Kenora, Rainy River, west of 90°W) is on Central time.'
    },
    {
        code: 'PE',
        names: ['Prince Edward Island', 'PEI', 'Île-du-Prince-Édouard'],
        timeZone: 'America/Halifax'
    },
    {
        code: 'QC',
        names: ['Quebec', 'Québec', 'PQ', 'Que'],
        timeZone: 'America/Toronto',
        notes: 'Eastern time; the Magdalen Islands and the Lower North Shore are on Atlantic time.'
    },
    {
        code: 'SK',
        names: ['Saskatchewan', 'Sask'],
        timeZone: 'America/Regina',
        notes: 'Central Standard Time all year; Lloydminster follows Alberta.'
    },
    {
        code: 'YT',
        names: ['Yukon', 'Yukon Territory'],
        timeZone: 'America/Whitehorse',
        notes: 'Mountain Standard Time all year since 2020.'
    }
];

const AUSTRALIA: readonly RegionMapping[] = [
    {
        code: 'NSW',
        names: ['New South Wales'],
        timeZone: 'Australia/Sydney',
        notes: 'Broken Hill is on Central time (Australia/Broken_Hill); Lord Howe Island has its own zone.'
    },
    { code: 'VIC', names: ['Victoria'], timeZone: 'Australia/Melbourne' },
    { code: 'QLD', names: ['Queensland'], timeZone: 'Australia/Brisbane' },
    { code: 'SA', names: ['South Australia'], timeZone: 'Australia/Adelaide' },
    {
        code: 'WA',
        names: ['Western Australia'],
        timeZone: 'Australia/Perth',
        notes: 'A few settlements on the Eyre Highway near Eucla use an unofficial zone.'
    },
    { code: 'TAS', names: ['Tasmania'], timeZone: 'Australia/Hobart' },
    { code: 'NT', names: ['Northern Territory'], timeZone: 'Australia/Darwin' },
    { code: 'ACT', names: ['Australian Capital Territory'], timeZone: 'Australia/Sydney' }
];

/** Every shipped country, in ISO alpha-2 order. */
export const COUNTRIES: readonly CountryMapping[] = [
    { code: 'AE', alpha3: 'ARE', names: ['United Arab Emirates', 'UAE', 'Emirates'], timeZone: 'Asia/Dubai' },
    { code: 'AF', alpha3: 'AFG', names: ['Afghanistan'], timeZone: 'Asia/Kabul' },
    { code: 'AM', alpha3: 'ARM', names: ['Armenia'], timeZone: 'Asia/Yerevan' },
    {
        code: 'AR',
        alpha3: 'ARG',
        names: ['Argentina', 'Argentine Republic'],
        timeZone: 'America/Argentina/Buenos_Aires'
    },
    { code: 'AS', alpha3: 'ASM', names: ['American Samoa'], timeZone: 'Pacific/Pago_Pago' },
    { code: 'AT', alpha3: 'AUT', names: ['Austria', 'Österreich', 'Osterreich'], timeZone: 'Europe/Vienna' },
    { code: 'AU', alpha3: 'AUS', names: ['Australia', 'Commonwealth of Australia'], regions: AUSTRALIA },
    { code: 'AZ', alpha3: 'AZE', names: ['Azerbaijan'], timeZone: 'Asia/Baku' },
    { code: 'BB', alpha3: 'BRB', names: ['Barbados'], timeZone: 'America/Barbados' },
    { code: 'BD', alpha3: 'BGD', names: ['Bangladesh'], timeZone: 'Asia/Dhaka' },
    { code: 'BE', alpha3: 'BEL', names: ['Belgium', 'België', 'Belgique', 'Belgien'], timeZone: 'Europe/Brussels' },
    { code: 'BG', alpha3: 'BGR', names: ['Bulgaria'], timeZone: 'Europe/Sofia' },
    { code: 'BH', alpha3: 'BHR', names: ['Bahrain'], timeZone: 'Asia/Bahrain' },
    { code: 'BN', alpha3: 'BRN', names: ['Brunei', 'Brunei Darussalam'], timeZone: 'Asia/Brunei' },
    { code: 'BO', alpha3: 'BOL', names: ['Bolivia'], timeZone: 'America/La_Paz' },
    { code: 'BS', alpha3: 'BHS', names: ['Bahamas', 'The Bahamas'], timeZone: 'America/Nassau' },
    { code: 'BT', alpha3: 'BTN', names: ['Bhutan'], timeZone: 'Asia/Thimphu' },
    { code: 'CA', alpha3: 'CAN', names: ['Canada'], regions: CANADA },
    {
        code: 'CH',
        alpha3: 'CHE',
        names: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Swiss Confederation'],
        timeZone: 'Europe/Zurich'
    },
    {
        code: 'CL',
        alpha3: 'CHL',
        names: ['Chile'],
        timeZone: 'America/Santiago',
        notes: 'Mainland Chile; Magallanes (America/Punta_Arenas) and Easter Island (Pacific/Easter) differ.'
    },
    { code: 'CM', alpha3: 'CMR', names: ['Cameroon'], timeZone: 'Africa/Douala' },
    {
        code: 'CN',
        alpha3: 'CHN',
        names: ['China', "People's Republic of China", 'PRC', 'Mainland China'],
        timeZone: 'Asia/Shanghai',
        notes: 'China uses one official time zone.'
    },
    { code: 'CO', alpha3: 'COL', names: ['Colombia'], timeZone: 'America/Bogota' },
    { code: 'CR', alpha3: 'CRI', names: ['Costa Rica'], timeZone: 'America/Costa_Rica' },
    { code: 'CY', alpha3: 'CYP', names: ['Cyprus'], timeZone: 'Asia/Nicosia' },
    { code: 'CZ', alpha3: 'CZE', names: ['Czech Republic', 'Czechia'], timeZone: 'Europe/Prague' },
    {
        code: 'DE',
        alpha3: 'DEU',
        names: ['Germany', 'Deutschland', 'Federal Republic of Germany'],
        timeZone: 'Europe/Berlin'
    },
    { code: 'DK', alpha3: 'DNK', names: ['Denmark', 'Danmark'], timeZone: 'Europe/Copenhagen' },
    { code: 'DO', alpha3: 'DOM', names: ['Dominican Republic'], timeZone: 'America/Santo_Domingo' },
    { code: 'DZ', alpha3: 'DZA', names: ['Algeria'], timeZone: 'Africa/Algiers' },
    {
        code: 'EC',
        alpha3: 'ECU',
        names: ['Ecuador'],
        timeZone: 'America/Guayaquil',
        notes: 'Mainland Ecuador; the Galápagos Islands use Pacific/Galapagos.'
    },
    { code: 'EE', alpha3: 'EST', names: ['Estonia', 'Eesti'], timeZone: 'Europe/Tallinn' },
    { code: 'EG', alpha3: 'EGY', names: ['Egypt'], timeZone: 'Africa/Cairo' },
    {
        code: 'ES',
        alpha3: 'ESP',
        names: ['Spain', 'España', 'Espana', 'Kingdom of Spain'],
        timeZone: 'Europe/Madrid',
        notes: 'Mainland Spain and the Balearic Islands; the Canary Islands use Atlantic/Canary.'
    },
    { code: 'ET', alpha3: 'ETH', names: ['Ethiopia'], timeZone: 'Africa/Addis_Ababa' },
    { code: 'FI', alpha3: 'FIN', names: ['Finland', 'Suomi'], timeZone: 'Europe/Helsinki' },
    { code: 'FJ', alpha3: 'FJI', names: ['Fiji'], timeZone: 'Pacific/Fiji' },
    {
        code: 'FR',
        alpha3: 'FRA',
        names: ['France', 'French Republic'],
        timeZone: 'Europe/Paris',
        notes: 'Metropolitan France; overseas regions have ISO codes and zones of their own.'
    },
    {
        code: 'GB',
        alpha3: 'GBR',
        names: [
            'United Kingdom',
            'UK',
            'Great Britain',
            'Britain',
            'England',
            'Scotland',
            'Wales',
            'Northern Ireland',
            'United Kingdom of Great Britain and Northern Ireland'
        ],
        timeZone: 'Europe/London'
    },
    { code: 'GE', alpha3: 'GEO', names: ['Georgia', 'Sakartvelo'], timeZone: 'Asia/Tbilisi' },
    { code: 'GH', alpha3: 'GHA', names: ['Ghana'], timeZone: 'Africa/Accra' },
    { code: 'GR', alpha3: 'GRC', names: ['Greece', 'Hellas', 'Hellenic Republic'], timeZone: 'Europe/Athens' },
    { code: 'GT', alpha3: 'GTM', names: ['Guatemala'], timeZone: 'America/Guatemala' },
    { code: 'GU', alpha3: 'GUM', names: ['Guam'], timeZone: 'Pacific/Guam' },
    { code: 'HK', alpha3: 'HKG', names: ['Hong Kong', 'Hong Kong SAR'], timeZone: 'Asia/Hong_Kong' },
    { code: 'HN', alpha3: 'HND', names: ['Honduras'], timeZone: 'America/Tegucigalpa' },
    { code: 'HR', alpha3: 'HRV', names: ['Croatia', 'Hrvatska'], timeZone: 'Europe/Zagreb' },
    { code: 'HU', alpha3: 'HUN', names: ['Hungary', 'Magyarország', 'Magyarorszag'], timeZone: 'Europe/Budapest' },
    { code: 'IE', alpha3: 'IRL', names: ['Ireland', 'Republic of Ireland', 'Eire', 'Éire'], timeZone: 'Europe/Dublin' },
    { code: 'IL', alpha3: 'ISR', names: ['Israel'], timeZone: 'Asia/Jerusalem' },
    { code: 'IN', alpha3: 'IND', names: ['India', 'Bharat', 'Republic of India'], timeZone: 'Asia/Kolkata' },
    { code: 'IQ', alpha3: 'IRQ', names: ['Iraq'], timeZone: 'Asia/Baghdad' },
    { code: 'IR', alpha3: 'IRN', names: ['Iran', 'Islamic Republic of Iran'], timeZone: 'Asia/Tehran' },
    { code: 'IS', alpha3: 'ISL', names: ['Iceland', 'Ísland'], timeZone: 'Atlantic/Reykjavik' },
    { code: 'IT', alpha3: 'ITA', names: ['Italy', 'Italia'], timeZone: 'Europe/Rome' },
    { code: 'JM', alpha3: 'JAM', names: ['Jamaica'], timeZone: 'America/Jamaica' },
    { code: 'JO', alpha3: 'JOR', names: ['Jordan'], timeZone: 'Asia/Amman' },
    { code: 'JP', alpha3: 'JPN', names: ['Japan', 'Nippon', 'Nihon'], timeZone: 'Asia/Tokyo' },
    { code: 'KE', alpha3: 'KEN', names: ['Kenya'], timeZone: 'Africa/Nairobi' },
    { code: 'KH', alpha3: 'KHM', names: ['Cambodia'], timeZone: 'Asia/Phnom_Penh' },
    {
        code: 'KR',
        alpha3: 'KOR',
        names: ['South Korea', 'Korea', 'Republic of Korea', 'Korea Republic of'],
        timeZone: 'Asia/Seoul'
    },
    { code: 'KW', alpha3: 'KWT', names: ['Kuwait'], timeZone: 'Asia/Kuwait' },
    { code: 'LA', alpha3: 'LAO', names: ['Laos', "Lao People's Democratic Republic"], timeZone: 'Asia/Vientiane' },
    { code: 'LB', alpha3: 'LBN', names: ['Lebanon'], timeZone: 'Asia/Beirut' },
    { code: 'LK', alpha3: 'LKA', names: ['Sri Lanka'], timeZone: 'Asia/Colombo' },
    { code: 'LT', alpha3: 'LTU', names: ['Lithuania', 'Lietuva'], timeZone: 'Europe/Vilnius' },
    { code: 'LU', alpha3: 'LUX', names: ['Luxembourg'], timeZone: 'Europe/Luxembourg' },
    { code: 'LV', alpha3: 'LVA', names: ['Latvia', 'Latvija'], timeZone: 'Europe/Riga' },
    { code: 'MA', alpha3: 'MAR', names: ['Morocco'], timeZone: 'Africa/Casablanca' },
    { code: 'MM', alpha3: 'MMR', names: ['Myanmar', 'Burma'], timeZone: 'Asia/Rangoon' },
    { code: 'MO', alpha3: 'MAC', names: ['Macau', 'Macao', 'Macau SAR'], timeZone: 'Asia/Macau' },
    { code: 'MP', alpha3: 'MNP', names: ['Northern Mariana Islands'], timeZone: 'Pacific/Saipan' },
    { code: 'MT', alpha3: 'MLT', names: ['Malta'], timeZone: 'Europe/Malta' },
    { code: 'MU', alpha3: 'MUS', names: ['Mauritius'], timeZone: 'Indian/Mauritius' },
    { code: 'MV', alpha3: 'MDV', names: ['Maldives'], timeZone: 'Indian/Maldives' },
    { code: 'MY', alpha3: 'MYS', names: ['Malaysia'], timeZone: 'Asia/Kuala_Lumpur' },
    { code: 'NG', alpha3: 'NGA', names: ['Nigeria'], timeZone: 'Africa/Lagos' },
    { code: 'NI', alpha3: 'NIC', names: ['Nicaragua'], timeZone: 'America/Managua' },
    {
        code: 'NL',
        alpha3: 'NLD',
        names: ['Netherlands', 'The Netherlands', 'Holland', 'Nederland'],
        timeZone: 'Europe/Amsterdam',
        notes: 'The European Netherlands; the Caribbean Netherlands have ISO code BQ.'
    },
    { code: 'NO', alpha3: 'NOR', names: ['Norway', 'Norge'], timeZone: 'Europe/Oslo' },
    { code: 'NP', alpha3: 'NPL', names: ['Nepal'], timeZone: 'Asia/Kathmandu' },
    {
        code: 'NZ',
        alpha3: 'NZL',
        names: ['New Zealand', 'Aotearoa'],
        timeZone: 'Pacific/Auckland',
        notes: 'The Chatham Islands use Pacific/Chatham.'
    },
    { code: 'OM', alpha3: 'OMN', names: ['Oman'], timeZone: 'Asia/Muscat' },
    { code: 'PA', alpha3: 'PAN', names: ['Panama', 'Panamá'], timeZone: 'America/Panama' },
    { code: 'PE', alpha3: 'PER', names: ['Peru', 'Perú'], timeZone: 'America/Lima' },
    { code: 'PH', alpha3: 'PHL', names: ['Philippines', 'The Philippines'], timeZone: 'Asia/Manila' },
    { code: 'PK', alpha3: 'PAK', names: ['Pakistan'], timeZone: 'Asia/Karachi' },
    { code: 'PL', alpha3: 'POL', names: ['Poland', 'Polska'], timeZone: 'Europe/Warsaw' },
    { code: 'PR', alpha3: 'PRI', names: ['Puerto Rico'], timeZone: 'America/Puerto_Rico' },
    {
        code: 'PT',
        alpha3: 'PRT',
        names: ['Portugal'],
        timeZone: 'Europe/Lisbon',
        notes: 'Mainland Portugal and Madeira; the Azores use Atlantic/Azores.'
    },
    { code: 'PY', alpha3: 'PRY', names: ['Paraguay'], timeZone: 'America/Asuncion' },
    { code: 'QA', alpha3: 'QAT', names: ['Qatar'], timeZone: 'Asia/Qatar' },
    { code: 'RO', alpha3: 'ROU', names: ['Romania', 'România'], timeZone: 'Europe/Bucharest' },
    { code: 'RS', alpha3: 'SRB', names: ['Serbia', 'Srbija'], timeZone: 'Europe/Belgrade' },
    { code: 'RW', alpha3: 'RWA', names: ['Rwanda'], timeZone: 'Africa/Kigali' },
    { code: 'SA', alpha3: 'SAU', names: ['Saudi Arabia', 'KSA', 'Kingdom of Saudi Arabia'], timeZone: 'Asia/Riyadh' },
    { code: 'SE', alpha3: 'SWE', names: ['Sweden', 'Sverige'], timeZone: 'Europe/Stockholm' },
    { code: 'SG', alpha3: 'SGP', names: ['Singapore', 'Republic of Singapore'], timeZone: 'Asia/Singapore' },
    { code: 'SI', alpha3: 'SVN', names: ['Slovenia', 'Slovenija'], timeZone: 'Europe/Ljubljana' },
    { code: 'SK', alpha3: 'SVK', names: ['Slovakia', 'Slovak Republic', 'Slovensko'], timeZone: 'Europe/Bratislava' },
    { code: 'SN', alpha3: 'SEN', names: ['Senegal'], timeZone: 'Africa/Dakar' },
    { code: 'SV', alpha3: 'SLV', names: ['El Salvador'], timeZone: 'America/El_Salvador' },
    { code: 'TH', alpha3: 'THA', names: ['Thailand'], timeZone: 'Asia/Bangkok' },
    { code: 'TN', alpha3: 'TUN', names: ['Tunisia'], timeZone: 'Africa/Tunis' },
    { code: 'TR', alpha3: 'TUR', names: ['Turkey', 'Türkiye', 'Turkiye'], timeZone: 'Europe/Istanbul' },
    { code: 'TT', alpha3: 'TTO', names: ['Trinidad and Tobago', 'Trinidad'], timeZone: 'America/Port_of_Spain' },
    { code: 'TW', alpha3: 'TWN', names: ['Taiwan'], timeZone: 'Asia/Taipei' },
    { code: 'TZ', alpha3: 'TZA', names: ['Tanzania', 'United Republic of Tanzania'], timeZone: 'Africa/Dar_es_Salaam' },
    { code: 'UG', alpha3: 'UGA', names: ['Uganda'], timeZone: 'Africa/Kampala' },
    {
        code: 'US',
        alpha3: 'USA',
        names: ['United States', 'United States of America', 'America'],
        regions: US_STATES
    },
    { code: 'UY', alpha3: 'URY', names: ['Uruguay'], timeZone: 'America/Montevideo' },
    { code: 'VE', alpha3: 'VEN', names: ['Venezuela'], timeZone: 'America/Caracas' },
    {
        code: 'VI',
        alpha3: 'VIR',
        names: ['U.S. Virgin Islands', 'United States Virgin Islands'],
        timeZone: 'America/St_Thomas'
    },
    { code: 'VN', alpha3: 'VNM', names: ['Vietnam', 'Viet Nam'], timeZone: 'Asia/Ho_Chi_Minh' },
    { code: 'ZA', alpha3: 'ZAF', names: ['South Africa', 'RSA'], timeZone: 'Africa/Johannesburg' },
    { code: 'ZM', alpha3: 'ZMB', names: ['Zambia'], timeZone: 'Africa/Lusaka' },
    { code: 'ZW', alpha3: 'ZWE', names: ['Zimbabwe'], timeZone: 'Africa/Harare' }
];
