/**
 * A `lightning/navigation` for Jest that makes URLs only the navigation service can make (`nav:/User/005...`), so a
 * hand-built `/lightning/r/...` path fails a test, and records the page references navigated to.
 * Use: jest.mock('lightning/navigation', () => require('<path>/jest/helpers/navigationMock').navigationMock());
 * then `require('lightning/navigation').navigated` lists the page references of Navigate.
 */
function navigationMock() {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const navigated = [];
    const NavigationMixin = (Base) =>
        class extends Base {
            [Navigate](pageRef) {
                navigated.push(pageRef);
            }
            [GenerateUrl](pageRef) {
                return Promise.resolve(`nav:/${pageRef.attributes.objectApiName}/${pageRef.attributes.recordId}`);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, navigated, CurrentPageReference: jest.fn() };
}

module.exports = { navigationMock };
