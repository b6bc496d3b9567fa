/** A child accepted by `h`: strings become text nodes (never parsed as HTML), falsy values are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Element properties accepted by `h`. */
export interface Props {
  className?: string;
  /** Plain attributes (set with setAttribute, so values stay inert text). */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners by event name. */
  /** Inline style properties, set through the CSSOM (allowed under a strict CSP, unlike a style attribute). */
  style?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/**
 * Creates an element. Text children are added as text nodes, so article text stays inert:
 * this is the only way the viewer puts content into the page (no innerHTML anywhere).
 * @example h('p', { className: 'quote' }, statement.text)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.style ?? {})) el.style.setProperty(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {})) {
    el.addEventListener(name, listener as EventListener);
  }
  append(el, children);
  return el;
}

/** Appends children to a parent, strings as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? text(child) : child);
  }
}

/** An inert text node. */
export function text(value: string | number): Text {
  return document.createTextNode(String(value));
}

/** Replaces every child of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Finds a required element by id, failing loudly when the page layout is broken. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}
