/**
 * Standard fields that exist only in orgs with a feature turned on. The apex-ls schema lists them on every org, but
 * a static query that names one fails to compile (and so to deploy) in an org without the feature: read them with
 * dynamic SOQL after checking the describe.
 */
interface FeatureRule {
    object: string;
    field: RegExp;
    feature: string;
}

const RULES: FeatureRule[] = [
    // Person<Field> is a standard name (letters only): a custom field such as Personal_Email__c is not one.
    { object: 'account', field: /^(IsPersonAccount|Person[a-z]+|.*__pc|.*__pr)$/i, feature: 'Person Accounts' },
    { object: 'contact', field: /^IsPersonAccount$/i, feature: 'Person Accounts' },
    { object: '*', field: /^CurrencyIsoCode$/i, feature: 'multiple currencies' }
];

/** The feature a standard field depends on, or undefined for fields every org has. */
export function requiredFeature(object: string, field: string): string | undefined {
    const key = object.toLowerCase();
    return RULES.find((rule) => (rule.object === '*' || rule.object === key) && rule.field.test(field))?.feature;
}
