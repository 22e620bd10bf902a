import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Message } from '../../api/agents.api';
import { i18n } from '../../i18n';
import { ChatView, toolWords } from './chat-view';

const message = (id: string, role: Message['role'], content: string): Message =>
  ({ id, role, content, createdAt: `2026-03-10T10:00:0${id}Z` }) as Message;

it('gives a tool-only turn no bubble, renders the reply markdown as markup and never as HTML', () => {
  render(
    <ChatView
      conversationId="c1"
      renderActions={() => <button type="button">👍</button>}
      messages={[
        message('1', 'user', 'how am I doing?'),
        message('2', 'assistant', ''),
        message('3', 'assistant', 'You are **on track**.\n\n_This is general wellness information, not medical advice._\n\n- protein 80 g\n- water 2 l'),
        message('4', 'assistant', '<img src=x onerror="alert(1)"> [see](javascript:alert(1)) [OFF](https://world.openfoodfacts.org)'),
      ]}
    />,
  );
  const bubbles = document.querySelectorAll('.bubble.assistant');
  expect(bubbles).toHaveLength(2);
  expect(screen.getAllByRole('button', { name: '👍' })).toHaveLength(2);
  expect(screen.getByText('on track').tagName).toBe('STRONG');
  expect(screen.getByText('This is general wellness information, not medical advice.').tagName).toBe('EM');
  expect(document.body.textContent).not.toContain('_This');
  expect(screen.getByText('protein 80 g').tagName).toBe('LI');
  // Text stays text: no element from the reply, no script link, only the https link.
  expect(document.querySelector('.bubble img')).toBeNull();
  expect(bubbles[1].textContent).toContain('<img src=x onerror="alert(1)">');
  expect(screen.queryByRole('link', { name: 'see' })).toBeNull();
  expect(screen.getByRole('link', { name: 'OFF' }).getAttribute('href')).toBe('https://world.openfoodfacts.org');
});

it('says tool results in words, never their internal names', async () => {
  const t = i18n.t.bind(i18n);
  expect(toolWords(t, 'save_profile', true)).toBe('Profile saved');
  expect(toolWords(t, 'get_targets', true)).toBe('Targets checked');
  expect(toolWords(t, 'some_new_tool', true)).toBe('Done');
  expect(toolWords(t, 'log_food', false)).toBe('That step did not work');
  await i18n.changeLanguage('es');
  expect(toolWords(i18n.t.bind(i18n), 'save_profile', true)).toBe('Perfil guardado');
  await i18n.changeLanguage('en');
});
