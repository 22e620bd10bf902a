import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type CheckinSettings = components['schemas']['CheckinSettingsDto'];
export type TelegramLink = components['schemas']['TelegramLinkStatusDto'];
export type TelegramCode = components['schemas']['TelegramLinkCodeDto'];

/** The coach's daily and weekly check-ins (local times, in the profile's time zone). */
export async function fetchCheckins(): Promise<CheckinSettings> {
  return unwrap(await api.GET('/api/v1/agents/checkins'));
}

export async function saveCheckins(body: CheckinSettings): Promise<CheckinSettings> {
  return unwrap(await api.PUT('/api/v1/agents/checkins', { body }));
}

/** Whether the bot is configured here, whether a chat is linked, and its meal reminders. */
export async function fetchTelegramLink(): Promise<TelegramLink> {
  return unwrap(await api.GET('/api/v1/bots/telegram/link'));
}

/** A one-time code and its t.me deep link (10 minutes, single use). */
export async function createTelegramCode(): Promise<TelegramCode> {
  return unwrap(await api.POST('/api/v1/bots/telegram/link-code'));
}

export async function unlinkTelegram(): Promise<void> {
  unwrap(await api.DELETE('/api/v1/bots/telegram/link'));
}

/** Meal-logging reminders sent to the linked chat, local HH:MM times (at most 6). */
export async function saveMealReminders(mealReminders: string[]): Promise<string[]> {
  return unwrap(await api.PUT('/api/v1/bots/telegram/reminders', { body: { mealReminders } })).mealReminders;
}
