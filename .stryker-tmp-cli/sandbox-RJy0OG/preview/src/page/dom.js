/**
 * Tiny DOM builder for the preview page (no innerHTML, so sample data can never inject markup).
 * @param {string} tag
 * @param {Record<string, string>} [attributes] `class`, `role`, `aria-*`, ...
 * @param {(Node | string | null | undefined)[]} [children]
 * @returns {HTMLElement}
 */
// @ts-nocheck

export function h(tag, attributes = {}, children = []) {
    const element = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
    children
        .filter((child) => child !== null && child !== undefined)
        .forEach((child) => element.append(typeof child === 'string' ? document.createTextNode(child) : child));
    return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SLDS sprite icon, e.g. icon('utility', 'close', 'slds-button__icon').
 * @returns {SVGSVGElement}
 */
export function icon(sprite, name, className) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('aria-hidden', 'true');
    const use = document.createElementNS(SVG_NS, 'use');
    use.setAttribute('href', `/slds/assets/icons/${sprite}-sprite/svg/symbols.svg#${name}`);
    svg.append(use);
    return svg;
}
