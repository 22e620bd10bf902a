/**
 * Telegram Update objects in the Bot API's documented JSON shapes
 * (https://core.telegram.org/bots/api#update), for tests and the bench.
 */
let seq = 1_000_000;

export const nextUpdateId = (): number => ++seq;

const user = (chatId: number, lang = 'en') => ({ id: chatId, is_bot: false, first_name: `User ${chatId}`, language_code: lang });
const chat = (chatId: number) =>
  chatId < 0 ? { id: chatId, type: 'group', title: `Group ${chatId}` } : { id: chatId, type: 'private', first_name: `User ${chatId}` };

export function textUpdate(chatId: number, text: string, updateId = nextUpdateId()): Record<string, unknown> {
  const command = /^\/[a-z_]+/.exec(text)?.[0];
  return {
    update_id: updateId,
    message: {
      message_id: updateId % 1_000_000,
      date: Math.floor(Date.now() / 1000),
      chat: chat(chatId),
      from: user(chatId),
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    },
  };
}

export function photoUpdate(chatId: number, fileId: string, updateId = nextUpdateId()): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId % 1_000_000,
      date: Math.floor(Date.now() / 1000),
      chat: chat(chatId),
      from: user(chatId),
      photo: [
        { file_id: `${fileId}-thumb`, file_unique_id: `${fileId}-t`, width: 90, height: 60, file_size: 1200 },
        { file_id: fileId, file_unique_id: `${fileId}-u`, width: 640, height: 427, file_size: 42_000 },
      ],
    },
  };
}

export function callbackUpdate(chatId: number, data: string, messageId = 1, updateId = nextUpdateId()): Record<string, unknown> {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      from: user(chatId),
      chat_instance: `ci${chatId}`,
      data,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: chat(chatId), from: { id: 123456789, is_bot: true, first_name: 'Welness' }, text: '…' },
    },
  };
}

/** The bot's membership in a chat changed; `kicked` in a private chat means the user blocked it. */
export function myChatMemberUpdate(chatId: number, status: 'kicked' | 'member', updateId = nextUpdateId()): Record<string, unknown> {
  const bot = { id: 123456789, is_bot: true, first_name: 'Welness', username: 'welness_test_bot' };
  return {
    update_id: updateId,
    my_chat_member: {
      chat: chat(chatId),
      from: user(chatId),
      date: Math.floor(Date.now() / 1000),
      old_chat_member: { status: status === 'kicked' ? 'member' : 'kicked', user: bot },
      new_chat_member: status === 'kicked' ? { status: 'kicked', user: bot, until_date: 0 } : { status: 'member', user: bot },
    },
  };
}
