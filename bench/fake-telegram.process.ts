import { startFakeTelegram, type FakeTelegramServer, type InjectedFailure } from '@welness/testing';

/**
 * The fake Bot API in its own process for bench:bot, so the bench's own HTTP burst cannot
 * delay (and so bunch up) the receive times the outbound rate is measured from.
 */
type Command = { cmd: 'fail'; method: string; failure: InjectedFailure; chatId?: number } | { cmd: 'calls'; id: number } | { cmd: 'reset' };

let tg: FakeTelegramServer;

process.on('message', (m: Command) => {
  if (m.cmd === 'fail') tg.failNext(m.method, m.failure, { chatId: m.chatId });
  else if (m.cmd === 'reset') tg.reset();
  else if (m.cmd === 'calls') process.send!({ id: m.id, calls: tg.calls, rate: tg.rateReport() });
});

void startFakeTelegram().then((server) => {
  tg = server;
  process.send!({ ready: true, url: tg.url, token: tg.token });
});
