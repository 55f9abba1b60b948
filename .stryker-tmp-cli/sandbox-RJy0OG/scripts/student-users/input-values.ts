/** Parsing of the per-row and per-run values a user types: licence, yes/no, email, username, time zone. */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export const LICENSE_KEYS = ['PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login'] as const;
export type LicenseKey = (typeof LICENSE_KEYS)[number];
const LICENSE_NAMES: ReadonlyMap<string, LicenseKey> = new Map<string, LicenseKey>(stryMutAct_9fa48("527") ? [] : (stryCov_9fa48("527"), [stryMutAct_9fa48("528") ? [] : (stryCov_9fa48("528"), [stryMutAct_9fa48("529") ? "" : (stryCov_9fa48("529"), 'customer community plus'), stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), 'PID_Customer_Community_Plus')]), stryMutAct_9fa48("531") ? [] : (stryCov_9fa48("531"), [stryMutAct_9fa48("532") ? "" : (stryCov_9fa48("532"), 'plus'), stryMutAct_9fa48("533") ? "" : (stryCov_9fa48("533"), 'PID_Customer_Community_Plus')]), stryMutAct_9fa48("534") ? [] : (stryCov_9fa48("534"), [stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), 'pid_customer_community_plus'), stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), 'PID_Customer_Community_Plus')]), stryMutAct_9fa48("537") ? [] : (stryCov_9fa48("537"), [stryMutAct_9fa48("538") ? "" : (stryCov_9fa48("538"), 'customer community plus login'), stryMutAct_9fa48("539") ? "" : (stryCov_9fa48("539"), 'PID_Customer_Community_Plus_Login')]), stryMutAct_9fa48("540") ? [] : (stryCov_9fa48("540"), [stryMutAct_9fa48("541") ? "" : (stryCov_9fa48("541"), 'plus login'), stryMutAct_9fa48("542") ? "" : (stryCov_9fa48("542"), 'PID_Customer_Community_Plus_Login')]), stryMutAct_9fa48("543") ? [] : (stryCov_9fa48("543"), [stryMutAct_9fa48("544") ? "" : (stryCov_9fa48("544"), 'pid_customer_community_plus_login'), stryMutAct_9fa48("545") ? "" : (stryCov_9fa48("545"), 'PID_Customer_Community_Plus_Login')])]));

/** The accepted spellings, for error messages and help. */
export const LICENSE_CHOICES = (stryMutAct_9fa48("546") ? "" : (stryCov_9fa48("546"), "'Customer Community Plus', 'Customer Community Plus Login', 'Plus', 'Plus Login', ")) + LICENSE_KEYS.join(stryMutAct_9fa48("547") ? "" : (stryCov_9fa48("547"), ', '));
export type Parsed<T> = {
  ok: true;
  value: T;
} | {
  ok: false;
  reason: string;
};

/** A licence name or key (case-insensitive, extra spaces ignored) → its LicenseDefinitionKey. */
export function parseLicense(raw: string): Parsed<LicenseKey> {
  if (stryMutAct_9fa48("548")) {
    {}
  } else {
    stryCov_9fa48("548");
    const key = LICENSE_NAMES.get(stryMutAct_9fa48("550") ? raw.replace(/\s+/g, ' ').toLowerCase() : stryMutAct_9fa48("549") ? raw.trim().replace(/\s+/g, ' ').toUpperCase() : (stryCov_9fa48("549", "550"), raw.trim().replace(stryMutAct_9fa48("552") ? /\S+/g : stryMutAct_9fa48("551") ? /\s/g : (stryCov_9fa48("551", "552"), /\s+/g), stryMutAct_9fa48("553") ? "" : (stryCov_9fa48("553"), ' ')).toLowerCase()));
    return key ? stryMutAct_9fa48("554") ? {} : (stryCov_9fa48("554"), {
      ok: stryMutAct_9fa48("555") ? false : (stryCov_9fa48("555"), true),
      value: key
    }) : stryMutAct_9fa48("556") ? {} : (stryCov_9fa48("556"), {
      ok: stryMutAct_9fa48("557") ? true : (stryCov_9fa48("557"), false),
      reason: stryMutAct_9fa48("558") ? `` : (stryCov_9fa48("558"), `unknown licence "${raw}" (use ${LICENSE_CHOICES})`)
    });
  }
}
const TRUE_WORDS = new Set(stryMutAct_9fa48("559") ? [] : (stryCov_9fa48("559"), [stryMutAct_9fa48("560") ? "" : (stryCov_9fa48("560"), 'true'), stryMutAct_9fa48("561") ? "" : (stryCov_9fa48("561"), 'yes'), stryMutAct_9fa48("562") ? "" : (stryCov_9fa48("562"), 'y'), stryMutAct_9fa48("563") ? "" : (stryCov_9fa48("563"), '1')]));
const FALSE_WORDS = new Set(stryMutAct_9fa48("564") ? [] : (stryCov_9fa48("564"), [stryMutAct_9fa48("565") ? "" : (stryCov_9fa48("565"), 'false'), stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), 'no'), stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), 'n'), stryMutAct_9fa48("568") ? "" : (stryCov_9fa48("568"), '0')]));

/** true/false/yes/no/y/n/1/0, case-insensitive. */
export function parseBoolean(raw: string): Parsed<boolean> {
  if (stryMutAct_9fa48("569")) {
    {}
  } else {
    stryCov_9fa48("569");
    const word = stryMutAct_9fa48("571") ? raw.toLowerCase() : stryMutAct_9fa48("570") ? raw.trim().toUpperCase() : (stryCov_9fa48("570", "571"), raw.trim().toLowerCase());
    if (stryMutAct_9fa48("573") ? false : stryMutAct_9fa48("572") ? true : (stryCov_9fa48("572", "573"), TRUE_WORDS.has(word))) {
      if (stryMutAct_9fa48("574")) {
        {}
      } else {
        stryCov_9fa48("574");
        return stryMutAct_9fa48("575") ? {} : (stryCov_9fa48("575"), {
          ok: stryMutAct_9fa48("576") ? false : (stryCov_9fa48("576"), true),
          value: stryMutAct_9fa48("577") ? false : (stryCov_9fa48("577"), true)
        });
      }
    }
    if (stryMutAct_9fa48("579") ? false : stryMutAct_9fa48("578") ? true : (stryCov_9fa48("578", "579"), FALSE_WORDS.has(word))) {
      if (stryMutAct_9fa48("580")) {
        {}
      } else {
        stryCov_9fa48("580");
        return stryMutAct_9fa48("581") ? {} : (stryCov_9fa48("581"), {
          ok: stryMutAct_9fa48("582") ? false : (stryCov_9fa48("582"), true),
          value: stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583"), false)
        });
      }
    }
    return stryMutAct_9fa48("584") ? {} : (stryCov_9fa48("584"), {
      ok: stryMutAct_9fa48("585") ? true : (stryCov_9fa48("585"), false),
      reason: stryMutAct_9fa48("586") ? `` : (stryCov_9fa48("586"), `"${raw}" is not a yes/no value (use true/false, yes/no or 1/0)`)
    });
  }
}
const EMAIL_SHAPE = stryMutAct_9fa48("597") ? /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\S@'"\\,;<>()]+$/ : stryMutAct_9fa48("596") ? /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("595") ? /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]$/ : stryMutAct_9fa48("594") ? /^[^\s@'"\\,;<>()]+@[^\S@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("593") ? /^[^\s@'"\\,;<>()]+@[\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("592") ? /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("591") ? /^[^\S@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("590") ? /^[\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("589") ? /^[^\s@'"\\,;<>()]@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : stryMutAct_9fa48("588") ? /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+/ : stryMutAct_9fa48("587") ? /[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/ : (stryCov_9fa48("587", "588", "589", "590", "591", "592", "593", "594", "595", "596", "597"), /^[^\s@'"\\,;<>()]+@[^\s@'"\\,;<>()]+\.[^\s@'"\\,;<>()]+$/);

/** An email address as a Contact.Email can hold it (shape only); lower-cased for matching. */
export function parseEmail(raw: string): Parsed<string> {
  if (stryMutAct_9fa48("598")) {
    {}
  } else {
    stryCov_9fa48("598");
    const email = stryMutAct_9fa48("599") ? raw : (stryCov_9fa48("599"), raw.trim());
    if (stryMutAct_9fa48("602") ? !EMAIL_SHAPE.test(email) && email.length > 80 : stryMutAct_9fa48("601") ? false : stryMutAct_9fa48("600") ? true : (stryCov_9fa48("600", "601", "602"), (stryMutAct_9fa48("603") ? EMAIL_SHAPE.test(email) : (stryCov_9fa48("603"), !EMAIL_SHAPE.test(email))) || (stryMutAct_9fa48("606") ? email.length <= 80 : stryMutAct_9fa48("605") ? email.length >= 80 : stryMutAct_9fa48("604") ? false : (stryCov_9fa48("604", "605", "606"), email.length > 80)))) {
      if (stryMutAct_9fa48("607")) {
        {}
      } else {
        stryCov_9fa48("607");
        return stryMutAct_9fa48("608") ? {} : (stryCov_9fa48("608"), {
          ok: stryMutAct_9fa48("609") ? true : (stryCov_9fa48("609"), false),
          reason: stryMutAct_9fa48("610") ? `` : (stryCov_9fa48("610"), `"${raw}" is not an email address`)
        });
      }
    }
    return stryMutAct_9fa48("611") ? {} : (stryCov_9fa48("611"), {
      ok: stryMutAct_9fa48("612") ? false : (stryCov_9fa48("612"), true),
      value: stryMutAct_9fa48("613") ? email.toUpperCase() : (stryCov_9fa48("613"), email.toLowerCase())
    });
  }
}

/** A Salesforce username: email form, at most 80 characters (the service's INVALID_USERNAME rule). */
export function parseUsername(raw: string): Parsed<string> {
  if (stryMutAct_9fa48("614")) {
    {}
  } else {
    stryCov_9fa48("614");
    const username = stryMutAct_9fa48("615") ? raw : (stryCov_9fa48("615"), raw.trim());
    if (stryMutAct_9fa48("619") ? username.length <= 80 : stryMutAct_9fa48("618") ? username.length >= 80 : stryMutAct_9fa48("617") ? false : stryMutAct_9fa48("616") ? true : (stryCov_9fa48("616", "617", "618", "619"), username.length > 80)) {
      if (stryMutAct_9fa48("620")) {
        {}
      } else {
        stryCov_9fa48("620");
        return stryMutAct_9fa48("621") ? {} : (stryCov_9fa48("621"), {
          ok: stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622"), false),
          reason: stryMutAct_9fa48("623") ? `` : (stryCov_9fa48("623"), `username "${username}" is longer than 80 characters`)
        });
      }
    }
    if (stryMutAct_9fa48("626") ? false : stryMutAct_9fa48("625") ? true : stryMutAct_9fa48("624") ? EMAIL_SHAPE.test(username) : (stryCov_9fa48("624", "625", "626"), !EMAIL_SHAPE.test(username))) {
      if (stryMutAct_9fa48("627")) {
        {}
      } else {
        stryCov_9fa48("627");
        return stryMutAct_9fa48("628") ? {} : (stryCov_9fa48("628"), {
          ok: stryMutAct_9fa48("629") ? true : (stryCov_9fa48("629"), false),
          reason: stryMutAct_9fa48("630") ? `` : (stryCov_9fa48("630"), `username "${username}" is not in email form (name@domain.tld)`)
        });
      }
    }
    return stryMutAct_9fa48("631") ? {} : (stryCov_9fa48("631"), {
      ok: stryMutAct_9fa48("632") ? false : (stryCov_9fa48("632"), true),
      value: username
    });
  }
}
const TIME_ZONE_SHAPE = stryMutAct_9fa48("639") ? /^(?:GMT|[A-Za-z]+(?:\/[^A-Za-z0-9_+-]+){1,2})$/ : stryMutAct_9fa48("638") ? /^(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]){1,2})$/ : stryMutAct_9fa48("637") ? /^(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+))$/ : stryMutAct_9fa48("636") ? /^(?:GMT|[^A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/ : stryMutAct_9fa48("635") ? /^(?:GMT|[A-Za-z](?:\/[A-Za-z0-9_+-]+){1,2})$/ : stryMutAct_9fa48("634") ? /^(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})/ : stryMutAct_9fa48("633") ? /(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/ : (stryCov_9fa48("633", "634", "635", "636", "637", "638", "639"), /^(?:GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/);

/** A TimeZoneSidKey such as America/New_York (shape only: the org's picklist is checked by the service). */
export function parseTimeZone(raw: string): Parsed<string> {
  if (stryMutAct_9fa48("640")) {
    {}
  } else {
    stryCov_9fa48("640");
    const zone = stryMutAct_9fa48("641") ? raw : (stryCov_9fa48("641"), raw.trim());
    return TIME_ZONE_SHAPE.test(zone) ? stryMutAct_9fa48("642") ? {} : (stryCov_9fa48("642"), {
      ok: stryMutAct_9fa48("643") ? false : (stryCov_9fa48("643"), true),
      value: zone
    }) : stryMutAct_9fa48("644") ? {} : (stryCov_9fa48("644"), {
      ok: stryMutAct_9fa48("645") ? true : (stryCov_9fa48("645"), false),
      reason: stryMutAct_9fa48("646") ? `` : (stryCov_9fa48("646"), `"${raw}" is not a time zone key (for example America/New_York)`)
    });
  }
}

/** A profile name: any non-blank text up to 255 characters. */
export function parseProfileName(raw: string): Parsed<string> {
  if (stryMutAct_9fa48("647")) {
    {}
  } else {
    stryCov_9fa48("647");
    const name = stryMutAct_9fa48("648") ? raw : (stryCov_9fa48("648"), raw.trim());
    if (stryMutAct_9fa48("651") ? name === '' && name.length > 255 : stryMutAct_9fa48("650") ? false : stryMutAct_9fa48("649") ? true : (stryCov_9fa48("649", "650", "651"), (stryMutAct_9fa48("653") ? name !== '' : stryMutAct_9fa48("652") ? false : (stryCov_9fa48("652", "653"), name === (stryMutAct_9fa48("654") ? "Stryker was here!" : (stryCov_9fa48("654"), '')))) || (stryMutAct_9fa48("657") ? name.length <= 255 : stryMutAct_9fa48("656") ? name.length >= 255 : stryMutAct_9fa48("655") ? false : (stryCov_9fa48("655", "656", "657"), name.length > 255)))) {
      if (stryMutAct_9fa48("658")) {
        {}
      } else {
        stryCov_9fa48("658");
        return stryMutAct_9fa48("659") ? {} : (stryCov_9fa48("659"), {
          ok: stryMutAct_9fa48("660") ? true : (stryCov_9fa48("660"), false),
          reason: stryMutAct_9fa48("661") ? `` : (stryCov_9fa48("661"), `"${raw}" is not a profile name`)
        });
      }
    }
    return stryMutAct_9fa48("662") ? {} : (stryCov_9fa48("662"), {
      ok: stryMutAct_9fa48("663") ? false : (stryCov_9fa48("663"), true),
      value: name
    });
  }
}