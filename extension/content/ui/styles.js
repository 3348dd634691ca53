// The one stylesheet of the in-page UI (adopted into every closed shadow root by host.js).
// Colours are checked against WCAG 2.1 AA: text ≥ 4.5:1, icons and borders ≥ 3:1, both themes.

export const CSS_TEXT = `
:host {
  --rsv-bg: #ffffff;
  --rsv-bg-soft: #f4f6f8;
  --rsv-fg: #1b1f24;
  --rsv-muted: #4a5360;
  --rsv-border: #c9ced6;
  --rsv-border-strong: #5c6570;
  --rsv-shadow: 0 1px 2px rgba(16, 24, 40, .10), 0 6px 18px rgba(16, 24, 40, .16);
  --rsv-high: #b3261e;
  --rsv-high-bg: #fdecea;
  --rsv-warning: #8a5300;
  --rsv-warning-shape: #b86e00;
  --rsv-warning-bg: #fff4e0;
  --rsv-info: #0b57d0;
  --rsv-info-bg: #e8f0fe;
  --rsv-ok: #1e6b3a;
  --rsv-on-sev: #ffffff;
  --rsv-accent: #0b57d0;
  --rsv-on-accent: #ffffff;
  --rsv-focus: #0b57d0;
  --rsv-hover: rgba(27, 31, 36, .06);
  --rsv-backdrop: rgba(16, 24, 40, .28);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :host {
    --rsv-bg: #1f2329;
    --rsv-bg-soft: #282d34;
    --rsv-fg: #e8eaed;
    --rsv-muted: #b0b6bf;
    --rsv-border: #454c56;
    --rsv-border-strong: #8a939e;
    --rsv-shadow: 0 1px 2px rgba(0, 0, 0, .5), 0 8px 24px rgba(0, 0, 0, .55);
    --rsv-high: #ff8a80;
    --rsv-high-bg: #3a2424;
    --rsv-warning: #ffc857;
    --rsv-warning-shape: #ffc857;
    --rsv-warning-bg: #3a3020;
    --rsv-info: #8ab4f8;
    --rsv-info-bg: #22304a;
    --rsv-ok: #81c995;
    --rsv-on-sev: #1f2329;
    --rsv-accent: #8ab4f8;
    --rsv-on-accent: #1f2329;
    --rsv-focus: #8ab4f8;
    --rsv-hover: rgba(232, 234, 237, .08);
    --rsv-backdrop: rgba(0, 0, 0, .45);
  }
}

*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

.surface {
  position: fixed;
  pointer-events: auto;
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--rsv-fg);
  text-align: start;
  letter-spacing: normal;
  -webkit-font-smoothing: antialiased;
}
.panel {
  background: var(--rsv-bg);
  border: 1px solid var(--rsv-border);
  border-radius: 12px;
  box-shadow: var(--rsv-shadow);
  animation: rsv-in .12s ease-out;
}
@keyframes rsv-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }

button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
  -webkit-tap-highlight-color: transparent;
}
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--rsv-focus); outline-offset: 2px; }

/* icons */
.sev-icon { flex: none; display: block; }
.sev-high .shape { fill: var(--rsv-high); }
.sev-warning .shape { fill: var(--rsv-warning-shape); }
.sev-info .shape { fill: var(--rsv-info); }
.sev-icon .ink, .icon-pin .ink { fill: var(--rsv-on-sev); }
.icon { flex: none; display: block; }
.icon .stroke { fill: none; stroke: currentColor; stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round; }
.icon .fill { fill: currentColor; }
.icon .stroke-inv { fill: none; stroke: var(--rsv-bg); stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round; }
.icon-pin .shape { fill: var(--rsv-warning-shape); }

/* buttons */
.btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 32px; padding: 5px 12px;
  border-radius: 8px; border: 1px solid var(--rsv-border-strong);
  background: var(--rsv-bg); color: var(--rsv-fg);
  font-size: 13px; font-weight: 600; line-height: 1.2; white-space: nowrap;
}
.btn:hover { background: var(--rsv-hover); }
.btn.primary { background: var(--rsv-accent); color: var(--rsv-on-accent); border-color: var(--rsv-accent); }
.btn.primary:hover { filter: brightness(1.08); }
.btn.quiet { border-color: transparent; background: transparent; color: var(--rsv-accent); padding: 5px 8px; }
.btn.quiet:hover { background: var(--rsv-hover); }
.icon-btn {
  display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--rsv-muted);
}
.icon-btn:hover { background: var(--rsv-hover); color: var(--rsv-fg); }

/* severity chip (word + shape) */
.sev-chip {
  display: inline-flex; align-items: center; gap: 6px;
  font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
}
.sev-chip.high { color: var(--rsv-high); }
.sev-chip.warning { color: var(--rsv-warning); }
.sev-chip.info { color: var(--rsv-info); }

/* ---- badge ---- */
.badge { display: inline-flex; align-items: center; gap: 6px; }
.pill, .switch {
  display: inline-flex; align-items: center; gap: 8px;
  height: 28px; padding: 0 10px 0 8px;
  border: 1px solid var(--rsv-border); border-radius: 14px;
  background: var(--rsv-bg); color: var(--rsv-fg);
  box-shadow: 0 1px 3px rgba(16, 24, 40, .18);
  font-size: 12px; font-weight: 600; line-height: 1; white-space: nowrap;
}
.pill-visual { display: inline-flex; align-items: center; gap: 8px; }
.pill:hover, .switch:hover { border-color: var(--rsv-border-strong); }
.pill .brand { color: var(--rsv-accent); }
.pill.clean .brand { color: var(--rsv-ok); }
.count { display: inline-flex; align-items: center; gap: 3px; font-variant-numeric: tabular-nums; }
.count.high { color: var(--rsv-high); }
.count.warning { color: var(--rsv-warning); }
.count.info { color: var(--rsv-info); }
.ok-word { color: var(--rsv-ok); }
.lang {
  padding: 2px 5px; border-radius: 4px;
  border: 1px solid var(--rsv-border-strong); color: var(--rsv-muted);
  font-size: 10px; font-weight: 700; letter-spacing: .05em;
}
.off-status { display: inline-flex; align-items: center; gap: 4px; }
.off-status.ok { color: var(--rsv-ok); }
.off-status.bad { color: var(--rsv-warning); }
.sep { width: 1px; height: 14px; background: var(--rsv-border); }
.switch { padding: 0 8px; gap: 6px; color: var(--rsv-muted); }
.switch .track {
  position: relative; width: 26px; height: 14px; border-radius: 7px;
  background: var(--rsv-border-strong);
  transition: background .15s;
}
.switch .track::after {
  content: ""; position: absolute; top: 2px; left: 2px; width: 10px; height: 10px; border-radius: 50%;
  background: var(--rsv-bg); transition: transform .15s;
}
.switch[aria-checked="true"] { color: var(--rsv-fg); }
.switch[aria-checked="true"] .track { background: var(--rsv-accent); }
.switch[aria-checked="true"] .track::after { transform: translateX(12px); }

/* ---- findings list ---- */
.list { width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); display: flex; flex-direction: column; }
.list-head { display: flex; align-items: center; gap: 8px; padding: 10px 8px 8px 14px; border-bottom: 1px solid var(--rsv-border); }
.list-head h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 700; }
.list-head { flex: none; }
/* min-height: 0 lets the body shrink (and scroll) inside the capped panel; without it Firefox
   kept the content height and the panel spilled past the viewport bottom. */
.list-body {
  flex: 1 1 auto; min-height: 0; overflow: auto; padding: 4px 0 8px; overscroll-behavior: contain;
  scrollbar-width: thin; scrollbar-color: var(--rsv-border-strong) transparent;
}
.group h3 {
  display: flex; align-items: center; gap: 6px;
  margin: 8px 14px 2px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em;
}
.group.high h3 { color: var(--rsv-high); }
.group.warning h3 { color: var(--rsv-warning); }
.group.info h3 { color: var(--rsv-info); }
.group ul { list-style: none; margin: 0; padding: 0; }
.item { display: flex; flex-direction: column; gap: 0; padding: 2px 4px 4px; border-radius: 8px; margin: 0 6px; }
.item:hover { background: var(--rsv-hover); }
.item .pick {
  display: block; width: 100%; padding: 4px 6px; border: 0; border-radius: 6px;
  background: transparent; text-align: start;
}
.item .pick .t { display: block; font-weight: 600; }
.item .pick .x {
  display: block; color: var(--rsv-muted); font-size: 13px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.item .acts { display: flex; gap: 2px; }
.item .acts .btn { min-height: 24px; font-size: 12px; font-weight: 600; padding: 2px 6px; }
.empty { padding: 16px 14px; color: var(--rsv-muted); display: flex; gap: 8px; align-items: center; }

/* ---- card ---- */
.card {
  width: 440px; max-width: calc(100vw - 16px);
  padding: 12px 14px 12px; border-left: 4px solid var(--rsv-info);
}
.card.high { border-left-color: var(--rsv-high); }
.card.warning { border-left-color: var(--rsv-warning-shape); }
.card-top { display: flex; align-items: center; justify-content: space-between; margin: -4px -6px 2px 0; }
.card h2 { margin: 2px 0 4px; font-size: 15px; font-weight: 700; line-height: 1.3; }
.card .msg { margin: 0 0 8px; }
.card .src {
  display: flex; gap: 6px; align-items: flex-start;
  margin: 0 0 10px; padding: 6px 8px; border-radius: 8px;
  background: var(--rsv-bg-soft); color: var(--rsv-muted); font-size: 12.5px; line-height: 1.35;
}
.card .src .icon { margin-top: 1px; color: var(--rsv-muted); }
.card .src cite { font-style: italic; color: var(--rsv-fg); }
.card .acts { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.card .acts .btn { min-height: 30px; padding: 4px 9px; font-size: 12.5px; }
.card .acts .btn.quiet { padding: 4px 6px; }
.card .acts .btn.learn { gap: 4px; margin-inline-start: auto; }
.card .acts .btn.learn .icon { margin-right: -2px; }
.card:focus-visible { outline: 2px solid var(--rsv-focus); outline-offset: 2px; }

/* ---- confirm ---- */
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: var(--rsv-backdrop); animation: rsv-fade .12s ease-out; }
@keyframes rsv-fade { from { opacity: 0; } to { opacity: 1; } }
.confirm { width: 380px; max-width: calc(100vw - 16px); padding: 16px 16px 14px; border-top: 4px solid var(--rsv-high); }
.confirm .head { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; }
.confirm h2 { margin: 0; font-size: 16px; font-weight: 700; }
.confirm p { margin: 0 0 8px; }
.confirm ul { margin: 0 0 10px; padding-left: 0; list-style: none; }
.confirm li { display: flex; gap: 6px; align-items: baseline; padding: 2px 0; }
.confirm li .sev-icon { align-self: center; }
.confirm .hint { color: var(--rsv-muted); font-size: 12.5px; margin-bottom: 12px; }
.confirm .acts { display: flex; gap: 8px; justify-content: flex-end; }

/* ---- announcer ---- */
.sr-only {
  position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}

@media (prefers-reduced-motion: reduce) {
  .panel, .backdrop { animation: none; }
  .switch .track, .switch .track::after { transition: none; }
}
@media (forced-colors: active) {
  .pill, .switch, .panel, .btn { border: 1px solid CanvasText; }
  .sev-icon .shape { fill: CanvasText; }
  .sev-icon .ink { fill: Canvas; }
}
`;
