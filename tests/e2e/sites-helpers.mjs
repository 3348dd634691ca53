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

/** Whether one of Réserve's UI hosts (a bare <div> under <html>) holds the focus: the pause dialog. */
export function waitConfirmOpen(page, what) {
  return page.waitForFunction(() => {
    const a = document.activeElement;
    return a && a.parentElement === document.documentElement && a.tagName === 'DIV';
  }, { timeout: 8000 }).catch((err) => { throw new Error(`${what}: the pause dialog did not open (${err.message})`); });
}

/** Waits until the focus left Réserve's UI hosts (the pause dialog closed). */
export function waitConfirmClosed(page) {
  return page.waitForFunction(() => {
    const a = document.activeElement;
    return !(a && a.parentElement === document.documentElement && a.tagName === 'DIV');
  }, { timeout: 8000 });
}

/** The last post the fixture recorded. */
export function lastPosted(page) {
  return page.evaluate(() => window.__fixture.posted[window.__fixture.posted.length - 1]);
}

/**
 * One composer, end to end, with the real extension:
 *  1. a clean post goes through at once (posting works, nothing in the way);
 *  2. a risky text: the editor's own model holds exactly what was typed, and the findings
 *     appear (highlights; for a <textarea>, the tab's summary);
 *  3. the final post action (button, Enter, or a two-stage post's last button) is held by the
 *     pause dialog, nothing is posted, Escape leaves the text as it was;
 *  4. "Post anyway" posts exactly the typed text.
 * @param {object} c
 * @param {import('puppeteer-core').Page} c.page
 * @param {string} c.label
 * @param {string} c.model fixture composer name (`__fixture.getText(name)`, `posted[].composer`)
 * @param {(page) => Promise<import('puppeteer-core').ElementHandle>} c.open opens the composer, returns the editor
 * @param {(page) => Promise<void>} c.submit the user's post action (click or key)
 * @param {{clean: string, risky: string}} c.texts
 * @param {(page, text: string) => Promise<void>} c.waitFindings waits until the risky text's findings show
 */
export async function runComposerCase({ page, label, model, open, submit, texts, waitFindings }) {
  const { default: assert } = await import('node:assert/strict');
  const count = () => postedCount(page);

  let editor = await open(page);
  await editor.click();
  await page.keyboard.type(texts.clean);
  await waitModel(page, model, texts.clean);
  const n0 = await count();
  await submit(page);
  await page.waitForFunction((n) => window.__fixture.posted.length === n + 1, { timeout: 8000 }, n0)
    .catch((err) => { throw new Error(`${label}: the clean post was not posted (${err.message})`); });
  assert.deepEqual(await lastPosted(page).then((p) => [p.composer, p.text]), [model, texts.clean], `${label}: clean post`);

  editor = await open(page);
  await editor.click();
  await page.keyboard.type(texts.risky);
  await waitModel(page, model, texts.risky);
  await waitFindings(page, texts.risky);

  await submit(page);
  await waitConfirmOpen(page, label);
  assert.equal(await count(), n0 + 1, `${label}: held, not posted`);
  await page.keyboard.press('Escape');
  await waitConfirmClosed(page);
  assert.equal(await count(), n0 + 1, `${label}: Edit keeps the post`);
  assert.equal(await page.evaluate((n) => window.__fixture.getText(n), model), texts.risky, `${label}: text unchanged`);

  await submit(page);
  await waitConfirmOpen(page, `${label} (again)`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.__fixture.posted.length === n + 2, { timeout: 8000 }, n0)
    .catch((err) => { throw new Error(`${label}: "Post anyway" did not post (${err.message})`); });
  assert.deepEqual(await lastPosted(page).then((p) => [p.composer, p.text]), [model, texts.risky], `${label}: posted exactly what was typed`);
}
