// The completion list on screen: plain DOM under the caret (no React: a React render while typing would
// cost a walk over the whole editable text). Items are text only.
import type { EditorView } from 'prosemirror-view';
import type { PluginView } from 'prosemirror-state';
import { i18next } from '../i18n';
import { acceptCompletion, completionKey } from './completion';
import type { ActiveCompletion } from './completion';

export function completionView(view: EditorView): PluginView {
  const list = document.createElement('div');
  list.className = 'completion';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  document.body.appendChild(list);
  let shown: ActiveCompletion | null = null;

  list.addEventListener('mousedown', (event) => {
    // Keep the caret in the editor; accept the clicked item.
    event.preventDefault();
    const option = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (option) acceptCompletion(Number(option.dataset.index))(view.state, view.dispatch);
  });

  const render = (active: ActiveCompletion | null) => {
    if (active === shown) return;
    if (!active || view.composing) {
      // While an input method composes, the pinyin is not the writer's text yet: nothing is offered. The
      // characters it commits arrive before compositionend, so the list is drawn once that has passed.
      shown = null;
      list.hidden = true;
      return;
    }
    shown = active;
    list.replaceChildren(
      ...active.items.map((item, i) => {
        const option = document.createElement('div');
        option.className = 'completion-item';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active.selected));
        option.dataset.index = String(i);
        option.id = `completion-${i}`;
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = item.label;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = i18next.t(`common:completion.${item.kind}`);
        option.append(label, kind);
        return option;
      }),
    );
    list.setAttribute('aria-label', i18next.t('common:completion.label'));
    view.dom.setAttribute('aria-activedescendant', `completion-${active.selected}`);
    const coords = view.coordsAtPos(active.start + active.from);
    list.hidden = false;
    const height = list.offsetHeight;
    const below = coords.bottom + 4 + height <= window.innerHeight;
    list.style.left = `${Math.max(4, Math.min(coords.left, window.innerWidth - list.offsetWidth - 4))}px`;
    list.style.top = `${below ? coords.bottom + 4 : Math.max(4, coords.top - height - 4)}px`;
    list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  };

  const update = () => {
    render(completionKey.getState(view.state)?.active ?? null);
    if (!shown) view.dom.removeAttribute('aria-activedescendant');
  };
  let frame = 0;
  const compositionEnded = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!view.isDestroyed && !view.composing) update();
    });
  };
  view.dom.addEventListener('compositionend', compositionEnded);

  return {
    update,
    destroy() {
      cancelAnimationFrame(frame);
      view.dom.removeEventListener('compositionend', compositionEnded);
      list.remove();
    },
  };
}
