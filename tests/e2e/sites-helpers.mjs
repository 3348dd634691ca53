// Helpers for driving the rebuilt site fixtures the way a user would: by visible text, roles and
// labels (the fixtures carry no test hook the real sites lack). Page main world only.

/**
 * Clicks the first element matching `selector` whose text is `text` (else contains it) (open shadow roots
 * are searched too, `>>>`-free: pass `root` = a host selector whose open shadow root to search).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {string} text
 * @param {{root?: string, timeout?: number}} [opts]
 */
export async function clickByText(page, selector, text, { root = null, timeout = 5000 } = {}) {
  const handle = await page.waitForFunction((sel, txt, host) => {
    const scope = host ? document.querySelector(host)?.shadowRoot : document;
    if (!scope) return null;
    const all = [...scope.querySelectorAll(sel)];
    const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
    return all.find((e) => text(e) === txt) || all.find((e) => text(e).includes(txt)) || null;
  }, { timeout }, selector, text, root);
  const el = handle.asElement();
  await el.click();
  return el;
}

/** Waits until the fixture's model for composer `name` holds exactly `text`. */
export async function waitModel(page, name, text, timeout = 5000) {
  try {
    await page.waitForFunction((n, t) => window.__fixture.getText(n) === t, { timeout }, name, text);
  } catch (err) {
    const got = await page.evaluate((n) => window.__fixture.getText(n), name);
    throw new Error(`${name}: model holds ${JSON.stringify(got)}, expected ${JSON.stringify(text)} (${err.message})`);
  }
}

/** Number of posts the fixture recorded. */
export function postedCount(page) {
  return page.evaluate(() => window.__fixture.posted.length);
}
