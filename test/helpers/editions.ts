/** The editions and delegations the bureau's tests create: the 6th CIIE, Gansu's delegation. */

/** The 6th CIIE as the expo bureau opens it, without areas or rates (a test adds its own). */
export const SIXTH_EDITION = {
  edition: 6,
  nameZh: '第六届中国国际进口博览会',
  nameEn: '6th China International Import Expo',
  startsOn: '2023-11-05',
  endsOn: '2023-11-10',
  areas: [],
  rates: [],
};

/** The 6th edition's venue, site and floor area. */
export const SIXTH_VENUE = {
  venueZh: '国家会展中心(上海)',
  venueEn: 'National Exhibition and Convention Center (Shanghai)',
  website: 'www.ciie.org',
  businessExhibitionAreaM2: 367000,
};

/** Gansu's delegation to the 6th edition (give `expoId`), its office hosted by a new organisation. */
export const GANSU_DELEGATION = {
  key: 'GS',
  nameZh: '第六届进博会甘肃省交易团',
  nameEn: 'Gansu Trading Delegation to the 6th CIIE',
  provinceZh: '甘肃省',
  provinceEn: 'Gansu',
  officeOrganisation: { kind: 'GOVERNMENT' as const, nameZh: '甘肃省商务厅' },
};
