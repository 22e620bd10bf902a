import type { components } from '@welness/contracts';
import { api } from './client';
import { ApiError, unwrap } from './problem';
import { readSse } from './sse';

export type Conversation = components['schemas']['ConversationDto'];
export type CreatedConversation = components['schemas']['CreatedConversationDto'];
export type Message = components['schemas']['MessageDto'];
export type TurnReply = components['schemas']['TurnReplyDto'];

export async function listConversations(): Promise<Conversation[]> {
  return unwrap(await api.GET('/api/v1/agents/conversations', { params: { query: { limit: 50 } } })).items;
}

export async function createConversation(mode: 'chat' | 'onboarding'): Promise<CreatedConversation> {
  return unwrap(await api.POST('/api/v1/agents/conversations', { body: { mode } }));
}

export async function getConversation(id: string): Promise<Conversation> {
  return unwrap(await api.GET('/api/v1/agents/conversations/{id}', { params: { path: { id } } }));
}

export async function listMessages(id: string): Promise<Message[]> {
  const page = unwrap(await api.GET('/api/v1/agents/conversations/{id}/messages', { params: { path: { id }, query: { limit: 100 } } }));
  // The API pages newest first; a chat reads oldest first.
  return [...page.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export interface StreamHandlers {
  onToken(text: string): void;
  onReset(): void;
  onToolResult?(result: { id: string; name: string; ok: boolean; data?: unknown; error?: string }): void;
}

/** Sends a message and streams the reply over SSE; resolves with the final turn. */
export async function sendMessageStreaming(id: string, text: string, handlers: StreamHandlers): Promise<TurnReply> {
  const { response } = await api.POST('/api/v1/agents/conversations/{id}/messages', {
    params: { path: { id } },
    body: { text },
    headers: { accept: 'text/event-stream' },
    parseAs: 'stream',
  });
  if (!response.ok || !response.body) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem);
  }
  for await (const event of readSse(response.body)) {
    const data: unknown = JSON.parse(event.data);
    if (event.event === 'token') handlers.onToken((data as { text: string }).text);
    else if (event.event === 'reset') handlers.onReset();
    else if (event.event === 'tool_result') handlers.onToolResult?.(data as Parameters<NonNullable<StreamHandlers['onToolResult']>>[0]);
    else if (event.event === 'done') return data as TurnReply;
    else if (event.event === 'error') throw new ApiError(500, data as { title?: string; detail?: string });
  }
  throw new ApiError(502, { title: 'The reply ended early' });
}

export async function sendFeedback(id: string, messageId: string, rating: 1 | -1): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/agents/conversations/{id}/messages/{messageId}/feedback', {
      params: { path: { id, messageId } },
      body: { rating },
    }),
  );
}
