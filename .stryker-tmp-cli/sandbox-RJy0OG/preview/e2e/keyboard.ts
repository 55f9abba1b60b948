// @ts-nocheck
import type { Locator, Page } from 'playwright-core';

const MAX_TABS = 30;

async function isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => element.matches(':focus')).catch(() => false);
}

async function describeFocus(page: Page): Promise<string> {
    const focused = page.locator('*:focus').last();
    return (await focused.count()) > 0 ? focused.evaluate((element) => element.outerHTML.slice(0, 160)) : 'nothing';
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
    for (let presses = 0; presses <= MAX_TABS; presses++) {
        if (await isFocused(target)) {
            return;
        }
        await page.keyboard.press('Tab');
    }
    throw new Error(
        `${String(target)} was not reached with ${MAX_TABS} Tab presses; focus is on ${await describeFocus(page)}.`
    );
}

/** The text of the option a focused lightning-combobox highlights (aria-activedescendant), '' when none. */
async function highlightedOption(combobox: Locator): Promise<string> {
    return combobox.evaluate((element) => {
        const id = element.getAttribute('aria-activedescendant');
        const root = element.getRootNode() as ParentNode;
        // innerText: synthetic shadow hides the option's shadow content from textContent.
        const option = id ? root.querySelector<HTMLElement>(`[id="${id}"]`) : null;
        return option?.innerText.trim() ?? '';
    });
}

/**
 * With a lightning-combobox focused: opens it with Enter, moves with ArrowDown until `optionName` is highlighted
 * and selects it with Enter.
 */
export async function pickWithKeyboard(page: Page, combobox: Locator, optionName: string): Promise<void> {
    await page.keyboard.press('Enter');
    const seen: string[] = [];
    for (let presses = 0; presses < 50; presses++) {
        const current = await highlightedOption(combobox);
        if (current === optionName) {
            await page.keyboard.press('Enter');
            return;
        }
        seen.push(current);
        await page.keyboard.press('ArrowDown');
    }
    throw new Error(`Option "${optionName}" was never highlighted; saw ${JSON.stringify([...new Set(seen)])}.`);
}
